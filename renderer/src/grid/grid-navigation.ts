// Moving around the edit grid as in a spreadsheet: arrows, Tab, Home/End, ranges. Positions under a
// merged label resolve to the label's own position.
import type { EditGrid } from './edit-layout';

export interface Position {
  readonly row: number;
  readonly column: number;
}

export interface Selection {
  readonly anchor: Position;
  readonly focus: Position;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnCount(grid: EditGrid): number {
  return grid.rows[0]?.cells.length ?? grid.columnWidths.length;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function isCovered(grid: EditGrid, position: Position): boolean {
  return grid.rows[position.row]?.cells[position.column]?.kind === 'covered';
}

/** The position that shows a covered one: the merged label to its left. */
export function originOf(grid: EditGrid, position: Position): Position {
  let column = position.column;
  while (column > 0 && isCovered(grid, { row: position.row, column })) column -= 1;
  return { row: position.row, column };
}

/** One step in a direction; steps over positions covered by a merged label. */
export function move(grid: EditGrid, from: Position, rows: number, columns: number): Position {
  const lastRow = Math.max(0, grid.rows.length - 1);
  const lastColumn = Math.max(0, columnCount(grid) - 1);
  let next = { row: clamp(from.row + rows, 0, lastRow), column: clamp(from.column + columns, 0, lastColumn) };
  if (columns !== 0) {
    while (isCovered(grid, next) && next.column > 0 && next.column < lastColumn) next = { ...next, column: next.column + Math.sign(columns) };
    if (isCovered(grid, next)) next = originOf(grid, next);
  } else {
    next = originOf(grid, next);
  }
  return next;
}

export function rectOf(selection: Selection): Rect {
  return {
    top: Math.min(selection.anchor.row, selection.focus.row),
    bottom: Math.max(selection.anchor.row, selection.focus.row),
    left: Math.min(selection.anchor.column, selection.focus.column),
    right: Math.max(selection.anchor.column, selection.focus.column),
  };
}

export function inRect(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

export function single(position: Position): Selection {
  return { anchor: position, focus: position };
}

/** Every position of a rectangle, row by row. */
export function positionsOf(rect: Rect): Position[] {
  const out: Position[] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) for (let column = rect.left; column <= rect.right; column += 1) out.push({ row, column });
  return out;
}
