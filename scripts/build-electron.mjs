// Bundles the desktop shell: the main process into dist/electron/main.cjs and the preload into
// dist/electron/preload.cjs. A sandboxed preload cannot load other files, so each is one bundle.
// `--outdir <dir>` builds elsewhere (the tests start the bundle against a stand-in for Electron).
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const flag = process.argv.indexOf('--outdir');
const outdir = flag >= 0 && process.argv[flag + 1] ? resolve(process.argv[flag + 1]) : join(root, 'dist', 'electron');

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: join(outdir, 'main.cjs'), platform: 'node', target: 'node22' }),
  // Electron 45 runs a current Chromium: the preload may use current syntax.
  build({ ...common, minify: true, entryPoints: ['electron/preload/preload.ts'], outfile: join(outdir, 'preload.cjs'), platform: 'browser', target: 'chrome140' }),
]);
console.log(`已构建桌面外壳：${join(outdir, 'main.cjs')}、${join(outdir, 'preload.cjs')}`);
