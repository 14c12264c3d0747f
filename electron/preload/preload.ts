// The only module that touches ipcRenderer. It exposes exactly the DesktopApi of the contract as
// `window.disclosure`; the page never sees ipcRenderer or any other part of Electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../../shared/ipc/contract';
// Channel names only: the schemas (and zod) stay out of the preload; main checks every payload.
import { INVOKE_CHANNELS as c, MENU_CHANNEL, SEND_CHANNELS, isMenuAction, type MenuAction } from '../../shared/ipc/channels';

const listeners = new Set<(action: MenuAction) => void>();
// Actions sent before the page subscribed (the project of a file association) wait for it.
const waiting: MenuAction[] = [];

ipcRenderer.on(MENU_CHANNEL, (_event, raw: unknown) => {
  if (!isMenuAction(raw)) return;
  if (listeners.size === 0) waiting.push(raw);
  for (const listener of listeners) listener(raw);
});

export const desktopApi: DesktopApi = {
  openProject: () => ipcRenderer.invoke(c.openProject),
  openProjectPath: (path) => ipcRenderer.invoke(c.openProjectPath, path),
  saveProject: (req) => ipcRenderer.invoke(c.saveProject, req),
  autosave: (req) => ipcRenderer.invoke(c.autosave, req),
  takeRecovery: () => ipcRenderer.invoke(c.takeRecovery),
  discardRecovery: () => ipcRenderer.invoke(c.discardRecovery),
  recentProjects: () => ipcRenderer.invoke(c.recentProjects),
  pickWorkbook: (purpose) => ipcRenderer.invoke(c.pickWorkbook, purpose),
  pickExportFolder: () => ipcRenderer.invoke(c.pickExportFolder),
  writePackage: (req) => ipcRenderer.invoke(c.writePackage, req),
  openFolder: (path) => ipcRenderer.invoke(c.openFolder, path),
  setDocumentState: (state) => ipcRenderer.send(SEND_CHANNELS.setDocumentState, state),
  confirmClose: () => ipcRenderer.send(SEND_CHANNELS.confirmClose),
  onMenu(listener) {
    listeners.add(listener);
    for (const action of waiting.splice(0)) listener(action);
    return () => {
      listeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('disclosure', desktopApi);
