// disclosure import for budget workbooks: --kind budget (or the titles) makes a budget project, --prior
// fills last year's figures, bad input exits non-zero with a Chinese message and writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../cli/output';
import { runCli } from '../../cli/run-cli';
import { parseProject } from '../../shared/project/load-project';
import type { Project } from '../../shared/project/schema';
import { loadSample } from '../helpers/samples';
import { otherLayoutBudgetWorkbook, productBudgetWorkbook, withoutSheets } from '../shared/import/budget-fixtures';
import { PUBLISHED } from '../shared/import/fixture-layouts';
import { UNIT_SEED, fixtureBytes } from '../shared/import/fixture-workbooks';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out: CommandOutput = { print: (line) => stdout.push(line), error: (line) => stderr.push(line) };
  const code = await runCli(args, out);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'disclosure-import-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const path = (name: string): string => join(dir, `${counter++}-${name}`);

async function file(name: string, bytes: Promise<Uint8Array>): Promise<string> {
  const target = path(name);
  writeFileSync(target, await bytes);
  return target;
}

function saved(target: string): Project {
  const loaded = parseProject(readFileSync(target, 'utf8'), target);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.project;
}

const sample = loadSample('budget-2025-unit');

describe('disclosure import --kind budget', () => {
  it('imports this year’s and last year’s budget workbooks into a budget project', async () => {
    const current = await file('2025预算.xlsx', otherLayoutBudgetWorkbook(sample));
    const prior = await file('2024预算.xlsx', productBudgetWorkbook({ ...sample, year: 2024 }));
    const output = path('预算.json');
    const result = await run('import', current, '--kind', 'budget', '--prior', prior, '-o', output);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('导入结果：2025 年 烟台市人民政府办公室 单位预算（年度取自表头，单位名称取自表头）');
    expect(result.stdout).toContain('  项目支出预算情况表：工作表“项目”B1:M9，按表名识别，金额单位元（已换算为万元），导入 5 行');
    expect(result.stdout).toContain('上年预算表“');
    expect(result.stdout).toContain('取得上年数 20 项');
    expect(result.stdout).toContain('校验：0 个错误');
    const project = saved(output);
    expect(project).toMatchObject({ kind: 'budget', year: 2025, unitName: '烟台市人民政府办公室' });
    expect(project.priorYear.figures.totalIncomeExpenditure).toBe('7713.47');
    expect(project.tables.BG11?.rows.filter((r) => r.row !== 'TOTAL').map((r) => r.name)).toEqual(['办公室政务运行保障经费', '优化营商环境工作经费', '实施公车统管费用', '政务热线整合经费']);
  });

  it('tells a budget workbook by its titles when --kind is absent, and takes --year and --unit', async () => {
    const current = await file('预算公开表.xlsx', productBudgetWorkbook(sample));
    const output = path('p.json');
    const result = await run('import', current, '--year', '2025', '--unit', '示例单位', '-o', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('导入结果：2025 年 示例单位 单位预算（年度按指定，单位名称按指定）');
    expect(saved(output)).toMatchObject({ kind: 'budget', year: 2025, unitName: '示例单位' });
  });

  it('refuses a 决算 workbook as a budget and a budget without its required tables: exit 1, Chinese, no file', async () => {
    const finalAccount = await file('2024决算.xlsx', fixtureBytes(UNIT_SEED, PUBLISHED));
    const first = path('a.json');
    const wrongKind = await run('import', finalAccount, '--kind', 'budget', '-o', first);
    expect(wrongKind).toMatchObject({ code: 1, stderr: expect.stringContaining('2024决算.xlsx”是决算公开表') });
    expect(wrongKind.stderr).toContain('未保存项目文件。');
    expect(existsSync(first)).toBe(false);

    const incomplete = await file('缺表.xlsx', withoutSheets(await productBudgetWorkbook(sample), ['基本支出预算情况表']));
    const second = path('b.json');
    const missing = await run('import', incomplete, '--kind', 'budget', '-o', second);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('中缺少“基本支出预算情况表”') });
    expect(existsSync(second)).toBe(false);

    const budget = await file('2025预算.xlsx', productBudgetWorkbook(sample));
    const third = path('c.json');
    const asFinal = await run('import', budget, '--kind', 'final', '-o', third);
    expect(asFinal).toMatchObject({ code: 1, stderr: expect.stringContaining('是预算公开表') });
    expect(asFinal.stderr).toContain('--kind budget');
    expect(existsSync(third)).toBe(false);
  });
});
