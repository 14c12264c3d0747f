// One of the nine tables from its TableGrid: caption block, the table, its notes
// (document-format.md §6.1, §6.2).
import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, Tab, Table, TableRow, TabStopType, TextRun, type FileChild, type TableCell } from 'docx';
import type { TableId } from '../../tables/cell-address';
import type { TableGrid, TableGridCell } from '../table-grid-model';
import { FONT_FACES, POINTS, fontOf, halfPoints, pointsToTwips } from './fonts';
import { textWidthTwips } from './page-setup';
import { cellFontPoints, columnTwipsFor, fitWidths, longestLineEm, spannedWidth } from './column-widths';
import { CELL_SIDE_MARGIN, tableCell, tableOptions, type CellAlign } from './table-cells';
import { textRuns } from './text-blocks';

export function gridFor(tables: ReadonlyMap<TableId, TableGrid>, id: TableId): TableGrid {
  const grid = tables.get(id);
  if (grid === undefined) throw new Error(`导出 Word 文档时缺少${id}表的表格数据`);
  return grid;
}

const CAPTION_SIZE = halfPoints(POINTS.xiaoSi);

/** Table title: a Heading 2 (the 目录 lists it) set centred in 黑体 小二. */
export function tableTitle(title: string, pageBreakBefore: boolean, inToc: boolean): Paragraph {
  return new Paragraph({
    heading: inToc ? HeadingLevel.HEADING_2 : undefined,
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0, firstLineChars: 0 },
    spacing: { line: pointsToTwips(28), lineRule: LineRuleType.EXACT, before: 0, after: pointsToTwips(6) },
    keepNext: true,
    keepLines: true,
    pageBreakBefore,
    children: textRuns(title, FONT_FACES.heiTi, halfPoints(POINTS.xiaoEr)),
  });
}

/** A caption line (宋体 小四) kept with the table. */
export function captionLine(text: string, align: CellAlign): Paragraph {
  const alignment = align === 'left' ? AlignmentType.LEFT : align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
  return new Paragraph({ alignment, keepNext: true, children: textRuns(text, FONT_FACES.songTi, CAPTION_SIZE) });
}

/** Owner line on the left, 金额单位：万元 on the right (a right tab stop at the text edge). */
function ownerAndUnitLine(grid: TableGrid, textWidth: number): Paragraph {
  const run = { font: fontOf(FONT_FACES.songTi), size: CAPTION_SIZE };
  return new Paragraph({
    keepNext: true,
    tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
    spacing: { after: pointsToTwips(2) },
    children: [
      new TextRun({ ...run, text: grid.ownerLine }),
      new TextRun({ ...run, children: [new Tab(), grid.amountUnitLine] }),
    ],
  });
}

/** Notes under a table or form, 宋体 at the table's size. */
export function noteParagraphs(notes: readonly string[], size: number): Paragraph[] {
  return notes.map(
    (note, index) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: index === 0 ? pointsToTwips(4) : 0 },
        children: textRuns(note, FONT_FACES.songTi, size),
      }),
  );
}

function alignOf(cell: TableGridCell): CellAlign {
  switch (cell.kind) {
    case 'header':
    case 'columnNo':
    case 'rowNo':
      return 'center';
    case 'amount':
      return 'right';
    case 'label':
    case 'code':
    case 'blank':
      return 'left';
  }
}

/** One row: covered positions (merged from the left or from above) are left out. */
function gridRow(cells: readonly TableGridCell[], widths: readonly number[], size: number, header: boolean): TableRow {
  const children: TableCell[] = [];
  for (const [column, cell] of cells.entries()) {
    if (cell.covered === true) continue;
    const columnSpan = cell.colSpan ?? 1;
    children.push(
      tableCell({
        text: cell.text,
        align: alignOf(cell),
        bold: cell.kind === 'header',
        size,
        columnSpan,
        rowSpan: cell.rowSpan ?? 1,
        width: spannedWidth(widths, column, columnSpan),
      }),
    );
  }
  return new TableRow({ children, tableHeader: header, cantSplit: true });
}

/** Short texts (行次, 金 额, 小计, codes) stay on one line; longer headers may wrap. */
const SHORT_TEXT_EM = 4;
const CODE_LEVEL_EM = 2;
/**
 * A 科目名称 column narrower than this many characters breaks every name over several lines
 * (收入总体情况表: twelve amount columns beside it), so such a table is set in 六号.
 */
const NAME_MIN_EM = 7;

/** Em a cell needs on one line: amounts never wrap, labels always may. */
function unbrokenEm(cell: TableGridCell): number {
  switch (cell.kind) {
    case 'amount':
      return longestLineEm(cell.text);
    case 'header':
    case 'columnNo':
    case 'rowNo':
      return Math.min(longestLineEm(cell.text), SHORT_TEXT_EM);
    case 'code':
      // A level column holds "201" or "03": room for two em, so three digits never break in a stand-in font.
      return Math.max(Math.min(longestLineEm(cell.text), SHORT_TEXT_EM), CODE_LEVEL_EM);
    case 'label':
    case 'blank':
      return 0;
  }
}

/** Minimum width of each column in twips, from its single-column cells. */
function minimumWidths(grid: TableGrid, points: number): number[] {
  const minimum = Array.from({ length: grid.columnCount }, () => 0);
  for (const row of [...grid.header, ...grid.body]) {
    row.forEach((cell, column) => {
      if (cell.covered === true || (cell.colSpan ?? 1) !== 1) return;
      const need = columnTwipsFor(unbrokenEm(cell), points, CELL_SIDE_MARGIN);
      minimum[column] = Math.max(minimum[column] ?? 0, need);
    });
  }
  return minimum;
}

/** Columns holding 科目名称 or row labels (single-column label cells of the body). */
function labelColumns(grid: TableGrid): number[] {
  const columns = new Set<number>();
  for (const row of grid.body) {
    row.forEach((cell, column) => {
      if (cell.kind === 'label' && cell.covered !== true && (cell.colSpan ?? 1) === 1 && cell.text !== '') columns.add(column);
    });
  }
  return [...columns];
}

/** Title, 公开0N表, owner and amount unit, the table (header rows repeat on every page), notes. */
export function tableGridChildren(grid: TableGrid, pageBreakBefore: boolean): FileChild[] {
  const textWidth = textWidthTwips(grid.landscape ? 'landscape' : 'portrait');
  const relative = grid.columnWidths.length === grid.columnCount ? grid.columnWidths : Array.from({ length: grid.columnCount }, () => 1);
  const preferred = cellFontPoints(relative.reduce((a, b) => a + b, 0), textWidth);
  const fitted = fitWidths(relative, minimumWidths(grid, preferred), textWidth);
  const crowded = preferred === POINTS.xiaoWu && labelColumns(grid).some((column) => (fitted[column] ?? 0) < columnTwipsFor(NAME_MIN_EM, preferred, CELL_SIDE_MARGIN));
  const points = crowded ? POINTS.liuHao : preferred;
  const widths = crowded ? fitWidths(relative, minimumWidths(grid, points), textWidth) : fitted;
  const size = halfPoints(points);
  const rows = [
    ...grid.header.map((cells) => gridRow(cells, widths, size, true)),
    ...grid.body.map((cells) => gridRow(cells, widths, size, false)),
  ];
  return [
    tableTitle(grid.title, pageBreakBefore, true),
    ...(grid.printNumber === false ? [] : [captionLine(grid.number, 'right')]),
    ownerAndUnitLine(grid, textWidth),
    new Table(tableOptions(rows, widths)),
    ...noteParagraphs(grid.notes, size),
  ];
}
