// Every layout of both seeds imports to the bundled sample's tables; derived figures are kept as
// 报表数 and checked, names are compared with the catalog, and the report says where each table was.
import { describe, expect, it } from 'vitest';
import { importFinalAccount } from '../../../shared/import/import-workbook';
import type { FoundTable } from '../../../shared/import/import-types';
import { importReportLines } from '../../../shared/import/report-text';
import { analyseProject } from '../../../shared/report/final-account';
import { loadSample, type SampleName } from '../../helpers/samples';
import { COLLEAGUE, FINANCE_EXPORT, HEADER_ONLY, LAYOUTS, PUBLISHED, type FixtureLayout } from './fixture-layouts';
import { DEPARTMENT_SEED, UNIT_SEED, fixtureBytes, fixtureWorkbook, requireSheet, workbookBytes, type SeedSource } from './fixture-workbooks';
import { comparableTables, expectOk } from './import-helpers';

const SEEDS: readonly (readonly [SampleName, SeedSource])[] = [
  ['final-2024-unit', UNIT_SEED],
  ['final-2024-department', DEPARTMENT_SEED],
];

/** The header-only layout names no year anywhere, so that import needs the year given. */
function optionsFor(layout: FixtureLayout): { year?: number } {
  return layout === HEADER_ONLY ? { year: 2024 } : {};
}

