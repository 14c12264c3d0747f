// Channel names and menu actions without zod, so the preload bundle stays small (it validates the
// one message it receives with isMenuAction).

/** Request/response channels (ipcRenderer.invoke ↔ ipcMain.handle). */
export const INVOKE_CHANNELS = {
  openProject: 'ds:open-project',
  openProjectPath: 'ds:open-project-path',
  saveProject: 'ds:save-project',
  autosave: 'ds:autosave',
  takeRecovery: 'ds:take-recovery',
  discardRecovery: 'ds:discard-recovery',
  recentProjects: 'ds:recent-projects',
  pickWorkbook: 'ds:pick-workbook',
  pickExportFolder: 'ds:pick-export-folder',
  writePackage: 'ds:write-package',
  openFolder: 'ds:open-folder',
} as const;

/** One-way channels renderer → main (ipcRenderer.send ↔ ipcMain.on). */
export const SEND_CHANNELS = {
  setDocumentState: 'ds:set-document-state',
  confirmClose: 'ds:confirm-close',
} as const;

/** Main → renderer. */
export const MENU_CHANNEL = 'ds:menu';

export const MENU_ACTIONS = [
  'new',
  'open',
  'save',
  'saveAs',
  'undo',
  'redo',
  'export',
  'import',
  'importPrior',
  'importCatalog',
  'help',
  'about',
  /** The user chose 保存 in main's close dialog: save, then call confirmClose() if the save succeeded. */
  'saveAndClose',
] as const;
export type PlainMenuAction = (typeof MENU_ACTIONS)[number];
/** `openRecent:<path>` is also sent for a project passed on the command line (file association). */
export type MenuAction = PlainMenuAction | `openRecent:${string}`;

const OPEN_RECENT = 'openRecent:';

export function isMenuAction(raw: unknown): raw is MenuAction {
  if (typeof raw !== 'string') return false;
  if (raw.startsWith(OPEN_RECENT)) return raw.length > OPEN_RECENT.length;
  return MENU_ACTIONS.some((a) => a === raw);
}

export function openRecentAction(path: string): MenuAction {
  return `${OPEN_RECENT}${path}`;
}

/** The path of an `openRecent:` action, undefined for every other action. */
export function openRecentPath(action: MenuAction): string | undefined {
  return action.startsWith(OPEN_RECENT) ? action.slice(OPEN_RECENT.length) : undefined;
}
