import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuAction, RecentProject } from '../../shared/ipc/contract';

const fake = vi.hoisted(() => ({ installed: [] as unknown[] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: unknown) => fake.installed.push(menu),
  },
}));

const { buildMenuTemplate, installMenu } = await import('../../electron/main/menu');

const RECENT: RecentProject[] = [
  { path: 'D:\\决算\\烟台市人民政府办公室.dsproj', name: '烟台市人民政府办公室', openedAt: '2026-03-01T09:00:00.000Z' },
  { path: 'D:\\决算\\R&D 中心.dsproj', name: 'R&D 中心', openedAt: '2026-02-01T09:00:00.000Z' },
];

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (item?.click === undefined) throw new Error(`not clickable: ${item?.label}`);
  // Electron passes the item, the window and the event; the handlers here use none of them.
  Reflect.apply(item.click, undefined, []);
}

function setup(recent: RecentProject[] = RECENT, development = false) {
  const sent: MenuAction[] = [];
  const cleared: number[] = [];
  const template = buildMenuTemplate({ recent, send: (a) => sent.push(a), clearRecent: () => cleared.push(1), development });
  return { template, all: items(template), sent, cleared };
}

describe('the application menu', () => {
  it('has 文件, 编辑, 视图 and 帮助', () => {
    expect(setup().template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });

  it('binds the usual shortcuts, and each item sends its action', () => {
    const { all, sent } = setup();
    const expected: [string, MenuAction][] = [
      ['CmdOrCtrl+N', 'new'],
      ['CmdOrCtrl+O', 'open'],
      ['CmdOrCtrl+S', 'save'],
      ['CmdOrCtrl+Shift+S', 'saveAs'],
      ['CmdOrCtrl+Z', 'undo'],
      ['CmdOrCtrl+Y', 'redo'],
      ['CmdOrCtrl+I', 'import'],
      ['CmdOrCtrl+E', 'export'],
      ['F1', 'help'],
    ];
    for (const [accelerator, action] of expected) {
      const item = all.find((i) => i.accelerator === accelerator);
      click(item);
      expect(sent.at(-1), accelerator).toBe(action);
    }
    const accelerators = all.map((i) => i.accelerator).filter((a) => a !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('lists recent projects; choosing one sends openRecent with its path', () => {
    const { template, sent, cleared } = setup();
    const file = template[0]?.submenu;
    const recent = Array.isArray(file) ? file.find((i) => i.label === '最近打开的项目')?.submenu : undefined;
    if (!Array.isArray(recent)) throw new Error('no recent submenu');
    expect(recent.map((i) => i.label ?? i.type)).toEqual(['1  烟台市人民政府办公室', '2  R&&D 中心', 'separator', '清除列表']);
    click(recent[1]);
    expect(sent).toEqual(['openRecent:D:\\决算\\R&D 中心.dsproj']);
    click(recent[3]);
    expect(cleared).toEqual([1]);
  });

  it('shows an empty recent list as disabled', () => {
    const recent = setup([]).all.find((i) => i.label === '最近打开的项目')?.submenu;
    expect(recent).toEqual([{ label: '（无）', enabled: false }]);
  });

  it('offers developer tools only in an unpackaged build', () => {
    expect(setup(RECENT, false).all.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(setup(RECENT, true).all.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('every label a user sees is Chinese', () => {
    for (const item of setup(RECENT, true).all) {
      if (item.type === 'separator' || item.label === undefined) continue;
      expect(item.label, item.label).toMatch(/[\u4e00-\u9fff]|^\d/);
    }
  });

  it('installs the built menu as the application menu', () => {
    installMenu({ recent: RECENT, send: () => undefined, clearRecent: () => undefined, development: false });
    expect(fake.installed).toHaveLength(1);
  });
});
