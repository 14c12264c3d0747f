// The renderer as a web app: root renderer/, built into dist/renderer with relative asset paths so the
// desktop shell can load it from file://. Node-only modules of shared/ (shared/node) are never imported.
// Paths are relative to the repository root, where the npm scripts run.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  // The app ships no service worker or public folder; keep the build self-contained.
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // exceljs and docx are large; the export worker loads them, the first paint does not wait for them.
    chunkSizeWarningLimit: 4000,
    target: 'es2022',
    rollupOptions: {
      // zod places /*#__PURE__*/ where Rollup cannot use it; the notice is about the library, not the app.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  // The dev server serves shared/, templates/ and assets/ from the repository root.
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173 },
});
