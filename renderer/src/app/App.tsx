// The app: the start page or the open project, global keys (Ctrl+S/Z/Y/E), autosave, the window
// title, the desktop menu and the notices.
import { useEffect, useState } from 'react';
import { serializeProject } from '../../../shared/project/load-project';
import { StartPage } from '../start/StartPage';
import { isDirty } from '../state/workspace-store';
import { platform, useWorkspace, workspaceStore } from './app-context';
import { CatalogImportDialog } from './CatalogImportDialog';
import { importCatalogFile, importPriorIntoProject, openProjectFile, openRecentProject, saveCurrentProject } from './file-actions';
import { Notice } from './Notice';
import { RecoveryBanner } from './RecoveryBanner';
import { Workspace } from './Workspace';

/** Autosave interval while there are unsaved changes. */
const AUTOSAVE_MS = 30_000;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio');
}

export function App() {
  const workspace = useWorkspace((s) => s.workspace);
  const [exporting, setExporting] = useState(false);
  const open = workspace !== null;
  const dirty = isDirty(workspace);
  const name = workspace?.document.name;

  useEffect(() => {
    platform.setDocumentState({ title: name ?? '开始', dirty });
  }, [name, dirty]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const store = workspaceStore.getState();
      if (key === 's') void saveCurrentProject(event.shiftKey);
      else if (key === 'o') void openProjectFile();
      else if (key === 'e' && store.workspace !== null) setExporting(true);
      else if (isTextField(event.target)) return;
      else if (key === 'z' && !event.shiftKey) store.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) store.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The web app cannot ask 保存/不保存 on closing the tab; the browser's own question stands in.
  useEffect(() => {
    if (!dirty || platform.kind !== 'web') return;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => {
      const current = workspaceStore.getState().workspace;
      if (current === null || !isDirty(current)) return;
      void platform.autosave(serializeProject(current.history.present), current.document.path);
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [open]);

  useEffect(
    () =>
      platform.onMenu((action) => {
        const store = workspaceStore.getState();
        switch (action) {
          case 'new':
            store.close();
            return;
          case 'open':
            void openProjectFile();
            return;
          case 'save':
            void saveCurrentProject();
            return;
          case 'saveAs':
            void saveCurrentProject(true);
            return;
          case 'saveAndClose':
            void saveCurrentProject().then((saved) => {
              if (saved) window.disclosure?.confirmClose();
            });
            return;
          case 'undo':
            store.undo();
            return;
          case 'redo':
            store.redo();
            return;
          case 'export':
            if (store.workspace !== null) setExporting(true);
            return;
          case 'importPrior':
            // With a project open, last year's figures go into it; otherwise the start page imports.
            if (store.workspace !== null) void importPriorIntoProject();
            else store.close();
            return;
          case 'importCatalog':
            // The catalog goes into the open project; without one the start page comes first.
            if (store.workspace !== null) void importCatalogFile();
            else store.notify('info', '请先新建或打开项目，再导入科目表。');
            return;
          case 'import':
            store.close();
            return;
          case 'help':
          case 'about':
            store.notify('info', '预决算公开编制助手：录入公开表，实时检查，生成公开材料。');
            return;
          default:
            if (action.startsWith('openRecent:')) void openRecentProject(action.slice('openRecent:'.length));
        }
      }),
    [],
  );

  return (
    <>
      {open ? <Workspace exporting={exporting} setExporting={setExporting} /> : <StartPage />}
      {open ? <CatalogImportDialog /> : null}
      <RecoveryBanner />
      <Notice />
    </>
  );
}
