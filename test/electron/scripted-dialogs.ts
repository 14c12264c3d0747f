// Native dialogs answered from a script: each call takes the next answer for its kind.
import type { ShellDialogs } from '../../electron/main/handlers';
import type { WorkbookPurpose } from '../../shared/ipc/contract';

export interface DialogScript {
  open: (string | undefined)[];
  save: (string | undefined)[];
  workbook: (string | undefined)[];
  folder: (string | undefined)[];
  /** What each dialog was shown with, in order. */
  readonly shown: string[];
  readonly opened: string[];
}

export function scriptedDialogs(): { script: DialogScript; dialogs: ShellDialogs } {
  const script: DialogScript = { open: [], save: [], workbook: [], folder: [], shown: [], opened: [] };
  const take = (list: (string | undefined)[], what: string): Promise<string | undefined> => {
    script.shown.push(what);
    if (list.length === 0) throw new Error(`no scripted answer for ${what}`);
    return Promise.resolve(list.shift());
  };
  const dialogs: ShellDialogs = {
    chooseProjectToOpen: () => take(script.open, 'open'),
    chooseProjectSavePath: (defaultPath) => take(script.save, `save ${defaultPath}`),
    chooseWorkbook: (purpose: WorkbookPurpose) => take(script.workbook, `workbook ${purpose}`),
    chooseExportFolder: () => take(script.folder, 'folder'),
    openFolder: (path) => {
      script.opened.push(path);
      return Promise.resolve('');
    },
  };
  return { script, dialogs };
}
