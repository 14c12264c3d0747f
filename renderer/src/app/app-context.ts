// The app's single store and platform, created once at start-up.
import { useStore } from 'zustand';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { electronPlatform } from '../platform/electron-platform';
import type { Platform } from '../platform/platform';
import { webPlatform } from '../platform/web-platform';
import { createWorkspaceStore, type WorkspaceState } from '../state/workspace-store';

declare global {
  interface Window {
    /** The preload API of the desktop shell; absent in the web app. */
    disclosure?: DesktopApi;
  }
}

export const workspaceStore = createWorkspaceStore();

export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(workspaceStore, selector);
}

export const platform: Platform = window.disclosure === undefined ? webPlatform() : electronPlatform(window.disclosure);
