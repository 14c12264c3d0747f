// The web platform: files through the browser. Open reads a chosen file, save and export download
// files, recent projects and the recovery copy live in localStorage (the browser has no paths).
import type { PickedWorkbook, Recovery, RecentProject, Result } from '../../../shared/ipc/contract';
import type { PackageFile, Platform, ProjectFile } from './platform';

const RECENT_KEY = 'disclosure.recent';
const RECOVERY_KEY = 'disclosure.recovery';
/** localStorage holds about 5 MB; a project is a few hundred KB at most. */
const RECENT_LIMIT = 5;
const WEB_PATH_PREFIX = 'web:';

interface StoredRecent {
  readonly name: string;
  readonly openedAt: string;
  readonly text: string;
}

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function isStoredRecent(value: unknown): value is StoredRecent {
  if (typeof value !== 'object' || value === null) return false;
  return 'name' in value && typeof value.name === 'string' && 'text' in value && typeof value.text === 'string' && 'openedAt' in value && typeof value.openedAt === 'string';
}

function storedRecents(): StoredRecent[] {
  const value = readJson(RECENT_KEY);
  return Array.isArray(value) ? value.filter(isStoredRecent) : [];
}

function remember(name: string, text: string): void {
  const list = [{ name, text, openedAt: new Date().toISOString() }, ...storedRecents().filter((r) => r.name !== name)].slice(0, RECENT_LIMIT);
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // A full localStorage only loses the recent list, never the project.
  }
}

/** Lets the user choose one file; null when the chooser is closed without a file. */
function chooseFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL may go after the current task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const MIME: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function mimeOf(name: string): string {
  return MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** A copy the Blob constructor accepts whatever buffer the bytes sit in. */
function blobBytes(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

export function webPlatform(): Platform {
  return {
    kind: 'web',
    canOpenFolder: false,
    openProject: async (): Promise<Result<ProjectFile | null>> => {
      const file = await chooseFile('.dsproj,.json,application/json');
      if (file === null) return { ok: true, value: null };
      const text = await file.text();
      remember(file.name, text);
      return { ok: true, value: { name: file.name, text } };
    },
    openRecent: async (path) => {
      const name = path.startsWith(WEB_PATH_PREFIX) ? path.slice(WEB_PATH_PREFIX.length) : path;
      const found = storedRecents().find((r) => r.name === name);
      if (found === undefined) return { ok: false, code: 'notFound' };
      remember(found.name, found.text);
      return { ok: true, value: { name: found.name, text: found.text } };
    },
    recentProjects: async (): Promise<Result<RecentProject[]>> => ({
      ok: true,
      value: storedRecents().map((r) => ({ path: `${WEB_PATH_PREFIX}${r.name}`, name: r.name, openedAt: r.openedAt })),
    }),
    saveProject: async (request) => {
      const name = /\.(dsproj|json)$/i.test(request.name) ? request.name : `${request.name}.dsproj`;
      download(name, request.text, 'application/json');
      remember(name, request.text);
      return { ok: true, value: { name } };
    },
    autosave: async (text) => {
      try {
        const recovery: Recovery = { text, savedAt: new Date().toISOString() };
        localStorage.setItem(RECOVERY_KEY, JSON.stringify(recovery));
        return { ok: true, value: undefined };
      } catch {
        return { ok: false, code: 'writeFailed', detail: '浏览器本地存储已满' };
      }
    },
    takeRecovery: async () => {
      const value = readJson(RECOVERY_KEY);
      if (typeof value !== 'object' || value === null || !('text' in value) || typeof value.text !== 'string') return { ok: true, value: null };
      const savedAt = 'savedAt' in value && typeof value.savedAt === 'string' ? value.savedAt : '';
      return { ok: true, value: { text: value.text, savedAt } };
    },
    discardRecovery: async () => {
      localStorage.removeItem(RECOVERY_KEY);
      return { ok: true, value: undefined };
    },
    pickWorkbook: async (purpose): Promise<Result<PickedWorkbook | null>> => {
      const xlsx = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      // The official 科目表 is often saved as CSV from Excel or WPS.
      const file = await chooseFile(purpose === 'catalog' ? `${xlsx},.csv,text/csv` : xlsx);
      if (file === null) return { ok: true, value: null };
      return { ok: true, value: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
    },
    chooseExportTarget: async () => ({ ok: true, value: { label: '浏览器的下载文件夹' } }),
    writePackage: async (_target, files: readonly PackageFile[]) => {
      for (const file of files) download(file.name, blobBytes(file.bytes), mimeOf(file.name));
      return { ok: true, value: { paths: files.map((f) => f.name) } };
    },
    openFolder: async () => ({ ok: false, code: 'notFound', detail: '网页版无法打开文件夹，请在浏览器的下载列表中查看' }),
    setDocumentState: (state) => {
      document.title = `${state.dirty ? '● ' : ''}${state.title} - 预决算公开编制助手`;
    },
    onMenu: () => () => undefined,
  };
}
