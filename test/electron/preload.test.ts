import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, MENU_CHANNEL, SEND_CHANNELS } from '../../shared/ipc/channels';
import type { DesktopApi, MenuAction } from '../../shared/ipc/contract';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  sent: [] as unknown[][],
  menu: undefined as Handler | undefined,
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      fake.invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    send: (...args: unknown[]) => fake.sent.push(args),
    on: (channel: string, fn: Handler) => {
      if (channel === MENU_CHANNEL) fake.menu = fn;
    },
  },
}));

const { desktopApi } = await import('../../electron/preload/preload');

const VERBS: readonly (keyof DesktopApi)[] = [
  'openProject',
  'openProjectPath',
  'saveProject',
  'autosave',
  'takeRecovery',
  'discardRecovery',
  'recentProjects',
  'pickWorkbook',
  'pickExportFolder',
  'writePackage',
  'openFolder',
  'setDocumentState',
  'confirmClose',
  'onMenu',
];

describe('the preload', () => {
  it('exposes exactly the DesktopApi as window.disclosure', () => {
    expect([...fake.exposed.keys()]).toEqual(['disclosure']);
    expect(fake.exposed.get('disclosure')).toBe(desktopApi);
    expect(Object.keys(desktopApi).sort()).toEqual([...VERBS].sort());
  });

  it('sends each verb on its contract channel with its arguments', async () => {
    await desktopApi.openProjectPath('D:\\决算\\烟台.dsproj');
    await desktopApi.saveProject({ text: '{}', saveAs: true });
    await desktopApi.pickWorkbook('prior');
    await desktopApi.pickWorkbook('catalog');
    await desktopApi.openProject();
    desktopApi.setDocumentState({ title: '烟台', dirty: true });
    desktopApi.confirmClose();
    expect(fake.invoked).toEqual([
      [INVOKE_CHANNELS.openProjectPath, 'D:\\决算\\烟台.dsproj'],
      [INVOKE_CHANNELS.saveProject, { text: '{}', saveAs: true }],
      [INVOKE_CHANNELS.pickWorkbook, 'prior'],
      [INVOKE_CHANNELS.pickWorkbook, 'catalog'],
      [INVOKE_CHANNELS.openProject],
    ]);
    expect(fake.sent).toEqual([[SEND_CHANNELS.setDocumentState, { title: '烟台', dirty: true }], [SEND_CHANNELS.confirmClose]]);
  });

  it('keeps menu actions that arrive before the page listens, and drops unknown ones', () => {
    fake.menu?.({}, 'openRecent:D:\\决算\\烟台.dsproj');
    fake.menu?.({}, 'format-disk');
    fake.menu?.({}, 42);
    const got: MenuAction[] = [];
    const stop = desktopApi.onMenu((a) => got.push(a));
    expect(got).toEqual(['openRecent:D:\\决算\\烟台.dsproj']);
    fake.menu?.({}, 'save');
    stop();
    fake.menu?.({}, 'undo');
    expect(got).toEqual(['openRecent:D:\\决算\\烟台.dsproj', 'save']);
  });
});
