import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPath, readProjectFile, saveProjectFile } from '../../electron/main/project-files';
import { parseProject } from '../../shared/project/load-project';
import { projectVersions, sampleText } from './project-versions';

const folder = (): string => mkdtempSync(join(tmpdir(), 'ds-project-'));

describe('saving a project file', () => {
  it('writes the text exactly and leaves only the project in a new folder', async () => {
    const { a } = projectVersions();
    const dir = folder();
    const file = join(dir, '烟台市人民政府办公室2024.dsproj');
    expect(await saveProjectFile(file, a)).toEqual({ ok: true, value: { path: file } });
    expect(readFileSync(file, 'utf8')).toBe(a);
    expect(readdirSync(dir)).toEqual(['烟台市人民政府办公室2024.dsproj']);
  });

  it('keeps the three previous saves as .bak1 (newest) to .bak3', async () => {
    const { a, b } = projectVersions();
    const file = join(folder(), 'p.dsproj');
    const versions = [a, b, `${a} `, `${b} `, `${a}  `];
    for (const text of versions) expect((await saveProjectFile(file, text)).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(versions[4]);
    expect(readFileSync(backupPath(file, 1), 'utf8')).toBe(versions[3]);
    expect(readFileSync(backupPath(file, 2), 'utf8')).toBe(versions[2]);
    expect(readFileSync(backupPath(file, 3), 'utf8')).toBe(versions[1]);
    expect(readdirSync(join(file, '..')).sort()).toEqual(['p.dsproj', 'p.dsproj.bak1', 'p.dsproj.bak2', 'p.dsproj.bak3']);
  });

  it('does not push a backup out when the saved text has not changed', async () => {
    const { a, b } = projectVersions();
    const file = join(folder(), 'p.dsproj');
    await saveProjectFile(file, a);
    await saveProjectFile(file, b);
    await saveProjectFile(file, b);
    expect(readFileSync(backupPath(file, 1), 'utf8')).toBe(a);
    expect(() => statSync(backupPath(file, 2))).toThrow();
  });

  it('removes the temp files an interrupted save left behind', async () => {
    const { a, b } = projectVersions();
    const dir = folder();
    const file = join(dir, 'p.dsproj');
    await saveProjectFile(file, a);
    writeFileSync(join(dir, '.p.dsproj.0123456789ab.tmp'), a.slice(0, 100));
    writeFileSync(join(dir, '.other.dsproj.0123456789ab.tmp'), 'not ours');
    await saveProjectFile(file, b);
    expect(readdirSync(dir).sort()).toEqual(['.other.dsproj.0123456789ab.tmp', 'p.dsproj', 'p.dsproj.bak1']);
  });

  it('keeps the project as it was when a save fails', async () => {
    const { a, b } = projectVersions();
    const dir = folder();
    const file = join(dir, 'p.dsproj');
    await saveProjectFile(file, a);
    // A folder where the oldest backup goes: the rotation cannot complete.
    writeFileSync(backupPath(file, 2), b);
    mkdirSync(join(backupPath(file, 3), 'inner'), { recursive: true });
    const result = await saveProjectFile(file, b);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('writeFailed');
    expect(readFileSync(file, 'utf8')).toBe(a);
    expect(parseProject(readFileSync(file, 'utf8'), 'p.dsproj').ok).toBe(true);
  });
});

describe('opening a project file', () => {
  it('reads the bundled sample', async () => {
    const file = join(folder(), 'sample.dsproj');
    writeFileSync(file, sampleText());
    expect(await readProjectFile(file)).toEqual({ ok: true, value: { path: file, text: sampleText() } });
  });

  const cases: readonly (readonly [string, (text: string) => string, string])[] = [
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length / 2)), 'damaged'],
    ['a file of a newer version', (t) => t.replace('"schemaVersion": 1', '"schemaVersion": 7'), 'newerVersion'],
    ['JSON that is not a project', () => '{"name":"预算表","rows":[]}', 'notProject'],
    ['a project with content errors', (t) => t.replace(/"unitName": "[^"]*"/, '"unitName": ""'), 'damaged'],
    ['a workbook renamed to .dsproj', () => 'PK\u0003\u0004binary', 'damaged'],
  ];
  for (const [what, damage, code] of cases) {
    it(`explains ${what} (${code}) and changes nothing on disk`, async () => {
      const dir = folder();
      const file = join(dir, '项目.dsproj');
      const text = damage(sampleText());
      writeFileSync(file, text);
      const before = statSync(file);
      const result = await readProjectFile(file);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe(code);
        expect(result.detail).toContain('项目.dsproj');
      }
      expect(readFileSync(file, 'utf8')).toBe(text);
      expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
      expect(readdirSync(dir)).toEqual(['项目.dsproj']);
    });
  }

  it('says notFound for a file that is gone', async () => {
    const result = await readProjectFile(join(folder(), 'missing.dsproj'));
    expect(result).toEqual({ ok: false, code: 'notFound', detail: 'ENOENT' });
  });
});
