// Builds the web app once into dist/renderer (vite build), as `npm run build:web` does. Paths come
// from the caller's repository root, so the bundled benchmark finds the same folders.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function webDist(repoRoot: string): string {
  return join(repoRoot, 'dist', 'renderer');
}

export function buildWeb(repoRoot: string): void {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('网页版构建失败（vite build）');
}

/** Texts only the workbook (exceljs) and document (docx) writers carry, as they end up in a bundle. */
const LAZY_LIBRARY_MARKERS: Readonly<Record<string, string>> = { exceljs: 'xl/workbook.xml', docx: 'word/document.xml' };

/**
 * The entry chunk index.html loads first must not contain exceljs or docx: they load on first import
 * or export. A re-export once pulled exceljs into it and first paint took almost twice as long.
 */
export function assertLazyLibraries(dist: string): void {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\.?\/?(assets\/index-[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  if (entries.length === 0) throw new Error('index.html 中找不到入口脚本 assets/index-*.js');
  for (const entry of entries) {
    const code = readFileSync(join(dist, entry), 'utf8');
    for (const [library, marker] of Object.entries(LAZY_LIBRARY_MARKERS)) {
      if (code.includes(marker)) throw new Error(`入口脚本 ${entry} 含有 ${library}，它应按需加载（检查是否有静态 import 或重新导出引入了它）`);
    }
  }
}
