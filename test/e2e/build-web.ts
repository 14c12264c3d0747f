// Builds the web app once into dist/renderer (vite build), as `npm run build:web` does. Paths come
// from the caller's repository root, so the bundled benchmark finds the same folders.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function webDist(repoRoot: string): string {
  return join(repoRoot, 'dist', 'renderer');
}

export function buildWeb(repoRoot: string): void {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('网页版构建失败（vite build）');
}
