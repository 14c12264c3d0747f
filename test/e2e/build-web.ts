// Builds the web app once into dist/renderer (vite build), as `npm run build:web` does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export function buildWeb(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('网页版构建失败（vite build）');
}
