// The main window: isolated, sandboxed, no Node in the page, navigation and new windows denied.
import { BrowserWindow, protocol, session, type WebContents } from 'electron';
import type { DocumentState } from '../../shared/ipc/contract';
import type { CloseGuard } from './close-guard';
import { APP_SCHEME, RENDERER_URL, rendererResponse } from './renderer-protocol';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state';

export const APP_TITLE = '预决算公开编制助手';

/** Must run before the app is ready: app:// gets the privileges of a normal https origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request.url, rendererDir));
  // The app asks for no camera, location or notifications; copying into the clipboard is enough.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');
}

export function windowTitle(state: DocumentState): string {
  const name = state.title.trim();
  const base = name === '' ? APP_TITLE : `${name} - ${APP_TITLE}`;
  return state.dirty ? `*${base}` : base;
}

/** Nothing inside the page may navigate it elsewhere or open windows. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface MainWindowOptions {
  readonly state: WindowState;
  readonly preload: string;
  readonly guard: CloseGuard;
  readonly development: boolean;
  readonly saveState: (state: WindowState) => void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const win = new BrowserWindow({
    ...(state.x === undefined || state.y === undefined ? {} : { x: state.x, y: state.y }),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: APP_TITLE,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: options.development,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  lockDown(win.webContents);
  win.on('close', (event) => {
    if (!options.guard.onCloseAttempt()) {
      event.preventDefault();
      return;
    }
    const bounds = win.getNormalBounds();
    options.saveState({ x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() });
  });
  void win.loadURL(RENDERER_URL);
  return win;
}
