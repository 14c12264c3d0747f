// Places the cells of a form grid (Part 5) on columns. A grid row lists only the cells that start in
// it, as an HTML table does: a position covered by a cell merged down from a row above is skipped.
import type { GridCell } from '../../publication/model';
import { emWidth } from './column-widths';

export interface PlacedCell {
  /** Absent for a filler cell that closes a row shorter than the grid. */
  readonly cell: GridCell | undefined;
  readonly column: number;
  readonly columnSpan: number;
  readonly rowSpan: number;
}

export interface PlacedGrid {
  readonly columnCount: number;
  /** Per row, the cells that start in it (fillers included), left to right. */
  readonly rows: readonly (readonly PlacedCell[])[];
}

function span(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && value > 1 ? value : 1;
}

export function placeGrid(rows: readonly (readonly GridCell[])[]): PlacedGrid {
  const occupied = rows.map(() => new Set<number>());
  const starts: PlacedCell[][] = rows.map(() => []);
  let columnCount = 0;
  rows.forEach((cells, rowIndex) => {
    const taken = occupied[rowIndex] ?? new Set<number>();
    let column = 0;
    for (const cell of cells) {
      while (taken.has(column)) column += 1;
      const columnSpan = span(cell.colSpan);
      const rowSpan = Math.min(span(cell.rowSpan), rows.length - rowIndex);
      starts[rowIndex]?.push({ cell, column, columnSpan, rowSpan });
      for (let r = rowIndex; r < rowIndex + rowSpan; r += 1) {
        for (let c = column; c < column + columnSpan; c += 1) occupied[r]?.add(c);
      }
      column += columnSpan;
      columnCount = Math.max(columnCount, column);
    }
  });
  for (const taken of occupied) columnCount = Math.max(columnCount, ...[...taken].map((c) => c + 1));
  // Close short rows with empty cells so that every row covers every column.
  const placed = starts.map((cells, rowIndex) => {
    const taken = occupied[rowIndex] ?? new Set<number>();
    const fillers: PlacedCell[] = [];
    for (let column = 0; column < columnCount; column += 1) {
      if (!taken.has(column)) fillers.push({ cell: undefined, column, columnSpan: 1, rowSpan: 1 });
    }
    return [...cells, ...fillers].sort((a, b) => a.column - b.column);
  });
  return { columnCount, rows: placed };
}

const MIN_COLUMN_EM = 2.5;
const MAX_COLUMN_EM = 12;

/**
 * Column widths from the single-column cells (long texts wrap, so they are capped), in characters
 * with a Chinese character counting two, as TableGrid.columnWidths.
 */
export function estimateColumnWidths(grid: PlacedGrid): number[] {
  const widths = Array.from({ length: grid.columnCount }, () => MIN_COLUMN_EM);
  for (const row of grid.rows) {
    for (const placed of row) {
      if (placed.cell === undefined || placed.columnSpan !== 1) continue;
      const longestLine = Math.max(...placed.cell.text.split('\n').map(emWidth));
      const current = widths[placed.column] ?? MIN_COLUMN_EM;
      widths[placed.column] = Math.max(current, Math.min(MAX_COLUMN_EM, longestLine + 1));
    }
  }
  return widths.map((em) => em * 2);
}
