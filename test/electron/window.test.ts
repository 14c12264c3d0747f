import { describe, expect, it, vi } from 'vitest';
import { CloseGuard } from '../../electron/main/close-guard';
import type { WindowState } from '../../electron/main/window-state';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class FakeContents {
    readonly handlers = new Map<string, Handler>();
    openHandler: Handler | undefined;
    on(name: string, fn: Handler): void {
      this.handlers.set(name, fn);
    }
    setWindowOpenHandler(fn: Handler): void {
      this.openHandler = fn;
    }
  }
  class FakeWindow {
    static last: FakeWindow | undefined;
    readonly handlers = new Map<string, Handler>();
    readonly webContents = new FakeContents();
    maximized = false;
    url = '';
    constructor(readonly options: Record<string, unknown>) {
      FakeWindow.last = this;
    }
    on(name: string, fn: Handler): void {
      this.handlers.set(name, fn);
    }
    once(name: string, fn: Handler): void {
      this.handlers.set(name, fn);
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: 120, y: 80, width: 1400, height: 900 };
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
  }
  const privileged: unknown[] = [];
  const permission: { request?: Handler; check?: Handler } = {};
  return { FakeWindow, privileged, permission, handled: [] as string[] };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
    handle: (scheme: string) => fake.handled.push(scheme),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Handler) => (fake.permission.request = fn),
      setPermissionCheckHandler: (fn: Handler) => (fake.permission.check = fn),
    },
  },
}));

const { createMainWindow, registerAppScheme, serveRenderer, windowTitle } = await import('../../electron/main/window');

function open(state: WindowState, dirty = false) {
  const saved: WindowState[] = [];
  const guard = new CloseGuard({ ask: () => new Promise(() => undefined), requestSave: () => undefined, close: () => undefined });
  guard.setDirty(dirty);
  createMainWindow({ state, preload: '/app/dist/electron/preload.cjs', guard, development: false, saveState: (s) => saved.push(s) });
  const win = fake.FakeWindow.last;
  if (win === undefined) throw new Error('no window');
  return { win, saved };
}

function event() {
  const e = { prevented: false, preventDefault: () => (e.prevented = true) };
  return e;
}

describe('the main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, no webview, our preload', () => {
    const { win } = open({ width: 1280, height: 800, maximized: false });
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(win.url).toBe('app://renderer/index.html');
  });

  it('denies navigation, redirects, webviews and new windows', () => {
    const { win } = open({ width: 1280, height: 800, maximized: false });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = event();
      win.webContents.handlers.get(name)?.(e, 'https://example.com/');
      expect(e.prevented, name).toBe(true);
    }
    expect(win.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('opens where it was left, maximised if it was, and remembers the bounds on close', () => {
    const { win, saved } = open({ x: 100, y: 50, width: 1500, height: 950, maximized: true });
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1500, height: 950 });
    expect(win.maximized).toBe(true);
    const e = event();
    win.handlers.get('close')?.(e);
    expect(e.prevented).toBe(false);
    expect(saved).toEqual([{ x: 120, y: 80, width: 1400, height: 900, maximized: true }]);
  });

  it('holds the close while there are unsaved changes', () => {
    const { win, saved } = open({ width: 1280, height: 800, maximized: false }, true);
    const e = event();
    win.handlers.get('close')?.(e);
    expect(e.prevented).toBe(true);
    expect(saved).toEqual([]);
  });

  it('marks unsaved changes in the title bar', () => {
    expect(windowTitle({ title: '烟台市人民政府办公室2024年度决算', dirty: true })).toBe('*烟台市人民政府办公室2024年度决算 - 预决算公开编制助手');
    expect(windowTitle({ title: '', dirty: false })).toBe('预决算公开编制助手');
  });

  it('serves app:// as a secure standard scheme and grants no permissions but writing the clipboard', () => {
    registerAppScheme();
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
    serveRenderer('/app/dist/renderer');
    expect(fake.handled).toEqual(['app']);
    let granted: boolean | undefined;
    fake.permission.request?.({}, 'media', (allow: boolean) => (granted = allow));
    expect(granted).toBe(false);
    expect(fake.permission.check?.({}, 'geolocation')).toBe(false);
    expect(fake.permission.check?.({}, 'clipboard-sanitized-write')).toBe(true);
  });
});
