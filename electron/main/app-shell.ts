// Puts the shell together once the app is ready: stores in userData, the window, the menu, IPC.
import { screen, type BrowserWindow } from 'electron';
import { MENU_CHANNEL, openRecentAction, type MenuAction, type RecentProject } from '../../shared/ipc/contract';
import { CloseGuard } from './close-guard';
import { askSaveBeforeClose, createShellDialogs } from './dialogs';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { PathGrants } from './path-grants';
import { RecentList } from './recent';
import { RecoveryStore } from './recovery';
import { isRendererUrl } from './renderer-protocol';
import { createMainWindow, windowTitle } from './window';
import { fitWindowState, loadWindowState, saveWindowState, windowStateFile } from './window-state';

export interface ShellOptions {
  readonly userDataDir: string;
  readonly documentsDir: string;
  readonly preload: string;
  readonly development: boolean;
  /** A project passed on the command line, opened once the page has loaded. */
  readonly launchFile: string | undefined;
}

export interface Shell {
  readonly window: BrowserWindow;
  /** Opens a project named by a file association or a second start of the app. */
  openFile(path: string): void;
  focus(): void;
}

export async function startShell(options: ShellOptions): Promise<Shell> {
  const grants = new PathGrants();
  const recent = new RecentList(options.userDataDir);
  const recovery = new RecoveryStore(options.userDataDir);
  const stateFile = windowStateFile(options.userDataDir);
  const state = fitWindowState(await loadWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));

  // The guard needs the window and the window needs the guard; the window is set right below.
  const ref: { win?: BrowserWindow } = {};
  const send = (action: MenuAction): void => {
    if (ref.win !== undefined && !ref.win.isDestroyed()) ref.win.webContents.send(MENU_CHANNEL, action);
  };
  const guard = new CloseGuard({
    ask: () => (ref.win === undefined ? Promise.resolve('discard') : askSaveBeforeClose(ref.win)),
    requestSave: () => send('saveAndClose'),
    close: () => ref.win?.close(),
  });
  const window = createMainWindow({
    state,
    preload: options.preload,
    guard,
    development: options.development,
    saveState: (s) => void saveWindowState(stateFile, s),
  });
  ref.win = window;

  const rebuildMenu = (list: readonly RecentProject[]): void =>
    installMenu({
      recent: list,
      send,
      development: options.development,
      clearRecent: () => void recent.clear().then(rebuildMenu),
    });
  rebuildMenu(await recent.list());

  const unregister = registerIpc(
    createHandlers({ dialogs: createShellDialogs(window), recent, recovery, grants, documentsDir: options.documentsDir, recentChanged: rebuildMenu }),
    {
      setDocumentState: (doc) => {
        guard.setDirty(doc.dirty);
        window.setTitle(windowTitle(doc));
        window.setDocumentEdited(doc.dirty);
      },
      confirmClose: () => guard.confirmClose(),
    },
    isRendererUrl,
  );

  // A normal close leaves nothing to recover: the user saved or chose not to.
  window.on('closed', () => {
    unregister();
    void recovery.close();
  });
  // A crashed page reloads (a few times, not in a loop); what it autosaved is offered by takeRecovery.
  let reloads = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || reloads >= 3) return;
    reloads += 1;
    window.webContents.reload();
  });

  // A message sent while the page is still loading would be lost: wait for the page, whose preload
  // keeps it until the renderer subscribes.
  const openFile = (path: string): void => {
    grants.grantFile(path);
    const deliver = (): void => send(openRecentAction(path));
    if (window.webContents.isLoadingMainFrame()) window.webContents.once('did-finish-load', deliver);
    else deliver();
  };
  if (options.launchFile !== undefined) openFile(options.launchFile);
  return {
    window,
    openFile,
    focus: () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    },
  };
}
