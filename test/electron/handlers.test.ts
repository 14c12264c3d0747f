import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, safeFileName, type InvokeHandlers } from '../../electron/main/handlers';
import { PathGrants } from '../../electron/main/path-grants';
import { RecentList } from '../../electron/main/recent';
import { RecoveryStore } from '../../electron/main/recovery';
import type { RecentProject } from '../../shared/ipc/contract';
import { PUBLISHED } from '../shared/import/fixture-layouts';
import { UNIT_SEED, fixtureBytes } from '../shared/import/fixture-workbooks';
import { projectVersions, sampleText } from './project-versions';
import { scriptedDialogs, type DialogScript } from './scripted-dialogs';

interface Rig {
  readonly h: InvokeHandlers;
  readonly script: DialogScript;
  readonly dir: string;
  readonly userData: string;
  readonly menus: (readonly RecentProject[])[];
}

function rig(): Rig {
  const dir = mkdtempSync(join(tmpdir(), 'ds-handlers-'));
  const userData = mkdtempSync(join(tmpdir(), 'ds-userdata-'));
  const { script, dialogs } = scriptedDialogs();
  const menus: (readonly RecentProject[])[] = [];
  const h = createHandlers({
    dialogs,
    recent: new RecentList(userData),
    recovery: new RecoveryStore(userData),
    grants: new PathGrants(),
    documentsDir: dir,
    recentChanged: (list) => menus.push(list),
  });
  return { h, script, dir, userData, menus };
}

describe('open', () => {
  it('opens the project chosen in the dialog and puts it first in the recent list', async () => {
    const { h, script, dir, menus } = rig();
    const file = join(dir, '烟台.dsproj');
    writeFileSync(file, sampleText());
    script.open.push(file);
    expect(await h.openProject()).toEqual({ ok: true, value: { path: file, text: sampleText() } });
    expect(menus.at(-1)?.map((e) => [e.path, e.name])).toEqual([[file, '烟台']]);
    const recent = await h.recentProjects();
    expect(recent.ok && recent.value.map((e) => e.path)).toEqual([file]);
  });

  it('answers null when the dialog is cancelled', async () => {
    const { h, script } = rig();
    script.open.push(undefined);
    expect(await h.openProject()).toEqual({ ok: true, value: null });
  });

  it('keeps a damaged project out of the recent list', async () => {
    const { h, script, dir } = rig();
    const file = join(dir, 'bad.dsproj');
    writeFileSync(file, sampleText().slice(0, 500));
    script.open.push(file);
    const result = await h.openProject();
    expect(result.ok ? 'ok' : result.code).toBe('damaged');
    expect(await h.recentProjects()).toEqual({ ok: true, value: [] });
  });

  it('refuses a path the user never chose', async () => {
    const { h, dir } = rig();
    const file = join(dir, 'p.dsproj');
    writeFileSync(file, sampleText());
    expect(await h.openProjectPath(file)).toEqual({ ok: false, code: 'denied' });
  });

  it('opens from the recent list, and drops an entry whose file is gone', async () => {
    const { h, script, dir } = rig();
    const file = join(dir, 'p.dsproj');
    writeFileSync(file, sampleText());
    script.open.push(file);
    await h.openProject();
    expect((await h.openProjectPath(file)).ok).toBe(true);
    const moved = join(dir, 'moved.dsproj');
    writeFileSync(moved, sampleText());
    await import('node:fs/promises').then((fs) => fs.unlink(file));
    const gone = await h.openProjectPath(file);
    expect(gone.ok ? 'ok' : gone.code).toBe('notFound');
    expect(await h.recentProjects()).toEqual({ ok: true, value: [] });
  });
});

