import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { projectPathFromArgv } from '../../electron/main/argv';

describe('a project on the command line', () => {
  it('takes the file the association passes to the installed app', () => {
    expect(projectPathFromArgv(['/opt/app/disclosure', '/home/k/决算/烟台.dsproj'], '/')).toBe('/home/k/决算/烟台.dsproj');
  });

  it('skips the main script and Chromium flags in development', () => {
    expect(projectPathFromArgv(['electron', 'dist/electron/main.cjs', '--no-sandbox', 'p.DSPROJ'], '/work')).toBe(resolve('/work', 'p.DSPROJ'));
  });

  it('opens nothing for other files or no file', () => {
    expect(projectPathFromArgv(['app', 'report.docx'], '/')).toBeUndefined();
    expect(projectPathFromArgv(['app'], '/')).toBeUndefined();
  });
});
