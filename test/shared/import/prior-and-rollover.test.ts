// Prior-year figures from last year's workbook (a full package or only some tables) and the roll-over
// of a project into the next year.
import { describe, expect, it } from 'vitest';
import { importFinalAccount, importPriorYear } from '../../../shared/import/import-workbook';
import { importReportLines } from '../../../shared/import/report-text';
import { rollOverProject } from '../../../shared/import/roll-over';
import { amount } from '../../../shared/money/money';
import { parseProject, serializeProject } from '../../../shared/project/load-project';
import { analyseProject, finalAccountTemplate } from '../../../shared/report/final-account';
import { editableCopy, loadSample } from '../../helpers/samples';
import { FINANCE_EXPORT, PUBLISHED } from './fixture-layouts';
import { DEPARTMENT_SEED, UNIT_SEED, fixtureBytes } from './fixture-workbooks';
import { expectOk } from './import-helpers';

/** The unit seed's published figures, as last year's text would quote them (万元). */
const UNIT_FIGURES: Readonly<Record<string, string>> = {
  totalIncomeExpenditure: '8683.15',
  incomeTotal: '8679.94',
  appropriationIncome: '8679.27',
  superiorSubsidyIncome: '0',
  serviceIncome: '0',
  businessIncome: '0',
  subordinateRemittanceIncome: '0',
  otherIncome: '0.67',
  expenditureTotal: '8681.27',
  basicExpenditure: '3826.85',
  projectExpenditure: '4854.42',
  remittanceToSuperior: '0',
  businessExpenditure: '0',
  subsidyToSubordinates: '0',
  appropriationTotal: '8679.27',
  generalPublicBudgetExpenditure: '8679.27',
  closingBalance: '1.88',
  closingGeneralPublicBudget: '0',
  closingGovernmentFund: '0',
  closingStateCapital: '0',
};

function byValue(figures: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(figures).map(([id, text]) => [id, amount(text).toFixed()]));
}

