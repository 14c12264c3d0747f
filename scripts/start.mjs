// npm start: launches the desktop app once it has been built; says plainly what is missing otherwise.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const main = new URL('../dist/electron/main.cjs', import.meta.url);
if (!existsSync(main)) {
  console.error('桌面程序尚未构建：请先运行 npm run build。命令行功能可用：npm run disclosure -- validate <项目文件>');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const electron = require('electron');
const child = spawn(electron, [main.pathname], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
