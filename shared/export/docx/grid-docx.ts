// A Part 5 form (绩效自评表, 汇总表): title, caption lines, the grid with its merges and repeated
// header rows, the numbered notes (document-format.md §8).
import { Table, TableRow, type FileChild, type TableCell } from 'docx';
import type { Block, GridCell } from '../../publication/model';
import { halfPoints } from './fonts';
import { estimateColumnWidths, placeGrid, type PlacedCell, type PlacedGrid } from './grid-layout';
import { textWidthTwips } from './page-setup';
import { cellFontPoints, columnTwipsFor, fitWidths, longestLineEm, spannedWidth } from './column-widths';
import { CELL_SIDE_MARGIN, tableCell, tableOptions, type CellAlign } from './table-cells';
import { captionLine, noteParagraphs, tableTitle } from './table-grid-docx';

type GridBlock = Extract<Block, { kind: 'grid' }>;

const NUMERIC = /^[-+]?[\d,.]+%?$|^[—–-]$/;

function defaultAlign(cell: GridCell, header: boolean): CellAlign {
  if (header || NUMERIC.test(cell.text.trim())) return 'center';
  return 'left';
}

function placedCell(placed: PlacedCell, widths: readonly number[], size: number, header: boolean): TableCell {
  const cell = placed.cell;
  return tableCell({
    text: cell?.text ?? '',
    align: cell === undefined ? 'left' : (cell.align ?? defaultAlign(cell, header)),
    bold: cell?.bold ?? header,
    size,
    columnSpan: placed.columnSpan,
    rowSpan: placed.rowSpan,
    width: spannedWidth(widths, placed.column, placed.columnSpan),
  });
}

/** Numbers and short labels stay on one line. */
function minimumWidths(grid: PlacedGrid, points: number): number[] {
  const minimum = Array.from({ length: grid.columnCount }, () => 0);
  for (const row of grid.rows) {
    for (const placed of row) {
      if (placed.cell === undefined || placed.columnSpan !== 1) continue;
      const text = placed.cell.text.trim();
      const em = NUMERIC.test(text) ? longestLineEm(text) : Math.min(longestLineEm(text), 4);
      minimum[placed.column] = Math.max(minimum[placed.column] ?? 0, columnTwipsFor(em, points, CELL_SIDE_MARGIN));
    }
  }
  return minimum;
}

export function gridChildren(block: GridBlock, pageBreakBefore: boolean): FileChild[] {
  const grid = placeGrid(block.rows);
  const textWidth = textWidthTwips(block.landscape === true ? 'landscape' : 'portrait');
  const relative = estimateColumnWidths(grid);
  const points = cellFontPoints(relative.reduce((a, b) => a + b, 0), textWidth);
  const widths = fitWidths(relative, minimumWidths(grid, points), textWidth);
  const size = halfPoints(points);
  const rows = grid.rows.map((cells, index) => {
    const header = index < block.headerRows;
    return new TableRow({
      children: cells.map((placed) => placedCell(placed, widths, size, header)),
      tableHeader: header,
      cantSplit: true,
    });
  });
  return [
    tableTitle(block.title, pageBreakBefore, false),
    ...block.captions.map((caption) => captionLine(caption.text, caption.align)),
    ...(rows.length === 0 ? [] : [new Table(tableOptions(rows, widths))]),
    ...noteParagraphs(block.notes, size),
  ];
}
