// The one interface the UI uses for everything outside the page: files, dialogs, the window title and
// the menu. The desktop app wraps window.disclosure (electron-platform.ts); the web app uses the
// browser's file input, downloads and localStorage (web-platform.ts).
import type { MenuAction, PickedWorkbook, Recovery, RecentProject, Result, WorkbookPurpose } from '../../../shared/ipc/contract';

export type { MenuAction, PickedWorkbook, Recovery, RecentProject, Result, WorkbookPurpose };

export interface ProjectFile {
  /** What the title bar and messages call the file. */
  readonly name: string;
  readonly text: string;
  /** Where the desktop app saves it back; absent on the web (every save is a download). */
  readonly path?: string;
}

export interface SaveProjectRequest {
  readonly text: string;
  /** Suggested file name without folder (the web download name). */
  readonly name: string;
  readonly path?: string;
  readonly saveAs?: boolean;
}

export interface SavedProject {
  readonly name: string;
  readonly path?: string;
}

/** Where an export goes: a folder on the desktop, the browser's downloads on the web. */
export interface ExportTarget {
  /** Shown in the export dialog (a folder path or 浏览器下载). */
  readonly label: string;
  readonly folder?: string;
}

export interface PackageFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface Platform {
  readonly kind: 'web' | 'desktop';
  /** Whether the folder written by an export can be shown in the file manager. */
  readonly canOpenFolder: boolean;
  openProject(): Promise<Result<ProjectFile | null>>;
  openRecent(path: string): Promise<Result<ProjectFile>>;
  recentProjects(): Promise<Result<RecentProject[]>>;
  saveProject(request: SaveProjectRequest): Promise<Result<SavedProject>>;
  autosave(text: string, path?: string): Promise<Result<void>>;
  takeRecovery(): Promise<Result<Recovery | null>>;
  discardRecovery(): Promise<Result<void>>;
  pickWorkbook(purpose: WorkbookPurpose): Promise<Result<PickedWorkbook | null>>;
  chooseExportTarget(): Promise<Result<ExportTarget | null>>;
  writePackage(target: ExportTarget, files: readonly PackageFile[]): Promise<Result<{ paths: string[] }>>;
  openFolder(target: ExportTarget): Promise<Result<void>>;
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Menu clicks of the desktop shell; the web app has none. Returns the unsubscribe function. */
  onMenu(listener: (action: MenuAction) => void): () => void;
}
