// App lifecycle: one instance, the app:// scheme, the shell once ready, a project file from the
// command line (file association) or from a second start.
import { join } from 'node:path';
import { app } from 'electron';
import { projectPathFromArgv } from './argv';
import { startShell, type Shell } from './app-shell';
import { showStartupError } from './dialogs';
import { registerAppScheme, serveRenderer } from './window';

const APP_ID = 'cn.gov.disclosure-studio';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let shell: Shell | undefined;
  let pendingFile = projectPathFromArgv(process.argv, process.cwd());

  app.on('second-instance', (_event, argv, cwd) => {
    const path = projectPathFromArgv(argv, cwd);
    if (shell === undefined) {
      if (path !== undefined) pendingFile = path;
      return;
    }
    shell.focus();
    if (path !== undefined) shell.openFile(path);
  });
  app.on('window-all-closed', () => app.quit());

  app.setAppUserModelId(APP_ID);
  app
    .whenReady()
    .then(async () => {
      // The bundle sits in dist/electron; the renderer build in dist/renderer.
      serveRenderer(join(__dirname, '..', 'renderer'));
      const launchFile = pendingFile;
      pendingFile = undefined;
      shell = await startShell({
        userDataDir: app.getPath('userData'),
        documentsDir: app.getPath('documents'),
        preload: join(__dirname, 'preload.cjs'),
        development: !app.isPackaged,
        launchFile,
      });
      // A second start while this one was still starting.
      if (pendingFile !== undefined) shell.openFile(pendingFile);
    })
    .catch((error: unknown) => {
      showStartupError(error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
