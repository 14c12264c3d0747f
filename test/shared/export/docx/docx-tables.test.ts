import { beforeAll, describe, expect, it } from 'vitest';
import {
  attributeOf,
  cellsOf,
  gridColumnCount,
  gridSpanOf,
  paragraphsOf,
  rowsOf,
  tablesOf,
  textOf,
  vMergeOf,
} from './docx-parts';
import { fa01Grid, fa09Grid, FORM_NOTES } from './publication-fixture';
import { writeFixture, type WrittenDocx } from './write-fixture';

let written: WrittenDocx;
let tables: string[];

beforeAll(async () => {
  written = await writeFixture();
  tables = tablesOf(written.document);
});

function tableWith(text: string): string {
  const table = tables.find((candidate) => textOf(candidate).includes(text));
  if (table === undefined) throw new Error(`no table with ${text}`);
  return table;
}

/** Grid column each cell of a row starts at. */
function cellColumns(row: string): { column: number; cell: string }[] {
  let column = 0;
  return cellsOf(row).map((cell) => {
    const start = column;
    column += gridSpanOf(cell);
    return { column: start, cell };
  });
}

describe('writePublicationDocx: the nine tables', () => {
  it('writes the caption block: centred 黑体 title, 公开01表 on the right, owner and amount unit on one line', () => {
    const paragraphs = paragraphsOf(written.document);
    const index = paragraphs.findIndex((paragraph) => textOf(paragraph) === '收入支出决算总表');
    const [title = '', number = '', owner = ''] = paragraphs.slice(index, index + 3);
    expect(title).toContain('<w:pStyle w:val="Heading2"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="黑体"');
    expect(title).toContain('<w:sz w:val="36"/>');
    expect(title).toContain('<w:keepNext/>');
    expect(textOf(number)).toBe('公开01表');
    expect(number).toContain('<w:jc w:val="right"/>');
    expect(textOf(owner)).toBe('单位：烟台市人民政府办公室本级金额单位：万元');
    expect(owner).toContain('<w:tab/>');
    expect(owner).toMatch(/<w:tab w:val="right" w:pos="8844"\/>/);
  });

  it('marks the header rows of 公开01表 as repeated header rows and no row may split', () => {
    const rows = rowsOf(tableWith('8,679.27'));
    const grid = fa01Grid();
    expect(rows).toHaveLength(grid.header.length + grid.body.length);
    rows.forEach((row, index) => {
      expect(row.includes('<w:tblHeader/>'), `row ${index}`).toBe(index < grid.header.length);
      expect(row).toContain('<w:cantSplit/>');
    });
  });

  it('merges 收 入 / 支 出 and 栏 次 across columns with gridSpan', () => {
    const [top = '', , columnNumbers = ''] = rowsOf(tableWith('8,679.27'));
    expect(cellsOf(top).map((cell) => [textOf(cell), gridSpanOf(cell)])).toEqual([
      ['收 入', 3],
      ['支 出', 3],
    ]);
    expect(cellsOf(columnNumbers).map((cell) => [textOf(cell), gridSpanOf(cell)])).toEqual([
      ['栏 次', 2],
      ['1', 1],
      ['栏 次', 2],
      ['2', 1],
    ]);
  });

  it('prints every amount of 公开01表 in its row, right-aligned, in 宋体', () => {
    const rows = rowsOf(tableWith('8,679.27'));
    const grid = fa01Grid();
    let amounts = 0;
    grid.body.forEach((cells, index) => {
      const row = rows[grid.header.length + index] ?? '';
      const written = cellsOf(row);
      cells.forEach((cell, column) => {
        expect(textOf(written[column] ?? '')).toBe(cell.text);
        if (cell.kind === 'amount' && cell.text !== '') {
          amounts += 1;
          expect(written[column]).toContain('<w:jc w:val="right"/>');
        }
      });
    });
    expect(amounts).toBe(13);
    expect(textOf(tableWith('8,679.27'))).toContain('8,683.15');
    expect(tableWith('8,679.27')).toContain('w:eastAsia="宋体"');
  });

  it('centres and bolds header cells, left-aligns names', () => {
    const rows = rowsOf(tableWith('8,679.27'));
    const header = cellsOf(rows[1] ?? '')[0] ?? '';
    expect(textOf(header)).toBe('项 目');
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(header).toContain('<w:b/>');
    const name = cellsOf(rows[3] ?? '')[0] ?? '';
    expect(textOf(name)).toBe('一、一般公共预算财政拨款收入');
    expect(name).toContain('<w:jc w:val="left"/>');
  });

  it('merges the 公开09表 headers down with vMerge, leaving the covered positions to continuation cells', () => {
    const table = tableWith('公务用车购置费');
    const rows = rowsOf(table);
    const grid = fa09Grid();
    expect(gridColumnCount(table)).toBe(12);
    const middle = cellColumns(rows[1] ?? '');
    const bottom = cellColumns(rows[2] ?? '');
    const restarts = middle.filter(({ cell }) => vMergeOf(cell) === 'restart').map(({ column, cell }) => [column, textOf(cell)]);
    expect(restarts).toEqual([
      [0, '合 计'],
      [1, '因公出国（境）费'],
      [5, '公务接待费'],
      [6, '合 计'],
      [7, '因公出国（境）费'],
      [11, '公务接待费'],
    ]);
    const continued = bottom.filter(({ cell }) => vMergeOf(cell) === 'continue').map(({ column, cell }) => [column, textOf(cell)]);
    expect(continued).toEqual([
      [0, ''],
      [1, ''],
      [5, ''],
      [6, ''],
      [7, ''],
      [11, ''],
    ]);
    expect(bottom.filter(({ cell }) => vMergeOf(cell) === undefined).map(({ cell }) => textOf(cell))).toEqual(
      grid.header[2]?.filter((cell) => cell.covered !== true).map((cell) => cell.text),
    );
    expect(cellsOf(rows[4] ?? '').map(textOf)).toEqual(grid.body[0]?.map((cell) => cell.text));
    rows.forEach((row, index) => expect(row.includes('<w:tblHeader/>'), `row ${index}`).toBe(index < 4));
  });

  it('fills every row of every table exactly across its grid', () => {
    expect(tables.length).toBe(3);
    for (const table of tables) {
      const columns = gridColumnCount(table);
      for (const row of rowsOf(table)) expect(cellsOf(row).reduce((sum, cell) => sum + gridSpanOf(cell), 0)).toBe(columns);
      const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
      const landscape = table.includes('公务用车购置费') || table.includes('项目名称');
      // The text block: 156 mm portrait, 225 mm landscape.
      expect(widths.reduce((a, b) => a + b, 0)).toBe(landscape ? 12756 : 8844);
      expect(attributeOf(table, 'w:tblLayout', 'w:type')).toBe('fixed');
    }
  });

  it('keeps short headers and amounts on one line (行次 gets the width it needs)', () => {
    const widths = [...tableWith('8,679.27').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    // 行次 at 小五 (9 pt): 2 em = 360 twips plus the cell margins.
    expect(widths[1]).toBeGreaterThanOrEqual(360 + 80);
    expect(tableWith('8,679.27')).toContain('<w:sz w:val="18"/>');
  });

  it('writes the notes under the table', () => {
    const paragraphs = paragraphsOf(written.document);
    const index = paragraphs.findIndex((paragraph) => textOf(paragraph).startsWith('注：1. 本表反映单位本年度的总收支'));
    expect(index).toBeGreaterThan(0);
    const afterTable = written.document.indexOf('注：1. 本表反映单位本年度的总收支') > written.document.indexOf('8,683.15');
    expect(afterTable).toBe(true);
  });
});

describe('writePublicationDocx: Part 5 forms', () => {
  it('writes title, captions, the merged grid and the notes', () => {
    const table = tableWith('项目预算执行情况（10分）');
    const rows = rowsOf(table);
    expect(gridColumnCount(table)).toBe(9);
    const first = cellColumns(rows[2] ?? '')[0];
    expect(first?.cell).toBeDefined();
    expect(vMergeOf(first?.cell ?? '')).toBe('restart');
    expect(gridSpanOf(first?.cell ?? '')).toBe(2);
    for (const index of [3, 4, 5, 6]) {
      const [covered] = cellColumns(rows[index] ?? '');
      expect(vMergeOf(covered?.cell ?? ''), `row ${index}`).toBe('continue');
      expect(gridSpanOf(covered?.cell ?? '')).toBe(2);
    }
    expect(cellsOf(rows[3] ?? '').slice(1).map(textOf)).toEqual(['年度资金总额', '890', '890', '736.85', '10', '82.79%', '8.38']);
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([true, true, false, false, false, false, false, false, false]);
    const text = textOf(written.document);
    expect(text).toContain('市级预算项目支出绩效自评表（ 2024 年度 ）单位：万元');
    for (const note of FORM_NOTES) expect(text).toContain(note);
  });
});