describe.each(SEEDS)('%s', (sampleName, seed) => {
  const sample = loadSample(sampleName);

  it.each(LAYOUTS.map((layout) => [layout.name, layout] as const))('imports the layout %s to the sample tables', async (_, layout) => {
    const result = expectOk(await importFinalAccount({ data: await fixtureBytes(seed, layout), label: `${sampleName}.xlsx` }, optionsFor(layout)));
    expect(comparableTables(result.project)).toEqual(comparableTables(sample));
    expect(result.project.year).toBe(2024);
    expect(result.project.unitName).toBe(sample.unitName);
    expect(result.project.scope).toBe(sample.scope);
    expect(result.project.entryUnit).toBe('wanYuan');
    const found = result.report.current.tables.filter((t): t is FoundTable => t.found);
    expect(found.map((t) => t.table)).toEqual(['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09']);
    for (const table of found) {
      expect(table.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(table.amountUnit).toBe(layout.amountUnit);
    }
    // The same validation outcome as the sample: equal tables, equal table issues.
    const tableIssues = (p: typeof sample) => analyseProject(p).issues.filter((i) => i.location.kind === 'cell').map((i) => `${i.severity} ${i.id} ${i.message}`).sort();
    expect(tableIssues(result.project)).toEqual(tableIssues(sample));
  });

  it('reports how each table was found and what was ignored', async () => {
    const published = expectOk(await importFinalAccount({ data: await fixtureBytes(seed, PUBLISHED), label: 'a.xlsx' }));
    const byTable = new Map(published.report.current.tables.map((t) => [t.table, t]));
    expect(byTable.get('FA02')).toMatchObject({ found: true, sheet: '公开02表', foundBy: 'title', range: expect.stringMatching(/^A1:/) });
    expect(published.report.current.ignoredSheets).toEqual(['目录']);
    const fa02 = byTable.get('FA02');
    expect(fa02?.found === true ? fa02.ignored.join('；') : '').toContain('表下注释');

    const colleague = expectOk(await importFinalAccount({ data: await fixtureBytes(seed, COLLEAGUE), label: 'b.xlsx' }));
    const found = new Map(colleague.report.current.tables.map((t) => [t.table, t]));
    expect(found.get('FA03')).toMatchObject({ sheet: 'Sheet2', foundBy: 'label' });
    expect(found.get('FA07')).toMatchObject({ sheet: '其他表', foundBy: 'label' });
    expect(found.get('FA01')).toMatchObject({ sheet: '总表', foundBy: 'title', range: expect.stringMatching(/^B/) });
    expect(colleague.report.current.ignoredSheets).toEqual(['填表说明']);
    const fa09 = found.get('FA09');
    expect(fa09?.found === true ? fa09.ignored.join('；') : '').toContain('表头“项目”');

    const headerOnly = expectOk(await importFinalAccount({ data: await fixtureBytes(seed, HEADER_ONLY), label: 'c.xlsx' }, { year: 2024 }));
    expect(headerOnly.report.current.tables.every((t) => t.found && t.foundBy === 'header')).toBe(true);
    expect(headerOnly.report.yearFrom).toBe('option');

    const lines = importReportLines(colleague.report, colleague.warnings).join('\n');
    expect(lines).toContain('公开03表 支出决算表：工作表“Sheet2”');
    expect(lines).toContain('按表号识别');
  });

  it('converts 元 to 万元 and says so', async () => {
    const result = expectOk(await importFinalAccount({ data: await fixtureBytes(seed, FINANCE_EXPORT), label: 'export.xlsx' }));
    expect(result.report.current.tables.every((t) => t.found && t.amountUnit === 'yuan')).toBe(true);
    expect(importReportLines(result.report).join('\n')).toContain('金额单位元（已换算为万元）');
  });
});

describe('current-year import details', () => {
  it('keeps a 合计 that disagrees with its children as 报表数, and validation flags it', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    const sheet = requireSheet(workbook, '公开02表');
    // Row 7 is the 合计 row (title, label, owner, two header rows, 栏次 row), column D is 栏次 2.
    expect(sheet.getCell('A7').value).toBe('合 计');
    sheet.getCell('D7').value = 8000;
    const result = expectOk(await importFinalAccount({ data: await workbookBytes(workbook), label: 'x.xlsx' }));
    const total = result.project.tables.FA02?.rows.find((r) => r.row === 'TOTAL');
    expect(total?.reported.c2).toBe('8000.00');
    const issue = analyseProject(result.project).issues.find((i) => i.location.kind === 'cell' && i.location.table === 'FA02' && i.location.row === 'TOTAL' && i.location.column === 'c2');
    expect(issue?.severity).toBe('error');
  });

  it('warns when a 科目 name differs from the catalog, naming sheet and cell', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    const sheet = requireSheet(workbook, '公开03表');
    expect(sheet.getCell('A10').value).toBe('2010301');
    sheet.getCell('B10').value = '行政运行费';
    const result = expectOk(await importFinalAccount({ data: await workbookBytes(workbook), label: 'x.xlsx' }));
    expect(result.warnings.join('\n')).toContain('工作表“公开03表”单元格 A10：公开03表科目 2010301 的名称“行政运行费”与科目表中的“行政运行”不一致');
    expect(result.project.tables.FA03?.rows.find((r) => r.row === '2010301')?.name).toBe('行政运行费');
  });

  it('learns a code the catalog does not know, with its printed name, and says where it stands', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    const sheet = requireSheet(workbook, '公开03表');
    expect(sheet.getCell('A12').value).toBe('2010399');
    sheet.getCell('A12').value = '2010398';
    sheet.getCell('B12').value = '某新设科目';
    const result = expectOk(await importFinalAccount({ data: await workbookBytes(workbook), label: 'x.xlsx' }));
    expect(result.project.catalog).toEqual([{ scheme: 'function', code: '2010398', name: '某新设科目', source: '导入的公开03表' }]);
    expect(result.warnings.join('\n')).toContain('文件“x.xlsx”工作表“公开03表”单元格 A12：科目 2010398“某新设科目”不在科目表中');
  });

  it('warns when a derived cell is printed blank although its rows add up to an amount', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    requireSheet(workbook, '公开05表').getCell('C7').value = null; // 合计 第1栏 小计
    const result = expectOk(await importFinalAccount({ data: await workbookBytes(workbook), label: 'x.xlsx' }));
    expect(result.warnings.join('\n')).toMatch(/工作表“公开05表”第 7 行：公开05表“合计”行第1栏“小计”为空白（0），但按导入的数字计算为 8,679\.2[67] 万元/);
  });

  it('takes an ArrayBuffer as the browser hands it over', async () => {
    const bytes = await fixtureBytes(UNIT_SEED, PUBLISHED);
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    const result = expectOk(await importFinalAccount({ data: buffer, label: 'browser.xlsx' }));
    expect(comparableTables(result.project)).toEqual(comparableTables(loadSample('final-2024-unit')));
  });

  it('takes year and unit from the options over the workbook, and warns about the year', async () => {
    const result = expectOk(await importFinalAccount({ data: await fixtureBytes(UNIT_SEED, PUBLISHED), label: 'x.xlsx' }, { year: 2025, unitName: '某单位' }));
    expect(result.project).toMatchObject({ year: 2025, unitName: '某单位' });
    expect(result.report).toMatchObject({ yearFrom: 'option', unitNameFrom: 'option' });
    expect(result.warnings.join('\n')).toContain('表头年度是 2024 年，按指定的 2025 年导入');
  });

  it('reads the year from the document properties or the file name when no title or caption names one', async () => {
    const named = expectOk(await importFinalAccount({ data: await fixtureBytes(UNIT_SEED, HEADER_ONLY), label: '2023年度某单位本级决算公开（公开表）.xlsx' }));
    expect(named.project.year).toBe(2023);
    const workbook = fixtureWorkbook(UNIT_SEED, HEADER_ONLY);
    workbook.title = '2022年度决算公开表';
    const titled = expectOk(await importFinalAccount({ data: await workbookBytes(workbook), label: '2023年度.xlsx' }));
    expect(titled.project.year).toBe(2022);
  });
});
