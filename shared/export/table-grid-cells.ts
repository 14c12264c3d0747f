// Building blocks shared by the table-grid layouts: cell constructors, a placement matrix for merged
// header cells, amount cells and the caption texts taken from the table definition.
import { formatTableAmount, roundForDisplay, type Amount } from '../money/money';
import type { DerivedRow, DerivedTable } from '../derive/derived-model';
import type { ColumnDefinition } from '../tables/definition';
import type { TableGridCell } from './table-grid-model';

export type ScopeWord = '单位' | '部门';

export interface TableGridOptions {
  readonly scopeWord: ScopeWord;
  /** 单位：烟台市人民政府办公室本级 | 部门：聊城市政府办公室（汇总） */
  readonly ownerLine: string;
  /** The report year, for {year} / {priorYear} in headers and notes (budget tables). */
  readonly year?: number;
  /** Replaces 金额单位：万元 (the budget tables print 单位：万元). */
  readonly amountUnitLine?: string;
  /** False where the report prints no table number line (the budget tables carry their title only). */
  readonly printNumber?: boolean;
}

/** Rows and widths a layout builder produces; table-grid.ts adds the captions. */
export interface GridLayout {
  readonly header: readonly (readonly TableGridCell[])[];
  readonly body: readonly (readonly TableGridCell[])[];
  readonly columnWidths: readonly number[];
}

/** Column widths in characters (a Chinese character counts two). */
export const WIDTH = { code: 10, name: 30, lineLabel: 32, rowNo: 5, amount: 14 } as const;

const MAX_AMOUNT_WIDTH = 25;

/**
 * Width of an amount column: wide enough for its own header on one line when that stays moderate
 * (一般公共预算财政拨款), otherwise the header wraps.
 */
export function amountColumnWidth(header: readonly string[]): number {
  const text = header.at(-1) ?? '';
  const characters = [...text].reduce((total, char) => total + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return characters + 1 <= MAX_AMOUNT_WIDTH ? Math.max(WIDTH.amount, characters + 1) : WIDTH.amount;
}

export const COVERED: TableGridCell = { text: '', kind: 'blank', covered: true };
export const BLANK: TableGridCell = { text: '', kind: 'blank' };
/** 栏 次 as printed in the numbering row. */
export const COLUMN_NO_LABEL = '栏 次';

export function headerCell(text: string): TableGridCell {
  return { text, kind: 'header' };
}

export function labelCell(text: string): TableGridCell {
  return { text, kind: 'label' };
}

/** A cell followed by the positions it covers to its right. */
export function spanned(cell: TableGridCell, colSpan: number): TableGridCell[] {
  if (colSpan <= 1) return [cell];
  return [{ ...cell, colSpan }, ...Array.from({ length: colSpan - 1 }, () => COVERED)];
}

/** Published amount: rounded to 0.01 万元, zero printed blank (the cell stays an amount cell). */
export function amountCell(value: Amount | undefined): TableGridCell {
  if (value === undefined) return { text: '', kind: 'amount' };
  const rounded = roundForDisplay(value);
  if (rounded.isZero()) return { text: '', kind: 'amount' };
  return { text: formatTableAmount(value), kind: 'amount', amount: rounded.toFixed(2) };
}

/** Whether a value prints as a figure; a value that rounds to 0.00 prints blank like zero. */
export function printsNonZero(value: Amount | undefined): boolean {
  return value !== undefined && !roundForDisplay(value).isZero();
}

/** True when some cell of the table prints a figure (decides between note and no-data note). */
export function tableHasData(table: DerivedTable): boolean {
  return table.rows.some((row) => [...row.cells.values()].some((cell) => printsNonZero(cell.value)));
}

/** The note under the table; 07, 08 and 09 replace it when the table prints no figure. */
export function tableNotes(table: DerivedTable, scopeWord: ScopeWord): string[] {
  const { note, noDataNote } = table.definition;
  const text = noDataNote !== undefined && !tableHasData(table) ? noDataNote : note;
  return text === undefined ? [] : [text.replaceAll('{scopeWord}', scopeWord)];
}

export function columnNumberCell(column: ColumnDefinition): TableGridCell {
  return { text: column.no === undefined ? '' : String(column.no), kind: 'columnNo' };
}

/** A rows × columns matrix that merged cells are placed into; unset positions end up blank. */
export interface PlacementMatrix {
  readonly place: (row: number, column: number, cell: TableGridCell, rowSpan?: number, colSpan?: number) => void;
  readonly rows: () => TableGridCell[][];
}

export function placementMatrix(rowCount: number, columnCount: number): PlacementMatrix {
  const slots: (TableGridCell | undefined)[][] = Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => undefined));
  const put = (row: number, column: number, cell: TableGridCell): void => {
    const line = slots[row];
    if (line === undefined || column < 0 || column >= columnCount) throw new Error(`表格布局错误：位置 ${row}/${column} 超出范围`);
    if (line[column] !== undefined) throw new Error(`表格布局错误：位置 ${row}/${column} 重复放置`);
    line[column] = cell;
  };
  return {
    place: (row, column, cell, rowSpan = 1, colSpan = 1) => {
      const spans = { ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}) };
      put(row, column, { ...cell, ...spans });
      for (let r = row; r < row + rowSpan; r += 1) {
        for (let c = column; c < column + colSpan; c += 1) if (r !== row || c !== column) put(r, c, COVERED);
      }
    },
    rows: () => slots.map((line) => line.map((cell) => cell ?? BLANK)),
  };
}

function samePrefix(a: readonly string[], b: readonly string[], length: number): boolean {
  for (let i = 0; i < length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Places column headers given as paths (top group → own header) into `rows` header rows from
 * (top, left): equal adjacent prefixes merge across, and a path's last element spans down to the
 * last header row (so a single-element path spans them all).
 */
export function placeColumnHeaders(matrix: PlacementMatrix, top: number, left: number, rows: number, paths: readonly (readonly string[])[]): void {
  for (let level = 0; level < rows; level += 1) {
    let i = 0;
    while (i < paths.length) {
      const path = paths[i] ?? [];
      const text = path[level];
      if (text === undefined) {
        i += 1; // covered by the vertical span of a shorter path
        continue;
      }
      const leaf = level === path.length - 1 || level === rows - 1;
      let end = i + 1;
      while (end < paths.length) {
        const next = paths[end] ?? [];
        const nextLeaf = level === next.length - 1 || level === rows - 1;
        if (next.length <= level || nextLeaf !== leaf || !samePrefix(path, next, level + 1)) break;
        end += 1;
      }
      matrix.place(top + level, left + i, headerCell(text), leaf ? rows - level : 1, end - i);
      i = end;
    }
  }
}

export function headerDepth(paths: readonly (readonly string[])[]): number {
  return Math.max(1, ...paths.map((path) => path.length));
}

/** Finds a row of the derived table; a layout naming a missing row is a template error. */
export function requireRow(table: DerivedTable, key: string): DerivedRow {
  const row = table.row(key);
  if (row === undefined) throw new Error(`模板错误：${table.id} 的版式引用了不存在的行 ${key}`);
  return row;
}
