// Budget workbooks import through the same importer as the 决算 tables: the product's own .xlsx and a
// different realistic layout (amounts in 元 as text, codes as numbers, several tables per sheet) both give
// back the typed inputs of the budget sample (seed 001), exactly after conversion to 万元.
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { amount } from '../../../shared/money/money';
import type { Project } from '../../../shared/project/schema';
import { analyseProject } from '../../../shared/report/final-account';
import { BUDGET_TABLE_IDS } from '../../../shared/tables/cell-address';
import { loadSample } from '../../helpers/samples';
import { otherLayoutBudgetWorkbook, productBudgetWorkbook } from './budget-fixtures';
import { expectOk } from './import-helpers';

const sample = loadSample('budget-2025-unit');

function exact(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, text]) => !amount(text).isZero())
      .map(([column, text]): [string, string] => [column, amount(text).toFixed()])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The typed inputs of every budget table; list rows (项目) with their name and 项目类别, in order. */
function typedInputs(project: Project): Record<string, string[]> {
  return Object.fromEntries(
    BUDGET_TABLE_IDS.map((id) => {
      const rows = (project.tables[id]?.rows ?? [])
        .map((r) => ({ row: r.row, values: exact(r.values), ...(id === 'BG11' ? { name: r.name, texts: r.texts } : {}) }))
        .filter((r) => Object.keys(r.values).length > 0)
        .map((r) => JSON.stringify(r));
      return [id, id === 'BG11' ? rows : rows.sort()];
    }),
  );
}

function tableIssues(project: Project): string[] {
  return analyseProject(project)
    .issues.filter((i) => i.location.kind === 'cell' && i.severity === 'error')
    .map((i) => `${i.id} ${i.message}`);
}

describe('budget import', () => {
  it('reads the product’s own budget workbook back to the sample’s typed inputs, kind told by the titles', async () => {
    const data = await productBudgetWorkbook(sample);
    const result = expectOk(await importWorkbook({ data, label: '2025预算.xlsx' }));
    const { project, report } = result;
    expect(project).toMatchObject({ kind: 'budget', year: 2025, unitName: '烟台市人民政府办公室', scope: 'unit', entryUnit: 'wanYuan' });
    expect(typedInputs(project)).toEqual(typedInputs(sample));
    expect(report).toMatchObject({ kind: 'budget', yearFrom: 'workbook', unitNameFrom: 'workbook' });
    expect(report.current.tables.map((t) => `${t.table}:${t.found ? t.foundBy : 'missing'}`)).toEqual(BUDGET_TABLE_IDS.map((id) => `${id}:title`));
    // Printed totals are kept as 报表数 and agree with the re-derived values: no table errors.
    expect(project.tables.BG02?.rows.find((r) => r.row === 'TOTAL')?.reported).toMatchObject({ c1: '7713.47', c3: '7713.47' });
    expect(tableIssues(project)).toEqual([]);
  });

  it('reads a different layout in 元 to the same inputs, with the paired 政府 codes and the 项目类别', async () => {
    const data = await otherLayoutBudgetWorkbook(sample);
    const result = expectOk(await importWorkbook({ data, label: '单位预算公开表.xlsx' }, { kind: 'budget' }));
    const { project, report } = result;
    expect(project).toMatchObject({ kind: 'budget', year: 2025, unitName: '烟台市人民政府办公室', scope: 'unit' });
    expect(typedInputs(project)).toEqual(typedInputs(sample));
    const found = report.current.tables.flatMap((t) => (t.found ? [t] : []));
    expect(found.map((t) => t.table)).toEqual([...BUDGET_TABLE_IDS]);
    expect(new Set(found.map((t) => t.amountUnit))).toEqual(new Set(['yuan']));
    expect(found.find((t) => t.table === 'BG05')).toMatchObject({ sheet: '功能科目', foundBy: 'title' });
    expect(found.find((t) => t.table === 'BG12')?.sheet).toBe('采购');
    expect(found.find((t) => t.table === 'BG03')?.ignored.some((note) => note.startsWith('表下注释'))).toBe(true);
    const bg06 = project.tables.BG06?.rows ?? [];
    expect(bg06.find((r) => r.row === '30101')).toMatchObject({ pairedCode: '50101', values: { c2: '516.97' } });
    expect(bg06.find((r) => r.row === '303')?.pairedCode).toBe('509');
    expect(project.tables.BG07?.rows[0]?.values).toMatchObject({ c2: '40.00', c8: '95.00', c12: '110.00' });
    expect(tableIssues(project)).toEqual([]);
  });

  it('takes --year and --unit over what the workbook says', async () => {
    const data = await otherLayoutBudgetWorkbook(sample);
    const result = expectOk(await importWorkbook({ data, label: 'b.xlsx' }, { kind: 'budget', year: 2026, unitName: '某单位' }));
    expect(result.project).toMatchObject({ year: 2026, unitName: '某单位' });
    expect(result.warnings.some((w) => w.includes('表头年度是 2025 年，按指定的 2026 年导入'))).toBe(true);
  });
});
