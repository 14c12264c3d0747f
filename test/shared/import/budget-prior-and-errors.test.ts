// Last year's budget workbook fills the prior-year figures of the budget template from whatever tables it
// holds; bad budget input (a 决算 workbook, a required table missing) fails with a Chinese message.
import { describe, expect, it } from 'vitest';
import { importPriorYear, importWorkbook } from '../../../shared/import/import-workbook';
import { importReportLines } from '../../../shared/import/report-text';
import { rollOverProject } from '../../../shared/import/roll-over';
import { amount } from '../../../shared/money/money';
import { templateFor } from '../../../shared/report/report-kind';
import { loadSample } from '../../helpers/samples';
import { otherLayoutBudgetWorkbook, productBudgetWorkbook, withoutSheets } from './budget-fixtures';
import { PUBLISHED } from './fixture-layouts';
import { UNIT_SEED, fixtureBytes } from './fixture-workbooks';
import { expectFailure, expectOk } from './import-helpers';

const sample = loadSample('budget-2025-unit');
/** The sample as last year's budget: the same tables, printed for 2024. */
const lastYear = { ...sample, year: 2024 };

/** Seed 001's figures as the 2025 text compares them with the next year (万元). */
const EXPECTED: Readonly<Record<string, string>> = {
  totalIncomeExpenditure: '7713.47',
  generalPublicBudgetIncome: '7713.47',
  governmentFundIncome: '0',
  stateCapitalIncome: '0',
  specialAccountIncome: '0',
  serviceIncome: '0',
  businessIncome: '0',
  otherIncome: '0',
  superiorSubsidyIncome: '0',
  subordinateRemittanceIncome: '0',
  useOfNonAppropriationSurplus: '0',
  priorYearCarryover: '0',
  basicExpenditure: '3134.09',
  projectExpenditure: '4579.38',
  threePublicTotal: '226.6',
  overseasTravel: '95',
  vehiclePurchase: '0',
  vehicleOperation: '21.6',
  officialReception: '110',
  agencyOperatingCost: '537',
};

function exact(figures: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(figures).map(([id, text]) => [id, amount(text).toFixed()]));
}

describe('budget prior-year import', () => {
  it('fills every prior figure of the budget template from last year’s full workbook', async () => {
    const current = { data: await productBudgetWorkbook(sample), label: '2025预算.xlsx' };
    const prior = { data: await productBudgetWorkbook(lastYear), label: '2024预算.xlsx' };
    const result = expectOk(await importWorkbook(current, { kind: 'budget', prior }));
    expect(templateFor('budget').priorFigures.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(exact(result.project.priorYear.figures)).toEqual(EXPECTED);
    expect(result.report.prior).toMatchObject({ file: '2024预算.xlsx', figuresMissing: [] });
    expect(result.warnings.some((w) => w.includes('上年预算文件'))).toBe(false);
    const lines = importReportLines(result.report, result.warnings);
    expect(lines).toContain('上年预算表“2024预算.xlsx”：');
    expect(lines.some((l) => l.startsWith('  取得上年数 20 项：收支预算总计、'))).toBe(true);
  });

  it('takes what a partial workbook allows and names the tables and figures it lacks', async () => {
    const all = await otherLayoutBudgetWorkbook(lastYear);
    const data = await withoutSheets(all, ['功能科目', '经济分类', '项目', '采购']);
    const result = importPriorYear({ data, label: '上年部分表.xlsx' }, 2025, 'budget');
    const prior = await result;
    if (!prior.ok) expect.fail(prior.message);
    expect(exact(prior.figures)).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).filter(([id]) => !['basicExpenditure', 'projectExpenditure', 'agencyOperatingCost'].includes(id))),
    );
    expect(prior.report.figuresMissing).toEqual(['basicExpenditure', 'projectExpenditure', 'agencyOperatingCost']);
    expect(prior.report.tables.filter((t) => t.found).map((t) => t.table)).toEqual(['BG01', 'BG04', 'BG07']);
    expect(prior.report.tables.find((t) => t.table === 'BG03')).toMatchObject({ found: false, note: '未找到' });
  });

  it('warns when last year’s workbook is not of the year before', async () => {
    const prior = await importPriorYear({ data: await productBudgetWorkbook(sample), label: '同年.xlsx' }, 2025, 'budget');
    if (!prior.ok) expect.fail(prior.message);
    expect(prior.warnings.some((w) => w.includes('上年预算文件“同年.xlsx”的表头年度是 2025 年'))).toBe(true);
  });

  it('rolls a budget project over with the budget template’s prior figures', () => {
    const next = rollOverProject(sample);
    expect(next).toMatchObject({ kind: 'budget', year: 2026, tables: {} });
    expect(exact(next.priorYear.figures)).toEqual(EXPECTED);
  });

  it('reads the 三公 year groups by the year they print, whatever their order', async () => {
    const result = expectOk(await importWorkbook({ data: await otherLayoutBudgetWorkbook(sample, { currentYearFirst: true }), label: 'b.xlsx' }, { kind: 'budget' }));
    expect(result.project.year).toBe(2025);
    expect(result.project.tables.BG07?.rows[0]?.values).toEqual({ c2: '40.00', c5: '21.60', c6: '109.00', c8: '95.00', c11: '21.60', c12: '110.00' });
  });
});

describe('bad budget input', () => {
  it('refuses a 决算 workbook imported as a budget, naming the file and the title found', async () => {
    const failure = expectFailure(await importWorkbook({ data: await fixtureBytes(UNIT_SEED, PUBLISHED), label: '2024决算.xlsx' }, { kind: 'budget' }));
    expect(failure.code).toBe('noTables');
    expect(failure.message).toMatch(/^文件“2024决算\.xlsx”是决算公开表（其中有“.+”），不是本年所需的预算公开表。/);
    expect(failure.message).toContain('--kind final');
  });

  it('refuses a 决算 workbook given as last year’s budget', async () => {
    const current = { data: await productBudgetWorkbook(sample), label: '2025预算.xlsx' };
    const prior = { data: await fixtureBytes(UNIT_SEED, PUBLISHED), label: '2024决算.xlsx' };
    const failure = expectFailure(await importWorkbook(current, { kind: 'budget', prior }));
    expect(failure.message).toContain('文件“2024决算.xlsx”是决算公开表');
    expect(failure.message).toContain('上年所需的预算公开表');
  });

  it('names a required budget table that is missing and the tables it found', async () => {
    const data = await withoutSheets(await productBudgetWorkbook(sample), ['项目支出预算情况表', '一般公共预算“三公”经费支出情况表']);
    const failure = expectFailure(await importWorkbook({ data, label: '缺表.xlsx' }));
    expect(failure.code).toBe('missingTable');
    expect(failure.message).toContain('文件“缺表.xlsx”中缺少“一般公共预算“三公”经费支出情况表”、“项目支出预算情况表”。已找到：收支总体情况表、');
  });

  it('accepts a workbook without the often empty 政府性基金 and 国有资本 tables, reporting them as empty', async () => {
    const data = await withoutSheets(await productBudgetWorkbook(sample), ['政府性基金预算支出情况表', '国有资本经营预算支出情况表']);
    const result = expectOk(await importWorkbook({ data, label: '预算表.xlsx' }, { kind: 'budget' }));
    expect(result.report.current.tables.filter((t) => !t.found).map((t) => t.table)).toEqual(['BG08', 'BG09']);
    expect(importReportLines(result.report)).toContain('  政府性基金预算支出情况表：未找到，按无数据（空表）处理');
  });
});
