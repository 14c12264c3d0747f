// The whole package, re-read: every printed table cell of both seeds, the text, the draft mark.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../../shared/node/rasterise-svg';
import { buildPackageFiles, type PackageFiles } from '../../../shared/publication/package-files';
import { narrativeContext } from '../../../shared/narrative/context';
import { tableSectionBlocks } from '../../../shared/narrative/table-sections/table-sections';
import { analyseProject, finalAccountTemplate, projectCatalog } from '../../../shared/report/final-account';
import { formatTableAmount, amount } from '../../../shared/money/money';
import { readSeedTables } from '../../fixtures/seed-tables';
import { editableCopy, loadSample, type SampleName } from '../../helpers/samples';
import { readDocx, type DocxItem } from './docx-reader';

const TITLES: Readonly<Record<string, string>> = {
  FA01: '收入支出决算总表',
  FA02: '收入决算表',
  FA03: '支出决算表',
  FA04: '财政拨款收入支出决算总表',
  FA05: '一般公共预算财政拨款支出决算表',
  FA06: '一般公共预算财政拨款基本支出决算明细表',
  FA07: '政府性基金预算财政拨款收入支出决算表',
  FA08: '国有资本经营预算财政拨款支出决算表',
  FA09: '财政拨款“三公”经费支出决算表',
};

/** The data table that follows each table title in 第二部分 (the first occurrence after the 目录). */
function tablesByTitle(items: readonly DocxItem[]): Map<string, readonly (readonly string[])[]> {
  const out = new Map<string, readonly (readonly string[])[]>();
  const start = items.findIndex((item) => item.kind === 'paragraph' && item.text.startsWith('第二部分'));
  let pending: string | undefined;
  for (const item of items.slice(start)) {
    if (item.kind === 'paragraph') {
      const id = Object.entries(TITLES).find(([, title]) => item.text === title)?.[0];
      if (id !== undefined && !out.has(id)) pending = id;
    } else if (pending !== undefined) {
      out.set(pending, item.rows);
      pending = undefined;
    }
  }
  return out;
}

const strip = (text: string): string => text.replace(/\s/g, '');

const files = new Map<SampleName, Promise<PackageFiles>>();
function packageOf(sample: SampleName): Promise<PackageFiles> {
  let p = files.get(sample);
  if (!p) {
    p = buildPackageFiles(loadSample(sample), (spec) => renderChartPng(spec, { widthPx: 600, heightPx: 360 }));
    files.set(sample, p);
  }
  return p;
}

describe.each([
  ['final-2024-unit', '000-final-2024-unit.txt'],
  ['final-2024-department', '003-final-2024-department.txt'],
] as const)('the %s package', (sample, seed) => {
  it('prints every printed cell of the seed in its table of the .docx, on the row it belongs to', async () => {
    const { items } = await readDocx((await packageOf(sample)).docx);
    const tables = tablesByTitle(items);
    expect([...tables.keys()]).toEqual(Object.keys(TITLES));
    const missing: string[] = [];
    for (const [key, value] of readSeedTables(seed).cells) {
      const match = /^(FA\d\d)\[([^\]]+)\]\.c\d+$/.exec(key);
      const [, table = '', row = ''] = match ?? [];
      const text = formatTableAmount(amount(value));
      const rows = tables.get(table) ?? [];
      const rowMark = row === 'personnelTotal' ? '人员经费合计' : row === 'operatingTotal' ? '公用经费合计' : row === 'TOTAL' ? '合计' : row;
      const found = rows.some((cells) => cells.some((c) => strip(c) === strip(rowMark) || (table === 'FA09' && row === '1')) && cells.includes(text));
      if (!found) missing.push(`${key}=${text}`);
    }
    expect(missing).toEqual([]);
  });

  it('carries the text of sections 一–九 paragraph for paragraph', async () => {
    const project = loadSample(sample);
    const template = finalAccountTemplate();
    const catalog = projectCatalog(project);
    const context = narrativeContext(project, analyseProject(project).report, template, catalog);
    const { items } = await readDocx((await packageOf(sample)).docx);
    const docText = new Set(items.flatMap((i) => (i.kind === 'paragraph' ? [strip(i.text)] : [])));
    const paragraphs = tableSectionBlocks(context).flatMap((b) => (b.kind === 'paragraph' ? [strip(b.text)] : []));
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(paragraphs.filter((p) => !docText.has(p))).toEqual([]);
  });

  it('writes the nine 公开表 sheets in the .xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array((await packageOf(sample)).xlsx).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.keys(TITLES).map((id) => `公开${id.slice(2)}表`));
  });

  it('is not a draft: the sample has no error', async () => {
    const files = await packageOf(sample);
    expect(files.draft).toBe(false);
    expect((await readDocx(files.docx)).headers.join('')).not.toContain('草稿');
  });
});

describe('the unit package', () => {
  it('starts with the cover and the 目录 of seed 000', async () => {
    const { items } = await readDocx((await packageOf('final-2024-unit')).docx);
    const texts = items.flatMap((i) => (i.kind === 'paragraph' && i.text.trim() !== '' ? [i.text] : []));
    expect(texts.slice(0, 4)).toEqual(['2024年度', '烟台市人民政府办公室', '本级决算', '目 录']);
    expect(texts).toContain('一、收入支出决算总体情况说明');
    expect(texts.some((t) => strip(t).startsWith('2024年度收、支总计均为8,683.15万元。与2023年度相比，收、支总计各增加427.65万元，增长5.18%。'))).toBe(true);
  });

  it('marks a project with errors as 草稿 in the header of every page', async () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    const row = project.tables.FA03?.rows.find((r) => r.row === '2010301');
    if (!row) throw new Error('no 2010301');
    row.values.c2 = '2937.14';
    const files = await buildPackageFiles(project, (spec) => renderChartPng(spec, { widthPx: 300, heightPx: 180 }));
    expect(files.draft).toBe(true);
    expect(files.issues.some((i) => i.severity === 'error')).toBe(true);
    const { headers } = await readDocx(files.docx);
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.every((h) => h.includes('草稿'))).toBe(true);
  });
});
