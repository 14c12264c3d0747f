// The budget package re-read: every printed cell of seed 001 in its table of the .docx and its sheet
// of the .xlsx, the cover and 目录 wording, the Part 3 text and the 绩效目标表 forms.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../../shared/node/rasterise-svg';
import { buildPackageFiles, packageBaseName, type PackageFiles } from '../../../shared/publication/package-files';
import { narrativeContext } from '../../../shared/narrative/context';
import { budgetText } from '../../../shared/narrative/budget/budget-text';
import { analyseProject, projectCatalog } from '../../../shared/report/final-account';
import { templateFor } from '../../../shared/report/report-kind';
import { amount, formatTableAmount } from '../../../shared/money/money';
import { BUDGET_TABLE_IDS, tableLabel, type TableId } from '../../../shared/tables/cell-address';
import { readBudgetSeedTables } from '../../fixtures/budget-seed-tables';
import { loadSample } from '../../helpers/samples';
import { readDocx, type DocxItem } from './docx-reader';

const project = loadSample('budget-2025-unit');
const seed = readBudgetSeedTables('001-budget-2025-unit.txt');
const strip = (text: string): string => text.replace(/\s/g, '');
let files: Promise<PackageFiles> | undefined;
const packageFiles = (): Promise<PackageFiles> => (files ??= buildPackageFiles(project, (spec) => renderChartPng(spec)));

/** The data table that follows each budget table title in 第二部分. */
function tablesByTitle(items: readonly DocxItem[]): Map<TableId, readonly (readonly string[])[]> {
  const out = new Map<TableId, readonly (readonly string[])[]>();
  const start = items.findIndex((item) => item.kind === 'paragraph' && item.text.startsWith('第二部分'));
  let pending: TableId | undefined;
  for (const item of items.slice(start)) {
    if (item.kind === 'paragraph') {
      const id = BUDGET_TABLE_IDS.find((t) => tableLabel(t) === item.text);
      if (id !== undefined && !out.has(id)) pending = id;
    } else if (pending !== undefined) {
      out.set(pending, item.rows);
      pending = undefined;
    }
  }
  return out;
}

/** The label a printed row carries in the document: the derived row's name, 合计 for totals. */
function rowLabel(table: TableId, row: string): string | undefined {
  if (row === 'TOTAL') return table === 'BG11' ? undefined : '合计';
  if (table === 'BG07') return undefined;
  return analyseProject(project).report.table(table).row(row)?.label;
}