describe('save', () => {
  it('asks where to save a new project, proposing the unit name in the documents folder', async () => {
    const { h, script, dir } = rig();
    const { a } = projectVersions();
    script.save.push(join(dir, '烟台市人民政府办公室2024年度决算'));
    const result = await h.saveProject({ text: a, suggestedName: '烟台市人民政府办公室2024年度决算' });
    const expected = join(dir, '烟台市人民政府办公室2024年度决算.dsproj');
    expect(script.shown).toEqual([`save ${expected}`]);
    expect(result).toEqual({ ok: true, value: { path: expected } });
    expect(readFileSync(expected, 'utf8')).toBe(a);
  });

  it('saves to the known path without a dialog, then again with backups', async () => {
    const { h, script, dir } = rig();
    const { a, b } = projectVersions();
    const file = join(dir, 'p.dsproj');
    script.save.push(file);
    await h.saveProject({ text: a });
    expect(await h.saveProject({ path: file, text: b })).toEqual({ ok: true, value: { path: file } });
    expect(script.shown).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(b);
    expect(readFileSync(`${file}.bak1`, 'utf8')).toBe(a);
  });

  it('says cancelled when the save dialog is closed, and writes nothing', async () => {
    const { h, script, dir } = rig();
    script.save.push(undefined);
    expect(await h.saveProject({ text: projectVersions().a })).toEqual({ ok: false, code: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to write text that is not a loadable project', async () => {
    const { h, script, dir } = rig();
    const file = join(dir, 'p.dsproj');
    script.save.push(file);
    await h.saveProject({ text: projectVersions().a });
    const result = await h.saveProject({ path: file, text: '{"schemaVersion":1}' });
    expect(result.ok ? 'ok' : result.code).toBe('invalid');
    expect(readFileSync(file, 'utf8')).toBe(projectVersions().a);
  });

  it('refuses to overwrite a file the user never chose', async () => {
    const { h, dir } = rig();
    const file = join(dir, 'other.dsproj');
    writeFileSync(file, 'keep');
    expect(await h.saveProject({ path: file, text: projectVersions().a })).toEqual({ ok: false, code: 'denied' });
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('makes file names Windows accepts', () => {
    expect(safeFileName('单位:名称/2024?')).toBe('单位_名称_2024_');
    expect(safeFileName(' .. ')).toBe('未命名项目');
  });
});

describe('recovery through the handlers', () => {
  it('offers an autosave after a crash and drops it once the project is saved', async () => {
    const first = rig();
    const { a, b } = projectVersions();
    const file = join(first.dir, 'p.dsproj');
    first.script.save.push(file);
    await first.h.saveProject({ text: a });
    // Saved a minute before the autosave that follows.
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, minuteAgo, minuteAgo);
    expect(await first.h.autosave({ path: file, text: b })).toEqual({ ok: true, value: undefined });
    // The app crashed here; the next start (same userData) finds the recovery.
    const again = createHandlers({
      dialogs: scriptedDialogs().dialogs,
      recent: new RecentList(first.userData),
      recovery: new RecoveryStore(first.userData),
      grants: new PathGrants(),
      documentsDir: first.dir,
      recentChanged: () => undefined,
    });
    const offered = await again.takeRecovery();
    expect(offered.ok && offered.value?.text).toBe(b);
    expect(offered.ok && offered.value?.path).toBe(file);
    // The officer takes it and saves; the recovery is gone.
    expect((await again.saveProject({ path: file, text: b })).ok).toBe(true);
    expect(await again.takeRecovery()).toEqual({ ok: true, value: null });
    expect(existsSync(join(first.userData, 'recovery.json'))).toBe(false);
  });
});

describe('workbooks and the package', () => {
  it('reads the chosen workbook as bytes', async () => {
    const { h, script, dir } = rig();
    const file = join(dir, '2024决算.xlsx');
    // The nine published tables of seed 000 as a workbook, as the officer receives them.
    const bytes = Buffer.from(await fixtureBytes(UNIT_SEED, PUBLISHED));
    writeFileSync(file, bytes);
    script.workbook.push(file);
    const result = await h.pickWorkbook('current');
    expect(script.shown).toEqual(['workbook current']);
    expect(result.ok && result.value?.name).toBe('2024决算.xlsx');
    expect(result.ok && Buffer.from(result.value?.bytes ?? []).equals(bytes)).toBe(true);
  });

  it('refuses a workbook over the size limit without reading it', async () => {
    const { h, script, dir } = rig();
    const file = join(dir, 'huge.xlsx');
    writeFileSync(file, '');
    truncateSync(file, 101 * 1024 * 1024);
    script.workbook.push(file);
    expect(await h.pickWorkbook('prior')).toEqual({ ok: false, code: 'tooLarge' });
  });

  it('reads a 科目表 chosen as .csv or .xlsx for the catalog, and refuses other types before reading', async () => {
    const { h, script, dir } = rig();
    const csv = join(dir, '2025年科目表.CSV');
    const bytes = Buffer.from([0xbf, 0xc6, 0xc4, 0xbf, 0x2c, 0x0d, 0x0a]);
    writeFileSync(csv, bytes);
    script.workbook.push(csv);
    const result = await h.pickWorkbook('catalog');
    expect(script.shown).toEqual(['workbook catalog']);
    expect(result.ok && result.value?.name).toBe('2025年科目表.CSV');
    expect(result.ok && Buffer.from(result.value?.bytes ?? []).equals(bytes)).toBe(true);

    script.workbook.push(join(dir, '科目表.xls'));
    expect(await h.pickWorkbook('catalog')).toEqual({ ok: false, code: 'invalid', detail: '只能选择 .xlsx 或 .csv 文件：科目表.xls' });
    // A CSV is no 公开表 workbook.
    script.workbook.push(csv);
    expect(await h.pickWorkbook('current')).toEqual({ ok: false, code: 'invalid', detail: '只能选择 .xlsx 文件：2025年科目表.CSV' });
  });

  it('refuses a 科目表 over the size limit without reading it', async () => {
    const { h, script, dir } = rig();
    const file = join(dir, 'huge.csv');
    writeFileSync(file, '');
    truncateSync(file, 101 * 1024 * 1024);
    script.workbook.push(file);
    expect(await h.pickWorkbook('catalog')).toEqual({ ok: false, code: 'tooLarge' });
  });

  it('writes the package only into a folder chosen for it, and opens only that folder', async () => {
    const { h, script, dir } = rig();
    const files = [{ name: 'a.docx', bytes: new Uint8Array([1, 2, 3]) }];
    expect(await h.writePackage({ folder: dir, files })).toEqual({ ok: false, code: 'denied' });
    expect(await h.openFolder(dir)).toEqual({ ok: false, code: 'denied' });
    script.folder.push(dir);
    expect(await h.pickExportFolder()).toEqual({ ok: true, value: { path: dir } });
    expect(await h.writePackage({ folder: dir, files })).toEqual({ ok: true, value: { paths: [join(dir, 'a.docx')] } });
    expect([...readFileSync(join(dir, 'a.docx'))]).toEqual([1, 2, 3]);
    expect(await h.openFolder(dir)).toEqual({ ok: true, value: undefined });
    expect(script.opened).toEqual([dir]);
    const dup = await h.writePackage({ folder: dir, files: [...files, { name: 'A.docx', bytes: new Uint8Array() }] });
    expect(dup.ok ? 'ok' : dup.code).toBe('invalid');
    expect(statSync(join(dir, 'a.docx')).size).toBe(3);
  });
});
