import { describe, expect, it } from 'vitest';
import { cellFontPoints, emWidth, fitWidths, scaleWidths } from '../../../../shared/export/docx/column-widths';
import { chineseNumber, tocEntries } from '../../../../shared/export/docx/cover-and-toc';
import { estimateColumnWidths, placeGrid } from '../../../../shared/export/docx/grid-layout';
import { mmToTwips, textWidthTwips } from '../../../../shared/export/docx/page-setup';
import { FIXTURE_PUBLICATION, FIXTURE_TABLES, FORM_ROWS } from './publication-fixture';

describe('placeGrid (form rows list only the cells that start in them)', () => {
  it('skips positions covered from above and finds the column count', () => {
    const grid = placeGrid(FORM_ROWS);
    expect(grid.columnCount).toBe(9);
    expect(grid.rows[2]?.[0]).toMatchObject({ column: 0, columnSpan: 2, rowSpan: 5 });
    // Rows 3–6 start at column 2: columns 0–1 are covered by 项目预算执行情况（10分）.
    for (const row of grid.rows.slice(3, 7)) expect(row.map((cell) => cell.column)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(grid.rows[8]?.map((cell) => [cell.column, cell.columnSpan])).toEqual([
      [2, 4],
      [6, 3],
    ]);
  });

  it('closes short rows with filler cells and clamps spans that run past the last row', () => {
    const grid = placeGrid([[{ text: 'A', rowSpan: 5 }, { text: 'B' }, { text: 'C' }], [{ text: 'D' }]]);
    expect(grid.columnCount).toBe(3);
    expect(grid.rows[0]?.[0]?.rowSpan).toBe(2);
    expect(grid.rows[1]?.map((cell) => [cell.column, cell.cell?.text])).toEqual([
      [1, 'D'],
      [2, undefined],
    ]);
  });

  it('estimates widths from single-column cells, capping long texts', () => {
    const widths = estimateColumnWidths(placeGrid([[{ text: '序号' }, { text: '项目名称很长很长很长很长很长很长很长很长很长' }, { text: '890' }]]));
    expect(widths).toEqual([6, 24, 5]);
  });
});

describe('column widths', () => {
  it('scales relative widths to whole twips that add up to the text width', () => {
    const widths = scaleWidths([32, 5, 14, 32, 5, 14], 8844);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(widths[0]).toBe(Math.floor((32 / 102) * 8844));
  });

  it('gives short columns their minimum and shares the rest in proportion', () => {
    const widths = fitWidths([30, 2, 30], [0, 1000, 0], 6000);
    expect(widths).toEqual([2500, 1000, 2500]);
    expect(fitWidths([1, 1], [5000, 5000], 6000)).toEqual([3000, 3000]);
  });

  it('chooses 五号 for tables that fit and 小五 for wide ones', () => {
    expect(cellFontPoints(60, textWidthTwips('portrait'))).toBe(10.5);
    expect(cellFontPoints(102, textWidthTwips('portrait'))).toBe(9);
    expect(emWidth('2024年度')).toBe(4);
  });

  it('measures the GB/T 9704 text block', () => {
    expect(mmToTwips(37)).toBe(2098);
    expect(textWidthTwips('portrait')).toBe(mmToTwips(156));
    expect(textWidthTwips('landscape')).toBe(mmToTwips(225));
  });
});

describe('目录 entries', () => {
  it('counts in Chinese numerals', () => {
    expect([1, 9, 10, 11, 12, 20, 21].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '十二', '二十', '二十一']);
  });

  it('lists parts, numbered table titles and level-1 headings', () => {
    const entries = tocEntries(FIXTURE_PUBLICATION, FIXTURE_TABLES);
    expect(entries.filter((entry) => entry.level === 1).map((entry) => entry.text)).toEqual([
      '第一部分 单位概况',
      '第二部分 2024年度单位决算表',
      '第三部分 2024年度单位决算情况说明',
      '第四部分 名词解释',
      '第五部分 附 件',
    ]);
    expect(entries).toContainEqual({ level: 2, text: '二、财政拨款“三公”经费支出决算表' });
    expect(entries.some((entry) => entry.text.startsWith('（一）'))).toBe(false);
  });
});
