// File-system failures as IPC error codes: what the user can act on (missing, no permission) apart.
import type { IpcErrorCode } from '../../shared/ipc/contract';

export function errnoOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

export function fsErrorCode(error: unknown, fallback: 'readFailed' | 'writeFailed'): IpcErrorCode {
  switch (errnoOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'notFound';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'denied';
    case 'EFBIG':
      return 'tooLarge';
    default:
      return fallback;
  }
}

/** Short technical detail for the message (the error code, e.g. ENOSPC), never a stack. */
export function fsErrorDetail(error: unknown): string | undefined {
  const code = errnoOf(error);
  return code === '' ? undefined : code;
}
