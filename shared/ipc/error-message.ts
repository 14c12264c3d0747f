// Chinese wording of the IPC error codes. Main sends a code (and for project files the loader's own
// message as detail); the renderer shows this text.
import type { IpcErrorCode } from './contract';

const MESSAGES: Record<IpcErrorCode, string> = {
  cancelled: '操作已取消。',
  notFound: '找不到该文件或文件夹，可能已被移动或删除。',
  damaged: '文件已损坏或内容有误，无法打开。文件未被修改。',
  notProject: '该文件不是本软件的项目文件。',
  newerVersion: '该文件由更新版本的软件保存，请升级软件后再打开。文件未被修改。',
  invalid: '请求的数据不合法，操作未执行。',
  writeFailed: '写入文件失败，原文件保持不变。请检查磁盘空间和写入权限。',
  readFailed: '读取文件失败，请检查文件是否被其他程序占用。',
  tooLarge: '文件过大，无法处理。',
  denied: '没有权限访问该位置。',
};

/** The sentence shown to the user; `detail` (already Chinese) replaces or follows the general text. */
export function errorMessage(code: IpcErrorCode, detail?: string): string {
  const base = MESSAGES[code];
  if (detail === undefined || detail.trim() === '') return base;
  switch (code) {
    // The project loader already explains the problem in full, naming the file.
    case 'damaged':
    case 'notProject':
    case 'newerVersion':
      return detail;
    case 'cancelled':
    case 'notFound':
    case 'invalid':
    case 'writeFailed':
    case 'readFailed':
    case 'tooLarge':
    case 'denied':
      return `${base}（${detail}）`;
  }
}
