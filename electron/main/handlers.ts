// What each IPC verb does. No electron here: dialogs and the file manager come in through
// ShellDialogs, so every verb is tested with real files and scripted dialog answers.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic } from '../../shared/node/atomic-write';
import {
  fail,
  ok,
  MAX_PACKAGE_BYTES,
  MAX_WORKBOOK_BYTES,
  PROJECT_EXTENSION,
  WORKBOOK_EXTENSIONS,
  type InvokeArgs,
  type InvokeValue,
  type InvokeVerb,
  type RecentProject,
  type Result,
  type WorkbookPurpose,
} from '../../shared/ipc/contract';
import { fsErrorCode, fsErrorDetail } from './fs-errors';
import type { PathGrants } from './path-grants';
import { classifyProjectText, readProjectFile, saveProjectFile } from './project-files';
import type { RecentList } from './recent';
import type { RecoveryStore } from './recovery';

export type InvokeHandlers = { [K in InvokeVerb]: (...args: InvokeArgs<K>) => Promise<Result<InvokeValue<K>>> };

/** Native dialogs and the file manager; undefined = the user cancelled. */
export interface ShellDialogs {
  chooseProjectToOpen(): Promise<string | undefined>;
  chooseProjectSavePath(defaultPath: string): Promise<string | undefined>;
  chooseWorkbook(purpose: WorkbookPurpose): Promise<string | undefined>;
  chooseExportFolder(): Promise<string | undefined>;
  /** Resolves with an error text, '' when the folder opened. */
  openFolder(path: string): Promise<string>;
}

export interface HandlerDeps {
  readonly dialogs: ShellDialogs;
  readonly recent: RecentList;
  readonly recovery: RecoveryStore;
  readonly grants: PathGrants;
  /** Where the save dialog starts for a project never saved. */
  readonly documentsDir: string;
  /** The recent list changed: the menu is rebuilt. */
  readonly recentChanged: (recent: readonly RecentProject[]) => void;
}

/** A file name Windows accepts, from a unit name and year the renderer proposes. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned === '' ? '未命名项目' : cleaned.slice(0, 120);
}

function withProjectExtension(path: string): string {
  const ext = extname(path).toLowerCase();
  return ext === `.${PROJECT_EXTENSION}` || ext === '.json' ? path : `${path}.${PROJECT_EXTENSION}`;
}

export function createHandlers(deps: HandlerDeps): InvokeHandlers {
  const { dialogs, recent, recovery, grants } = deps;
  const remember = async (path: string): Promise<void> => {
    grants.grantFile(path);
    deps.recentChanged(await recent.add(path));
  };
  const known = async (path: string): Promise<boolean> => grants.hasFile(path) || (await recent.has(path));
  // Saves run one after another: two rotations of the same backups must not interleave.
  let saving: Promise<unknown> = Promise.resolve();

  return {
    async openProject() {
      const path = await dialogs.chooseProjectToOpen();
      if (path === undefined) return ok(null);
      const result = await readProjectFile(path);
      if (result.ok) await remember(path);
      return result;
    },

    async openProjectPath(path) {
      if (!(await known(path))) return fail('denied');
      const result = await readProjectFile(path);
      if (result.ok) await remember(path);
      else if (result.code === 'notFound') deps.recentChanged(await recent.remove(path));
      return result;
    },

    async saveProject(req) {
      // Main never writes what it could not open again.
      const check = classifyProjectText(req.path ?? `${safeFileName(req.suggestedName ?? '未命名项目')}.${PROJECT_EXTENSION}`, req.text);
      if (!check.ok) return fail('invalid', check.detail);
      let target = req.path;
      if (target !== undefined && req.saveAs !== true) {
        if (!(await known(target))) return fail('denied');
      } else {
        const proposed = req.path ?? join(deps.documentsDir, `${safeFileName(req.suggestedName ?? '未命名项目')}.${PROJECT_EXTENSION}`);
        const chosen = await dialogs.chooseProjectSavePath(proposed);
        if (chosen === undefined) return fail('cancelled');
        target = withProjectExtension(chosen);
      }
      const path = target;
      const run = saving.then(() => saveProjectFile(path, req.text));
      saving = run.catch(() => undefined);
      const result = await run;
      if (result.ok) {
        await remember(path);
        await recovery.discard();
      }
      return result;
    },

    autosave: (req) => recovery.write(req),
    takeRecovery: () => recovery.take(),
    discardRecovery: () => recovery.discard(),
    recentProjects: async () => ok(await recent.list()),

    async pickWorkbook(purpose) {
      const path = await dialogs.chooseWorkbook(purpose);
      if (path === undefined) return ok(null);
      // The dialog's filter can be switched off by typing a name; the reader only knows these types.
      const allowed = WORKBOOK_EXTENSIONS[purpose];
      if (!allowed.includes(extname(path).slice(1).toLowerCase())) return fail('invalid', `只能选择 ${allowed.map((e) => `.${e}`).join(' 或 ')} 文件：${basename(path)}`);
      try {
        if ((await stat(path)).size > MAX_WORKBOOK_BYTES) return fail('tooLarge');
        return ok({ name: basename(path), bytes: await readFile(path) });
      } catch (error) {
        return fail(fsErrorCode(error, 'readFailed'), fsErrorDetail(error));
      }
    },

    async pickExportFolder() {
      const path = await dialogs.chooseExportFolder();
      if (path === undefined) return ok(null);
      grants.grantFolder(path);
      return ok({ path });
    },

    async writePackage(req) {
      if (!grants.hasFolder(req.folder)) return fail('denied');
      const names = req.files.map((f) => f.name.toLowerCase());
      if (new Set(names).size !== names.length) return fail('invalid', '文件名重复');
      if (req.files.reduce((sum, f) => sum + f.bytes.byteLength, 0) > MAX_PACKAGE_BYTES) return fail('tooLarge');
      const paths: string[] = [];
      try {
        for (const file of req.files) {
          const path = join(req.folder, file.name);
          await writeFileAtomic(path, file.bytes);
          paths.push(path);
        }
        return ok({ paths });
      } catch (error) {
        return fail(fsErrorCode(error, 'writeFailed'), fsErrorDetail(error));
      }
    },

    async openFolder(path) {
      if (!grants.hasFolder(path)) return fail('denied');
      try {
        if (!(await stat(path)).isDirectory()) return fail('notFound');
      } catch (error) {
        return fail(fsErrorCode(error, 'readFailed'), fsErrorDetail(error));
      }
      const problem = await dialogs.openFolder(path);
      return problem === '' ? ok(undefined) : fail('readFailed', problem);
    },
  };
}
