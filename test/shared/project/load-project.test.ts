import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject, type ProjectLoadResult } from '../../../shared/project/load-project';
import { CURRENT_SCHEMA_VERSION, type Project } from '../../../shared/project/schema';
import { editableCopy } from '../../helpers/samples';

const SAMPLES = ['final-2024-unit', 'final-2024-department'] as const;

function sampleText(name: (typeof SAMPLES)[number]): string {
  return readFileSync(new URL(`../../../assets/samples/${name}.json`, import.meta.url), 'utf8');
}

function loaded(result: ProjectLoadResult): Project {
  if (!result.ok) throw new Error(`expected the project to load: ${result.message}`);
  return result.project;
}

function failure(result: ProjectLoadResult): { code: string; message: string } {
  if (result.ok) throw new Error('expected the project to be rejected');
  return { code: result.code, message: result.message };
}

describe('parseProject on the bundled samples', () => {
  it.each(SAMPLES)('loads %s', (name) => {
    const result = parseProject(sampleText(name), `${name}.json`);
    expect(result.ok).toBe(true);
    const project = loaded(result);
    expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(project.year).toBe(2024);
    expect(project.entryUnit).toBe('wanYuan');
    expect(result).not.toHaveProperty('migratedFrom');
  });

  it('reads the figures as stored (unit sample, seed 000)', () => {
    const unit = loaded(parseProject(sampleText('final-2024-unit'), 'final-2024-unit.json'));
    expect(unit.scope).toBe('unit');
    expect(unit.unitName).toBe('烟台市人民政府办公室');
    const row = unit.tables.FA03?.rows.find((r) => r.row === '2010301');
    expect(row?.values).toEqual({ c2: '2936.14' });
    expect(row?.reported).toEqual({ c1: '2936.14' });
    // Schema defaults are filled in: a row with only reported figures gets empty values.
    expect(unit.tables.FA06?.rows.find((r) => r.row === '301')?.values).toEqual({});
  });

  it('tells the department sample apart by scope', () => {
    expect(loaded(parseProject(sampleText('final-2024-department'), 'd.json')).scope).toBe('department');
  });

  it.each(SAMPLES)('round-trips %s through serializeProject unchanged', (name) => {
    const project = loaded(parseProject(sampleText(name), `${name}.json`));
    const text = serializeProject(project);
    expect(text.endsWith('}\n')).toBe(true);
    const again = loaded(parseProject(text, `${name}.json`));
    expect(again).toEqual(project);
    expect(serializeProject(again)).toBe(text);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const project = loaded(parseProject(`\uFEFF${sampleText('final-2024-unit')}`, 'bom.json'));
    expect(project).toEqual(loaded(parseProject(sampleText('final-2024-unit'), 'plain.json')));
  });
});

describe('parseProject explains what is wrong', () => {
  it('rejects text that is not JSON, naming the file', () => {
    const { code, message } = failure(parseProject('{"schemaVersion": 1, "kind": ', '本单位2024决算.json'));
    expect(code).toBe('notJson');
    expect(message).toContain('“本单位2024决算.json”');
    expect(message).toContain('无法按 JSON 读取');
  });

  it('rejects JSON that is not a project', () => {
    const { code, message } = failure(parseProject('{"foo":1}', 'other.json'));
    expect(code).toBe('notProject');
    expect(message).toContain('“other.json”');
    expect(message).toContain('schemaVersion');
  });

  it('rejects JSON that is not an object at all', () => {
    expect(failure(parseProject('[1, 2, 3]', 'list.json')).code).toBe('notProject');
    expect(failure(parseProject('null', 'null.json')).code).toBe('notProject');
  });

  it('refuses a file saved by a newer version and says to upgrade', () => {
    const text = sampleText('final-2024-unit').replace('"schemaVersion": 1,', '"schemaVersion": 99,');
    expect(text).toContain('"schemaVersion": 99,');
    const { code, message } = failure(parseProject(text, 'future.json'));
    expect(code).toBe('newerVersion');
    expect(message).toContain('“future.json”');
    expect(message).toContain('格式版本 99');
    expect(message).toContain('请升级软件');
    expect(message).toContain('文件未被修改');
  });

  it('rejects an amount that is not a plain decimal, naming 公开03表 and the row', () => {
    const project = editableCopy(loaded(parseProject(sampleText('final-2024-unit'), 'u.json')));
    const rows = project.tables.FA03?.rows ?? [];
    const index = rows.findIndex((r) => r.row === '2010301');
    const row = rows[index];
    if (row === undefined) throw new Error('unit sample has no FA03 row 2010301');
    row.values.c2 = '12,3';
    const { code, message } = failure(parseProject(serializeProject(project), '单位决算.json'));
    expect(code).toBe('invalid');
    expect(message).toContain('“单位决算.json”');
    expect(message).toContain('公开03表');
    expect(message).toContain(`第${index + 1}行`);
    expect(message).toContain('录入数 c2');
    expect(message).toContain('金额必须是数字');
  });

  it('rejects a 报表数 with a thousands separator in the same way', () => {
    const project = editableCopy(loaded(parseProject(sampleText('final-2024-unit'), 'u.json')));
    const first = project.tables.FA06?.rows[0];
    if (first === undefined) throw new Error('unit sample has no FA06 rows');
    first.reported.c1 = '2,768.27';
    const { code, message } = failure(parseProject(serializeProject(project), 'u.json'));
    expect(code).toBe('invalid');
    expect(message).toContain('公开06表 第1行 报表数 c1');
  });

  it('rejects an empty unit name in Chinese', () => {
    const project = editableCopy(loaded(parseProject(sampleText('final-2024-unit'), 'u.json')));
    const { code, message } = failure(parseProject(serializeProject({ ...project, unitName: '  ' }), 'u.json'));
    expect(code).toBe('invalid');
    expect(message).toContain('单位名称不能为空');
  });
});
