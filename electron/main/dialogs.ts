// Native dialogs and the file manager, in Chinese, attached to the main window.
import { dialog, shell, type BrowserWindow } from 'electron';
import { PROJECT_EXTENSION, WORKBOOK_EXTENSIONS, type WorkbookPurpose } from '../../shared/ipc/contract';
import type { CloseChoice } from './close-guard';
import type { ShellDialogs } from './handlers';
import { APP_TITLE } from './window';

const PROJECT_FILTER = { name: '预决算公开项目', extensions: [PROJECT_EXTENSION] };

const WORKBOOK_TITLES: Record<WorkbookPurpose, string> = {
  current: '选择本年公开表（Excel 工作簿）',
  prior: '选择上年公开表（Excel 工作簿）',
  catalog: '选择科目表（Excel 工作簿或 CSV 文件）',
};

export function createShellDialogs(win: BrowserWindow): ShellDialogs {
  const pickOne = async (options: Electron.OpenDialogOptions): Promise<string | undefined> => {
    const answer = await dialog.showOpenDialog(win, options);
    return answer.canceled ? undefined : answer.filePaths[0];
  };
  return {
    chooseProjectToOpen: () =>
      pickOne({
        title: '打开项目',
        properties: ['openFile'],
        filters: [{ name: '预决算公开项目', extensions: [PROJECT_EXTENSION, 'json'] }, { name: '所有文件', extensions: ['*'] }],
      }),
    async chooseProjectSavePath(defaultPath) {
      const answer = await dialog.showSaveDialog(win, { title: '保存项目', defaultPath, filters: [PROJECT_FILTER], properties: ['showOverwriteConfirmation'] });
      return answer.canceled || answer.filePath === undefined || answer.filePath === '' ? undefined : answer.filePath;
    },
    chooseWorkbook: (purpose) =>
      pickOne({
        title: WORKBOOK_TITLES[purpose],
        properties: ['openFile'],
        filters: [{ name: purpose === 'catalog' ? 'Excel 工作簿或 CSV 文件' : 'Excel 工作簿', extensions: [...WORKBOOK_EXTENSIONS[purpose]] }],
      }),
    chooseExportFolder: () => pickOne({ title: '选择导出公开材料的文件夹', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }),
    openFolder: (path) => shell.openPath(path),
  };
}

export async function askSaveBeforeClose(win: BrowserWindow): Promise<CloseChoice> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    title: APP_TITLE,
    message: '项目有尚未保存的修改，是否保存？',
    detail: '选择“不保存”将丢失本次修改。',
    buttons: ['保存', '不保存', '取消'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

export function showStartupError(message: string): void {
  dialog.showErrorBox(`${APP_TITLE}无法启动`, message);
}