describe('the budget sample package (seed 001)', () => {
  it('is named and opened as the seed: file name, cover, 目录 with the 部门 wording', async () => {
    expect(packageBaseName(project)).toBe('2025年烟台市人民政府办公室单位预算公开');
    const { items } = await readDocx((await packageFiles()).docx);
    const texts = items.flatMap((i) => (i.kind === 'paragraph' && i.text.trim() !== '' ? [i.text] : []));
    expect(texts.slice(0, 3)).toEqual(['2025年烟台市人民政府办公室', '单位预算', '目 录']);
    for (const line of ['第一部分 部门概况', '第二部分 2025年部门预算表', '三、支出总体情况表', '十二、政府采购预算情况表', '第三部分 2025年部门预算情况和重要事项说明', '第四部分 名词解释']) {
      expect(texts).toContain(line);
    }
    // The part heading itself keeps the 单位 wording of the seed's body.
    expect(texts.some((t) => t.startsWith('第三部分') && t.endsWith('2025年单位预算情况和重要事项说明'))).toBe(true);
  });

  it('prints every printed cell of the seed in its table of the .docx, on the row it belongs to', async () => {
    const tables = tablesByTitle((await readDocx((await packageFiles()).docx)).items);
    expect([...tables.keys()]).toEqual([...BUDGET_TABLE_IDS]);
    const missing: string[] = [];
    for (const [key, value] of seed.cells) {
      const [, table = '', row = ''] = /^(BG\d\d)\[([^\]]+)\]\.c\d+$/.exec(key) ?? [];
      const id = BUDGET_TABLE_IDS.find((t) => t === table);
      if (id === undefined) throw new Error(key);
      const text = formatTableAmount(amount(value));
      const label = rowLabel(id, row);
      const found = (tables.get(id) ?? []).some((cells) => (label === undefined || cells.some((c) => strip(c) === strip(label))) && cells.includes(text));
      if (!found) missing.push(`${key}=${text}`);
    }
    expect(seed.cells.size).toBeGreaterThan(300);
    expect(missing).toEqual([]);
    // The paired 政府 codes print beside the 部门 code, the 2024/2025 groups head the 三公 table.
    expect(tables.get('BG06')?.some((cells) => cells.join('|').includes('301|01|基本工资|501|01|工资奖金津补贴'))).toBe(true);
    expect(tables.get('BG07')?.[0]).toEqual(['2024年预算数', '2025年预算数']);
    expect(tables.get('BG11')?.map((cells) => cells[0]).slice(-4)).toEqual(seed.projects.map((p) => p.name));
  });

  it('carries the whole budget text and the four 绩效目标表 forms', async () => {
    const { items, headers } = await readDocx((await packageFiles()).docx);
    const docText = new Set(items.flatMap((i) => (i.kind === 'paragraph' ? [strip(i.text)] : [])));
    const template = templateFor('budget');
    const catalog = projectCatalog(project);
    const text = budgetText(narrativeContext(project, analyseProject(project).report, template, catalog));
    const written = text.paragraphs.map((p) => strip(p.text));
    expect(written.length).toBeGreaterThan(35);
    expect(written.filter((p) => !docText.has(p))).toEqual([]);
    const forms = items.filter((i): i is Extract<DocxItem, { kind: 'table' }> => i.kind === 'table' && i.rows[1]?.[0] === '主管部门及代码');
    expect(forms.map((f) => f.rows[0]?.[1])).toEqual(seed.projects.map((p) => p.name));
    expect(forms.reduce((n, f) => n + f.rows.length - 7, 0)).toBe(81);
    expect((await packageFiles()).draft).toBe(false);
    expect(headers.join('')).not.toContain('草稿');
    expect(items.some((i) => i.kind === 'paragraph' && i.text === '（注：2025年没有使用政府性基金预算拨款安排的支出。）')).toBe(true);
  });

  it('writes the twelve tables as sheets of the .xlsx with every printed amount', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array((await packageFiles()).xlsx).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(BUDGET_TABLE_IDS.map((id) => tableLabel(id)));
    const missing: string[] = [];
    for (const id of BUDGET_TABLE_IDS) {
      const sheet = workbook.getWorksheet(tableLabel(id));
      const numbers = new Set<string>();
      sheet?.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'number' ? numbers.add(cell.value.toFixed(2)) : undefined)));
      for (const [key, value] of seed.cells) if (key.startsWith(`${id}[`) && !numbers.has(amount(value).toFixed(2))) missing.push(`${key}=${value}`);
    }
    expect(missing).toEqual([]);
    expect(workbook.getWorksheet(tableLabel('BG01'))?.getCell(3, 1).value).toBe('部门（单位）：烟台市人民政府办公室');
  });

  it('prints an empty table as its header and note, without a blank 合计 row, as seed 001 does', async () => {
    const { items } = await readDocx((await packageFiles()).docx);
    const tables = tablesByTitle(items);
    for (const id of ['BG08', 'BG09'] as const) {
      const rows = tables.get(id) ?? [];
      expect(rows.length, tableLabel(id)).toBeGreaterThan(0);
      // 合计 heads an amount column; as a row it stands in the 科目名称 column after 类 | 款 | 项.
      expect(rows.some((row) => strip(row[3] ?? '') === '合计'), `${tableLabel(id)}: ${JSON.stringify(rows)}`).toBe(false);
    }
    expect(tables.get('BG03')?.some((row) => strip(row[3] ?? '') === '合计')).toBe(true);
  });

  it('sets 收入总体情况表 (twelve amount columns) in 六号 so that the 科目名称 column keeps room for a name', async () => {
    const { xml } = await readDocx((await packageFiles()).docx);
    const start = xml.indexOf(`>${tableLabel('BG02')}<`, xml.indexOf('第二部分'));
    const table = xml.slice(xml.indexOf('<w:tbl>', start), xml.indexOf('</w:tbl>', start));
    const sizes = [...table.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(sizes)).toEqual(new Set(['15']));
    const widths = [...table.slice(0, table.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // 类 | 款 | 项 | 科目名称: the name column holds at least seven characters of 7.5 pt (20 twips a point).
    expect(widths[3] ?? 0).toBeGreaterThan(7 * 7.5 * 20);
  });
});
