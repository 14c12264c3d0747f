import type { OpenDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ shown: [] as OpenDialogOptions[], answer: ['/home/u/科目表.csv'] }));
vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly id = 1;
  },
  dialog: {
    showOpenDialog: (_win: unknown, options: OpenDialogOptions) => {
      fake.shown.push(options);
      return Promise.resolve({ canceled: false, filePaths: fake.answer });
    },
  },
  shell: { openPath: () => Promise.resolve('') },
}));

const { createShellDialogs } = await import('../../electron/main/dialogs');
const { BrowserWindow } = await import('electron');
// The dialogs only hand the window on to Electron's dialog module.
const win = new BrowserWindow();

describe('the workbook dialogs', () => {
  it('let the 科目表 be an .xlsx workbook or a .csv file, the 公开表 only .xlsx', async () => {
    const dialogs = createShellDialogs(win);
    expect(await dialogs.chooseWorkbook('catalog')).toBe('/home/u/科目表.csv');
    await dialogs.chooseWorkbook('current');
    const [catalog, current] = fake.shown;
    expect(catalog?.title).toBe('选择科目表（Excel 工作簿或 CSV 文件）');
    expect(catalog?.filters).toEqual([{ name: 'Excel 工作簿或 CSV 文件', extensions: ['xlsx', 'csv'] }]);
    expect(current?.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
  });
});
