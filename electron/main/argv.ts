// The project file passed on the command line: by the file association (双击 .dsproj) or by a second
// start of the app.
import { extname, isAbsolute, resolve } from 'node:path';
import { PROJECT_EXTENSION } from '../../shared/ipc/contract';

const OPENABLE = new Set([`.${PROJECT_EXTENSION}`, '.json']);

export function projectPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  // The first entries are the executable (and in development the main script); flags start with '-'.
  for (const arg of [...argv.slice(1)].reverse()) {
    if (arg.startsWith('-') || !OPENABLE.has(extname(arg).toLowerCase())) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return undefined;
}
