// Project files on disk: atomic save with rotating backups, and reading that classifies a damaged or
// newer-version file without changing anything. Node only (no electron), so the fault test can run it.
import { readFile, rename, stat, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isTempFileOf, syncDirectory, writeFileAtomic } from '../../shared/node/atomic-write';
import { parseProject } from '../../shared/project/load-project';
import { fail, ok, MAX_PROJECT_CHARS, type OpenedProject, type Result } from '../../shared/ipc/contract';
import { errnoOf, fsErrorCode, fsErrorDetail } from './fs-errors';

/** Saves before the current one are kept as `<file>.bak1` (newest) … `<file>.bak3`. */
export const BACKUP_COUNT = 3;

export function backupPath(path: string, n: number): string {
  return `${path}.bak${n}`;
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Temp files of an earlier save that died before its rename; never the project itself. */
async function removeStaleTemps(path: string): Promise<void> {
  const names = await readdir(dirname(path)).catch(() => []);
  await Promise.all(names.filter((n) => isTempFileOf(n, path)).map((n) => unlink(join(dirname(path), n)).catch(() => undefined)));
}

async function rotateBackups(path: string, previous: Buffer): Promise<void> {
  for (let n = BACKUP_COUNT; n > 1; n--) {
    try {
      await rename(backupPath(path, n - 1), backupPath(path, n));
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
  }
  // Written as a copy, not a rename of the project: the project file itself is never absent.
  await writeFileAtomic(backupPath(path, 1), previous);
}

/**
 * Replaces the project file so that a reader (or a crash at any moment) sees either the old or the
 * new content in full. The old content moves into the backups first unless it is unchanged.
 */
export async function saveProjectText(path: string, text: string): Promise<void> {
  await removeStaleTemps(path);
  const previous = await readIfExists(path);
  const next = Buffer.from(text, 'utf8');
  if (previous !== undefined && !previous.equals(next)) await rotateBackups(path, previous);
  await writeFileAtomic(path, next);
  await syncDirectory(dirname(path));
}

export async function saveProjectFile(path: string, text: string): Promise<Result<{ path: string }>> {
  try {
    await saveProjectText(path, text);
    return ok({ path });
  } catch (error) {
    return fail(fsErrorCode(error, 'writeFailed'), fsErrorDetail(error));
  }
}

/** The loader's verdict as an IPC result; the text is handed on unchanged for the renderer to load. */
export function classifyProjectText(path: string, text: string): Result<OpenedProject> {
  const parsed = parseProject(text, basename(path));
  if (parsed.ok) return ok({ path, text });
  switch (parsed.code) {
    case 'notJson':
    case 'invalid':
      return fail('damaged', parsed.message);
    case 'notProject':
      return fail('notProject', parsed.message);
    case 'newerVersion':
      return fail('newerVersion', parsed.message);
  }
}

/** Reads and checks a project file; only reads, so a damaged or newer file stays exactly as it is. */
export async function readProjectFile(path: string): Promise<Result<OpenedProject>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('notProject', `“${basename(path)}”不是文件。`);
    // A UTF-16 unit takes at most three UTF-8 bytes, so more bytes than this is surely too long.
    if (info.size > MAX_PROJECT_CHARS * 3) return fail('tooLarge');
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    if (text.length > MAX_PROJECT_CHARS) return fail('tooLarge');
    return classifyProjectText(path, text);
  } catch (error) {
    return fail(fsErrorCode(error, 'readFailed'), fsErrorDetail(error));
  }
}
