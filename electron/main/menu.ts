// The application menu (文件 / 编辑 / 视图 / 帮助). Clicking an item sends a MenuAction to the
// renderer, which owns the document; clipboard and zoom stay native roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { openRecentAction, type MenuAction, type RecentProject } from '../../shared/ipc/contract';

export interface MenuOptions {
  readonly recent: readonly RecentProject[];
  readonly send: (action: MenuAction) => void;
  readonly clearRecent: () => void;
  /** Developer tools and reload only in an unpackaged build. */
  readonly development: boolean;
}

function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions[] {
  if (options.recent.length === 0) return [{ label: '（无）', enabled: false }];
  return [
    ...options.recent.map((entry, i): MenuItemConstructorOptions => ({
      // Windows shows `&` as a mnemonic marker; doubling keeps it literal in file names.
      label: `${i + 1}  ${entry.name.replaceAll('&', '&&')}`,
      sublabel: entry.path,
      toolTip: entry.path,
      click: () => options.send(openRecentAction(entry.path)),
    })),
    { type: 'separator' },
    { label: '清除列表', click: () => options.clearRecent() },
  ];
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const action = (label: string, act: MenuAction, accelerator?: string): MenuItemConstructorOptions =>
    accelerator === undefined ? { label, click: () => options.send(act) } : { label, accelerator, click: () => options.send(act) };
  const view: MenuItemConstructorOptions[] = [
    { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { label: '缩小', role: 'zoomOut' },
    { label: '实际大小', role: 'resetZoom' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (options.development) {
    view.push({ type: 'separator' }, { label: '重新加载', role: 'reload' }, { label: '开发者工具', role: 'toggleDevTools' });
  }
  return [
    {
      label: '文件(&F)',
      submenu: [
        action('新建项目', 'new', 'CmdOrCtrl+N'),
        action('打开项目…', 'open', 'CmdOrCtrl+O'),
        { label: '最近打开的项目', submenu: recentSubmenu(options) },
        { type: 'separator' },
        action('保存', 'save', 'CmdOrCtrl+S'),
        action('另存为…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        action('导入本年公开表…', 'import', 'CmdOrCtrl+I'),
        action('导入上年公开表…', 'importPrior'),
        action('导入科目表…', 'importCatalog'),
        action('导出公开材料…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        action('撤销', 'undo', 'CmdOrCtrl+Z'),
        action('重做', 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    {
      label: '帮助(&H)',
      submenu: [action('使用说明', 'help', 'F1'), { type: 'separator' }, action('关于预决算公开编制助手', 'about')],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