describe('prior-year import', () => {
  it('takes every prior figure from a full package, whatever its layout', async () => {
    const current = await fixtureBytes(DEPARTMENT_SEED, PUBLISHED);
    const prior = await fixtureBytes(UNIT_SEED, FINANCE_EXPORT);
    const result = expectOk(await importFinalAccount({ data: current, label: '2024.xlsx' }, { year: 2025, prior: { data: prior, label: '2023.xlsx' } }));
    expect(byValue(result.project.priorYear.figures)).toEqual(byValue(UNIT_FIGURES));
    expect(Object.keys(UNIT_FIGURES).sort()).toEqual(finalAccountTemplate().priorFigures.map((f) => f.id).sort());
    expect(result.report.prior).toMatchObject({ file: '2023.xlsx', figuresMissing: [] });
    // The prior workbook says 2024, one year before the project's 2025: no warning about the year.
    expect(result.warnings.join('\n')).not.toContain('上年决算文件');
    const lines = importReportLines(result.report, result.warnings).join('\n');
    expect(lines).toContain('上年决算表“2023.xlsx”');
    expect(lines).toContain('取得上年数 20 项');
  });

  it('takes what it can from a workbook with only some tables and names what is missing', async () => {
    const prior = await fixtureBytes(UNIT_SEED, PUBLISHED, { omit: ['FA02', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09'] });
    const result = await importPriorYear({ data: prior, label: 'part.xlsx' }, 2025);
    if (!result.ok) expect.fail(result.message);
    expect(byValue(result.figures)).toEqual(
      byValue(Object.fromEntries(['totalIncomeExpenditure', 'incomeTotal', 'appropriationIncome', 'otherIncome', 'superiorSubsidyIncome', 'serviceIncome', 'businessIncome', 'subordinateRemittanceIncome', 'expenditureTotal', 'basicExpenditure', 'projectExpenditure', 'remittanceToSuperior', 'businessExpenditure', 'subsidyToSubordinates', 'closingBalance'].map((id) => [id, UNIT_FIGURES[id] ?? '']))),
    );
    expect([...result.report.figuresMissing].sort()).toEqual(['appropriationTotal', 'closingGeneralPublicBudget', 'closingGovernmentFund', 'closingStateCapital', 'generalPublicBudgetExpenditure']);
    expect(result.report.tables.filter((t) => !t.found).map((t) => t.table)).toEqual(['FA02', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09']);
  });

  it('computes figures through the copies between tables (01 from 04 and 02)', async () => {
    const prior = await fixtureBytes(UNIT_SEED, PUBLISHED, { omit: ['FA01', 'FA03', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09'] });
    const result = await importPriorYear({ data: prior, label: 'part.xlsx' });
    if (!result.ok) expect.fail(result.message);
    expect(byValue(result.figures)).toMatchObject(byValue({ appropriationIncome: '8679.27', otherIncome: '0.67', incomeTotal: '8679.94', appropriationTotal: '8679.27' }));
    expect(result.report.figuresMissing).toContain('basicExpenditure');
  });

  it('warns when last year’s workbook is not from the year before', async () => {
    const bytes = await fixtureBytes(UNIT_SEED, PUBLISHED);
    const result = expectOk(await importFinalAccount({ data: bytes, label: 'a.xlsx' }, { prior: { data: bytes, label: 'same.xlsx' } }));
    expect(result.warnings.join('\n')).toContain('上年决算文件“same.xlsx”的表头年度是 2024 年');
  });

  it('fails with the prior file named when it cannot be read', async () => {
    const bytes = await fixtureBytes(UNIT_SEED, PUBLISHED);
    const result = await importFinalAccount({ data: bytes, label: 'a.xlsx' }, { prior: { data: new TextEncoder().encode('not a workbook'), label: 'last.xlsx' } });
    expect(result).toMatchObject({ ok: false, code: 'notWorkbook', message: expect.stringContaining('“last.xlsx”') });
  });
});

describe('roll-over', () => {
  it('starts next year with this year’s figures as prior-year figures and the standing texts kept', () => {
    const sample = loadSample('final-2024-unit');
    const next = rollOverProject(sample);
    expect(next).toMatchObject({ year: 2025, unitName: sample.unitName, scope: sample.scope, entryUnit: sample.entryUnit, tables: {}, catalog: sample.catalog });
    expect(byValue(next.priorYear.figures)).toEqual(byValue(UNIT_FIGURES));
    expect(next.narrative.reasons).toEqual({});
    expect(next.narrative.initialBudgets).toEqual([]);
    expect(next.narrative.initialBudgetTotal).toBeUndefined();
    expect(next.narrative.overview).toEqual(sample.narrative.overview);
    expect(next.narrative.glossaryNotes).toEqual(sample.narrative.glossaryNotes);
    expect(next.narrative.captionStyle).toBe(sample.narrative.captionStyle);
    expect(next.narrative.threePublic).toEqual({
      travelContent: sample.narrative.threePublic.travelContent,
      vehicleContent: sample.narrative.threePublic.vehicleContent,
      receptionContent: sample.narrative.threePublic.receptionContent,
      reasons: {},
    });
    expect(next.narrative.performance.projects.map((p) => p.name)).toEqual(sample.narrative.performance.projects.map((p) => p.name));
    for (const project of next.narrative.performance.projects) {
      expect(project.funding.total).toEqual({});
      expect(project.indicators.every((i) => i.actual.text === '' && i.score === undefined)).toBe(true);
    }
    // The file saves and loads like any project.
    const reloaded = parseProject(serializeProject(next), 'next.json');
    expect(reloaded.ok && reloaded.project).toEqual(next);
  });

  it('rounds prior figures to the published 0.01 万元 and keeps the entry unit', () => {
    const sample = editableCopy(loadSample('final-2024-department'));
    const yuan = { ...sample, entryUnit: 'yuan' as const, tables: { FA03: { rows: [{ row: '2010301', values: { c2: '12345.678' }, reported: {} }] } } };
    const next = rollOverProject(yuan);
    expect(next.entryUnit).toBe('yuan');
    // 12,345.678 元 = 1.2345678 万元, published as 1.23 万元 = 12,300 元.
    expect(amount(next.priorYear.figures.basicExpenditure ?? '').toFixed()).toBe('12300');
    expect(analyseProject(next).report.value({ table: 'FA03', row: 'TOTAL', column: 'c2' }).isZero()).toBe(true);
  });
});
