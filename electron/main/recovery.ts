// The recovery file: the renderer's unsaved project, written every 30 s and on blur into userData.
// At the next start it is offered when it is newer than the saved project; a save or a normal close
// removes it.
import { readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../shared/node/atomic-write';
import { fail, ok, type AutosaveRequest, type Recovery, type Result } from '../../shared/ipc/contract';
import { errnoOf, fsErrorCode, fsErrorDetail } from './fs-errors';
import { classifyProjectText } from './project-files';

const recoveryFileSchema = z.object({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  path: z.string().optional(),
  text: z.string(),
});

export class RecoveryStore {
  readonly file: string;
  private closed = false;

  constructor(
    userDataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(userDataDir, 'recovery.json');
  }

  async write(req: AutosaveRequest): Promise<Result<void>> {
    // After a normal close a late autosave must not bring back what the user chose to drop.
    if (this.closed) return ok(undefined);
    const record = { version: 1, savedAt: this.now().toISOString(), ...(req.path === undefined ? {} : { path: req.path }), text: req.text };
    try {
      await writeFileAtomic(this.file, JSON.stringify(record));
      return ok(undefined);
    } catch (error) {
      return fail(fsErrorCode(error, 'writeFailed'), fsErrorDetail(error));
    }
  }

  /** What a crash left behind, or null when there is nothing worth offering (stale ones are removed). */
  async take(): Promise<Result<Recovery | null>> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return ok(null);
      return fail(fsErrorCode(error, 'readFailed'), fsErrorDetail(error));
    }
    const record = parseRecord(raw);
    if (record === undefined || !classifyProjectText(record.path ?? this.file, record.text).ok || (await savedIsNewer(record))) {
      await this.discard();
      return ok(null);
    }
    return ok(record.path === undefined ? { text: record.text, savedAt: record.savedAt } : { text: record.text, savedAt: record.savedAt, path: record.path });
  }

  async discard(): Promise<Result<void>> {
    try {
      await unlink(this.file);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') return fail(fsErrorCode(error, 'writeFailed'), fsErrorDetail(error));
    }
    return ok(undefined);
  }

  /** The window closed normally: remove the file and ignore autosaves still on their way. */
  async close(): Promise<void> {
    this.closed = true;
    await this.discard();
  }
}

function parseRecord(raw: string): z.infer<typeof recoveryFileSchema> | undefined {
  try {
    const parsed = recoveryFileSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The saved project is at least as recent as the recovery, or holds the same text. */
async function savedIsNewer(record: z.infer<typeof recoveryFileSchema>): Promise<boolean> {
  if (record.path === undefined) return false;
  try {
    const info = await stat(record.path);
    if (info.mtime.getTime() >= Date.parse(record.savedAt)) return true;
    return (await readFile(record.path, 'utf8')).replace(/^\uFEFF/, '') === record.text;
  } catch {
    // The saved file is gone: the recovery is all there is.
    return false;
  }
}
