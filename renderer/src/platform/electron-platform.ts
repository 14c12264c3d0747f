// The desktop platform: a thin wrapper over the preload API (window.disclosure). Main owns every file.
import type { DesktopApi } from '../../../shared/ipc/contract';
import type { Platform, ProjectFile } from './platform';

/** The file name shown for a path (main gives absolute Windows or POSIX paths). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function electronPlatform(api: DesktopApi): Platform {
  const opened = (value: { path: string; text: string }): ProjectFile => ({ name: fileNameOf(value.path), text: value.text, path: value.path });
  return {
    kind: 'desktop',
    canOpenFolder: true,
    openProject: async () => {
      const result = await api.openProject();
      return result.ok ? { ok: true, value: result.value === null ? null : opened(result.value) } : result;
    },
    openRecent: async (path) => {
      const result = await api.openProjectPath(path);
      return result.ok ? { ok: true, value: opened(result.value) } : result;
    },
    recentProjects: () => api.recentProjects(),
    saveProject: async (request) => {
      // The name lets the save dialog propose 2025年度××单位预算公开.dsproj instead of an untitled file.
      const result = await api.saveProject({
        text: request.text,
        suggestedName: request.name,
        ...(request.path === undefined ? {} : { path: request.path }),
        ...(request.saveAs ? { saveAs: true } : {}),
      });
      return result.ok ? { ok: true, value: { name: fileNameOf(result.value.path), path: result.value.path } } : result;
    },
    autosave: (text, path) => api.autosave(path === undefined ? { text } : { text, path }),
    takeRecovery: () => api.takeRecovery(),
    discardRecovery: () => api.discardRecovery(),
    pickWorkbook: (purpose) => api.pickWorkbook(purpose),
    chooseExportTarget: async () => {
      const result = await api.pickExportFolder();
      if (!result.ok) return result;
      return { ok: true, value: result.value === null ? null : { label: result.value.path, folder: result.value.path } };
    },
    writePackage: async (target, files) => {
      if (target.folder === undefined) return { ok: false, code: 'invalid', detail: '未选择导出文件夹' };
      return api.writePackage({ folder: target.folder, files: files.map((f) => ({ name: f.name, bytes: f.bytes })) });
    },
    openFolder: async (target) => (target.folder === undefined ? { ok: false, code: 'notFound' } : api.openFolder(target.folder)),
    setDocumentState: (state) => api.setDocumentState(state),
    onMenu: (listener) => api.onMenu(listener),
  };
}
