// The desktop save dialog proposes the project's own file name (2025年度××单位预算公开.dsproj): the
// renderer's desktop platform sends it through the contract, main proposes it in the documents folder.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { PathGrants } from '../../electron/main/path-grants';
import { RecentList } from '../../electron/main/recent';
import { RecoveryStore } from '../../electron/main/recovery';
import { invokeContract, saveRequestSchema, type DesktopApi } from '../../shared/ipc/contract';
import { serializeProject } from '../../shared/project/load-project';
import { electronPlatform } from '../../renderer/src/platform/electron-platform';
import { suggestedName } from '../../renderer/src/report/report-template';
import { loadSample } from '../helpers/samples';
import { scriptedDialogs } from './scripted-dialogs';

function unused(): never {
  throw new Error('not used in this test');
}

describe('save dialog file name', () => {
  it('proposes 2025年度××预算公开.dsproj for a new budget project saved from the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-save-name-'));
    const userData = mkdtempSync(join(tmpdir(), 'ds-save-name-data-'));
    const { script, dialogs } = scriptedDialogs();
    const h = createHandlers({ dialogs, recent: new RecentList(userData), recovery: new RecoveryStore(userData), grants: new PathGrants(), documentsDir: dir, recentChanged: () => undefined });
    const requests: unknown[] = [];
    // The preload's path: arguments checked against the contract before main sees them.
    const api: DesktopApi = {
      saveProject: (req) => {
        requests.push(req);
        const [checked] = invokeContract.saveProject.args.parse([req]);
        return h.saveProject(checked);
      },
      openProject: unused,
      openProjectPath: unused,
      autosave: unused,
      takeRecovery: unused,
      discardRecovery: unused,
      recentProjects: unused,
      pickWorkbook: unused,
      pickExportFolder: unused,
      writePackage: unused,
      openFolder: unused,
      setDocumentState: unused,
      confirmClose: unused,
      onMenu: unused,
    };
    const project = loadSample('budget-2025-unit');
    const name = suggestedName(project);
    expect(name).toBe('2025年度烟台市人民政府办公室预算公开');
    const chosen = join(dir, `${name}.dsproj`);
    script.save.push(chosen);
    const text = serializeProject(project);
    const result = await electronPlatform(api).saveProject({ text, name });
    expect(script.shown).toEqual([`save ${chosen}`]);
    expect(result).toEqual({ ok: true, value: { name: `${name}.dsproj`, path: chosen } });
    expect(readFileSync(chosen, 'utf8')).toBe(text);
    expect(saveRequestSchema.parse(requests[0]).suggestedName).toBe(name);
  });

  it('refuses a suggested name longer than the contract allows', () => {
    expect(saveRequestSchema.safeParse({ text: '{}', suggestedName: '名'.repeat(201) }).success).toBe(false);
  });
});
