// npm start: builds what is missing or out of date, then launches the desktop app; says plainly in
// Chinese what is wrong when Electron cannot run on this machine. Extra arguments (a .dsproj) pass on.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);

/** Newest modification time of the files below the given folders (0 when none exist). */
function newest(...dirs) {
  let time = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else time = Math.max(time, statSync(path).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return time;
}

function outdated(output, ...sources) {
  return !existsSync(output) || statSync(output).mtimeMs < newest(...sources);
}

function npmRun(script) {
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`构建失败（npm run ${script}），请查看上面的错误信息。`);
    process.exit(result.status ?? 1);
  }
}

if (outdated(at('dist', 'renderer', 'index.html'), at('renderer'), at('shared'), at('templates'))) npmRun('build:web');
if (outdated(at('dist', 'electron', 'main.cjs'), at('electron'), at('shared'), at('templates'))) npmRun('build:electron');

const cannotRun = (why) => {
  console.error(`无法启动桌面程序：${why}`);
  console.error('命令行功能不受影响，例如：npm run disclosure -- validate assets/samples/final-2024-unit.json');
  process.exit(1);
};

let electron;
try {
  electron = createRequire(import.meta.url)('electron');
} catch {
  cannotRun('本机没有可用的 Electron 运行文件（安装依赖时未能下载）。请在可联网的电脑上重新运行 npm install，或使用安装包。');
}
if (typeof electron !== 'string' || !existsSync(electron)) cannotRun('找不到 Electron 可执行文件。请重新运行 npm install。');

const child = spawn(electron, [at('dist', 'electron', 'main.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('error', (error) => cannotRun(`Electron 无法在本机运行（${error.message}）。`));
child.on('exit', (code, signal) => {
  if (signal !== null) console.error(`桌面程序意外退出（信号 ${signal}）。`);
  process.exit(code ?? 1);
});
