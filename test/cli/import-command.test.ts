import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../cli/output';
import { runCli } from '../../cli/run-cli';
import { parseProject } from '../../shared/project/load-project';
import type { Project } from '../../shared/project/schema';
import { loadSample } from '../helpers/samples';
import { FINANCE_EXPORT, HEADER_ONLY, PUBLISHED } from '../shared/import/fixture-layouts';
import { DEPARTMENT_SEED, UNIT_SEED, fixtureBytes } from '../shared/import/fixture-workbooks';
import { comparableTables } from '../shared/import/import-helpers';

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(...args: string[]): Promise<Captured> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out: CommandOutput = { print: (line) => stdout.push(line), error: (line) => stderr.push(line) };
  const code = await runCli(args, out);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'disclosure-import-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const path = (name: string): string => join(dir, `${counter++}-${name}`);

async function fixtureFile(name: string, bytes: Promise<Uint8Array>): Promise<string> {
  const file = path(name);
  writeFileSync(file, await bytes);
  return file;
}

function savedProject(file: string): Project {
  const loaded = parseProject(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.project;
}

describe('disclosure import', () => {
  it('imports a workbook, prints the report and saves the project', async () => {
    const input = await fixtureFile('2024决算.xlsx', fixtureBytes(UNIT_SEED, PUBLISHED));
    const output = path('project.json');
    const result = await run('import', input, '-o', output);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('导入结果：2024 年度 烟台市人民政府办公室 单位（本级）决算');
    expect(result.stdout).toContain('公开01表 收入支出决算总表：工作表“公开01表”A1:F37，按表名识别');
    expect(result.stdout).toContain('校验：');
    expect(result.stdout).toContain(`已保存项目文件：${output}`);
    expect(comparableTables(savedProject(output))).toEqual(comparableTables(loadSample('final-2024-unit')));
  });

  it('takes --prior, --year and --unit', async () => {
    const input = await fixtureFile('current.xlsx', fixtureBytes(DEPARTMENT_SEED, HEADER_ONLY));
    const prior = await fixtureFile('prior.xlsx', fixtureBytes(UNIT_SEED, FINANCE_EXPORT));
    const output = path('project.json');
    const result = await run('import', input, '--prior', prior, '--kind', 'final', '--year', '2025', '--unit', '某部门', '-o', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('取得上年数 20 项');
    const project = savedProject(output);
    expect(project).toMatchObject({ year: 2025, unitName: '某部门', scope: 'department' });
    expect(project.priorYear.figures.totalIncomeExpenditure).toBe('8683.15');
  });

  it('refuses a 决算 workbook imported as a budget, in Chinese, exit 1, nothing written', async () => {
    const input = await fixtureFile('budget.xlsx', fixtureBytes(UNIT_SEED, PUBLISHED));
    const output = path('project.json');
    const result = await run('import', input, '--kind', 'budget', '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('是决算公开表');
    expect(result.stderr).toContain('--kind final');
    expect(existsSync(output)).toBe(false);
  });

  it('refuses bad usage with exit 2', async () => {
    const input = await fixtureFile('a.xlsx', fixtureBytes(UNIT_SEED, PUBLISHED));
    expect(await run('import', input)).toMatchObject({ code: 2, stderr: expect.stringContaining('-o') });
    expect(await run('import', input, '--kind', 'other', '-o', path('x.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('--kind') });
    expect(await run('import', input, '--year', '24', '-o', path('x.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('四位年份') });
    expect(await run('import', input, '-o', input, '--force')).toMatchObject({ code: 2, stderr: expect.stringContaining('同一个文件') });
    expect(await run('import', path('missing.xlsx'), '-o', path('x.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('无法读取文件') });
  });

  it('fails on bad input without writing or touching anything', async () => {
    const notWorkbook = path('notes.xlsx');
    writeFileSync(notWorkbook, '这不是工作簿');
    const output = path('existing.json');
    writeFileSync(output, 'the officer’s earlier work');
    const result = await run('import', notWorkbook, '-o', output, '--force');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('notes.xlsx');
    expect(result.stderr).toContain('不是 Excel 工作簿');
    expect(result.stderr).toContain('未保存项目文件');
    expect(readFileSync(output, 'utf8')).toBe('the officer’s earlier work');

    const part = await fixtureFile('part.xlsx', fixtureBytes(UNIT_SEED, PUBLISHED, { omit: ['FA06'] }));
    const fresh = path('fresh.json');
    expect(await run('import', part, '-o', fresh)).toMatchObject({ code: 1, stderr: expect.stringContaining('缺少公开06表') });
    expect(existsSync(fresh)).toBe(false);
  });

  it('never replaces an existing project without --force', async () => {
    const input = await fixtureFile('a.xlsx', fixtureBytes(UNIT_SEED, PUBLISHED));
    const output = path('existing.json');
    writeFileSync(output, 'keep me');
    expect(await run('import', input, '-o', output)).toMatchObject({ code: 2, stderr: expect.stringContaining('已存在') });
    expect(readFileSync(output, 'utf8')).toBe('keep me');
    expect((await run('import', input, '-o', output, '--force')).code).toBe(0);
    expect(savedProject(output).unitName).toBe('烟台市人民政府办公室');
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const huge = path('huge.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024 + 1);
    const result = await run('import', huge, '-o', path('x.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('超过导入上限');
  });
});
