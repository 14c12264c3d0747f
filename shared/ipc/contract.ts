// The IPC contract between the desktop shell (main + preload) and the renderer: channel names,
// payload and result schemas, error codes and the API the preload exposes as `window.disclosure`.
// Pure TypeScript + zod so main, preload, renderer and tests share one definition.
import { z } from 'zod';
import { INVOKE_CHANNELS as IC, SEND_CHANNELS, isMenuAction, type MenuAction } from './channels';

/** Closed set of failure codes; the renderer words them in Chinese (see error-message.ts). */
export const IPC_ERROR_CODES = [
  'cancelled',
  'notFound',
  'damaged',
  'notProject',
  'newerVersion',
  'invalid',
  'writeFailed',
  'readFailed',
  'tooLarge',
  'denied',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];
export const ipcErrorCodeSchema = z.enum(IPC_ERROR_CODES);

/** Every answer crosses the boundary as a value, never as a thrown error. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: IpcErrorCode; readonly detail?: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, detail?: string): Result<T> {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}

export function resultSchema<S extends z.ZodType>(value: S) {
  return z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), code: ipcErrorCodeSchema, detail: z.string().optional() }),
  ]);
}

// ---- limits (main refuses anything larger with 'tooLarge') ----

/** A project file is JSON text; the largest real one is a few hundred KB. */
export const MAX_PROJECT_CHARS = 50 * 1024 * 1024;
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 300 * 1024 * 1024;
export const MAX_PACKAGE_FILES = 200;

/** The project file extension (file association in electron-builder.yml). */
export const PROJECT_EXTENSION = 'dsproj';

// ---- payload pieces ----

/** An absolute path on Windows (C:\…, \\server\…) or POSIX; no NUL characters. */
export const absolutePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(?:[A-Za-z]:[\\/]|\\\\|\/)/, '必须是绝对路径')
  .refine((p) => ![...p].some((c) => c.charCodeAt(0) === 0), '路径含非法字符');

/** A plain file name for the package folder: no folders, no characters Windows forbids. */
export const packageFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|]+$/, '文件名含非法字符')
  .refine((n) => n !== '.' && n !== '..' && !/[. ]$/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32), '文件名不合法');

const projectTextSchema = z.string().max(MAX_PROJECT_CHARS);
/** Any Uint8Array (Buffer included); typed loosely so views over any ArrayBuffer pass. */
const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, '必须是字节数组');

export const workbookPurposeSchema = z.enum(['current', 'prior', 'catalog']);
export type WorkbookPurpose = z.infer<typeof workbookPurposeSchema>;
/** File types per purpose: the dialog filters by them and main refuses any other chosen file. */
export const WORKBOOK_EXTENSIONS: Readonly<Record<WorkbookPurpose, readonly string[]>> = {
  current: ['xlsx'],
  prior: ['xlsx'],
  // The official 科目表 is often saved as CSV from Excel or WPS.
  catalog: ['xlsx', 'csv'],
};

export const saveRequestSchema = z.object({
  path: absolutePathSchema.optional(),
  text: projectTextSchema,
  saveAs: z.boolean().optional(),
  /** File name the save dialog proposes for a new project, e.g. the unit name and year. */
  suggestedName: z.string().max(200).optional(),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const autosaveRequestSchema = z.object({ path: absolutePathSchema.optional(), text: projectTextSchema });
export type AutosaveRequest = z.infer<typeof autosaveRequestSchema>;

export const packageRequestSchema = z.object({
  folder: absolutePathSchema,
  files: z.array(z.object({ name: packageFileNameSchema, bytes: bytesSchema })).min(1).max(MAX_PACKAGE_FILES),
});
export type PackageRequest = z.infer<typeof packageRequestSchema>;

export const documentStateSchema = z.object({ title: z.string().max(500), dirty: z.boolean() });
export type DocumentState = z.infer<typeof documentStateSchema>;

// ---- result values ----

export const openedProjectSchema = z.object({ path: absolutePathSchema, text: z.string() });
export type OpenedProject = z.infer<typeof openedProjectSchema>;

export const recoverySchema = z.object({ text: z.string(), savedAt: z.string(), path: absolutePathSchema.optional() });
export type Recovery = z.infer<typeof recoverySchema>;

export const recentProjectSchema = z.object({ path: absolutePathSchema, name: z.string(), openedAt: z.string() });
export type RecentProject = z.infer<typeof recentProjectSchema>;

export const pickedWorkbookSchema = z.object({ name: z.string(), bytes: bytesSchema });
export type PickedWorkbook = z.infer<typeof pickedWorkbookSchema>;

// ---- menu actions (main → renderer) ----

export { MENU_ACTIONS, MENU_CHANNEL, isMenuAction, openRecentAction, openRecentPath } from './channels';
export type { MenuAction, PlainMenuAction } from './channels';
export const menuActionSchema = z.custom<MenuAction>(isMenuAction, '未知的菜单操作');

// ---- channels ----

const none = z.tuple([]);

/** Request/response verbs (ipcRenderer.invoke ↔ ipcMain.handle); `args` are positional. */
export const invokeContract = {
  openProject: { channel: IC.openProject, args: none, value: openedProjectSchema.nullable() },
  openProjectPath: { channel: IC.openProjectPath, args: z.tuple([absolutePathSchema]), value: openedProjectSchema },
  saveProject: { channel: IC.saveProject, args: z.tuple([saveRequestSchema]), value: z.object({ path: absolutePathSchema }) },
  autosave: { channel: IC.autosave, args: z.tuple([autosaveRequestSchema]), value: z.void() },
  takeRecovery: { channel: IC.takeRecovery, args: none, value: recoverySchema.nullable() },
  discardRecovery: { channel: IC.discardRecovery, args: none, value: z.void() },
  recentProjects: { channel: IC.recentProjects, args: none, value: z.array(recentProjectSchema) },
  pickWorkbook: { channel: IC.pickWorkbook, args: z.tuple([workbookPurposeSchema]), value: pickedWorkbookSchema.nullable() },
  pickExportFolder: { channel: IC.pickExportFolder, args: none, value: z.object({ path: absolutePathSchema }).nullable() },
  writePackage: { channel: IC.writePackage, args: z.tuple([packageRequestSchema]), value: z.object({ paths: z.array(z.string()) }) },
  openFolder: { channel: IC.openFolder, args: z.tuple([absolutePathSchema]), value: z.void() },
} as const;
export type InvokeContract = typeof invokeContract;
export type InvokeVerb = keyof InvokeContract;
export type InvokeArgs<K extends InvokeVerb> = z.output<InvokeContract[K]['args']>;
export type InvokeValue<K extends InvokeVerb> = z.output<InvokeContract[K]['value']>;

/** One-way messages renderer → main (ipcRenderer.send ↔ ipcMain.on). */
export const sendContract = {
  setDocumentState: { channel: SEND_CHANNELS.setDocumentState, args: z.tuple([documentStateSchema]) },
  confirmClose: { channel: SEND_CHANNELS.confirmClose, args: none },
} as const;
export type SendContract = typeof sendContract;
export type SendVerb = keyof SendContract;
export type SendArgs<K extends SendVerb> = z.output<SendContract[K]['args']>;

// ---- the preload API ----

/** What the preload exposes as `window.disclosure`; nothing else of Electron reaches the renderer. */
export interface DesktopApi {
  /** Shows the open dialog; null = the user cancelled. */
  openProject(): Promise<Result<OpenedProject | null>>;
  /** From the recent list or a file association; only paths main already knows are allowed. */
  openProjectPath(path: string): Promise<Result<OpenedProject>>;
  /** Shows the save dialog when there is no path or saveAs is set; 'cancelled' when the user closes it. */
  saveProject(req: SaveRequest): Promise<Result<{ path: string }>>;
  /** Writes the recovery file; call every 30 s while dirty and on blur. */
  autosave(req: AutosaveRequest): Promise<Result<void>>;
  /** The recovery left by a crash, when newer than the saved project; null when there is none. */
  takeRecovery(): Promise<Result<Recovery | null>>;
  discardRecovery(): Promise<Result<void>>;
  recentProjects(): Promise<Result<RecentProject[]>>;
  pickWorkbook(purpose: WorkbookPurpose): Promise<Result<PickedWorkbook | null>>;
  pickExportFolder(): Promise<Result<{ path: string } | null>>;
  /** Writes the generated files atomically into a folder chosen with pickExportFolder. */
  writePackage(req: PackageRequest): Promise<Result<{ paths: string[] }>>;
  /** Opens a folder written by writePackage in the file manager. */
  openFolder(path: string): Promise<Result<void>>;
  /** Title bar with a dirty marker; main asks 保存/不保存/取消 on close while dirty. */
  setDocumentState(state: DocumentState): void;
  /** After a 'saveAndClose' menu action succeeded: lets main close the window. */
  confirmClose(): void;
  /** Menu clicks and main's requests; returns the unsubscribe function. */
  onMenu(listener: (action: MenuAction) => void): () => void;
}
