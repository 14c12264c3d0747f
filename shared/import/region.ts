// What the table readers share: the region of a sheet a table occupies, the rows they return, amounts
// read from cells with messages that name file / sheet / cell, and the header paths of columns.
import { Decimal, parseAmountInput, type Amount } from '../money/money';
import { tableLabel, type TableId } from '../tables/cell-address';
import type { TableDefinition } from '../tables/definition';
import { ImportFailure } from './import-types';
import type { SheetGrid } from './sheet-grid';
import { cellRef, columnLetters, headerWord, isNoteText, isYearGroupHeader, normalizeText, unitInText } from './text-match';
import { COLUMN_NO_HEADERS } from './table-words';

export interface Region {
  readonly file: string;
  readonly grid: SheetGrid;
  readonly table: TableId;
  readonly definition: TableDefinition;
  /** First and last row of the region (inclusive). */
  readonly top: number;
  readonly bottom: number;
  /** Rows holding the title / 公开0N表 label, never header or body. */
  readonly anchorRows: ReadonlySet<number>;
}

export interface ReadCell {
  readonly amount: Amount;
  /** A1 reference of the cell the amount came from. */
  readonly ref: string;
}

export interface ReadRow {
  /** Row key: 科目编码 / TOTAL (科目 tables) or the definition's row key (fixed tables). */
  readonly key: string;
  readonly name?: string;
  /** Where the row's label or code stands. */
  readonly ref: string;
  readonly cells: ReadonlyMap<string, ReadCell>;
  /** Paired 科目 tables: the 政府 economic code printed beside the row's own code. */
  readonly pairedCode?: string;
  /** List tables: text cells by text-column key (t1 = 项目类别). */
  readonly texts?: Readonly<Record<string, string>>;
}

export interface ReadTable {
  readonly rows: readonly ReadRow[];
  /** Definition columns the sheet has a column for (a blank cell there is a printed zero). */
  readonly columns: readonly string[];
  /** The sheet's header path over each of those columns (how well the header words fit). */
  readonly headers: ReadonlyMap<string, readonly string[]>;
  /** Rows and columns the table occupies, from its first header row to its last body row. */
  readonly headerTop: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** The amount unit named in a header ("金额（元）"), if any. */
  readonly headerUnit?: 'yuan' | 'wanYuan';
  readonly ignored: readonly string[];
  readonly warnings: readonly string[];
}

/** "文件“a.xlsx”工作表“公开02表”单元格 D12" — how every message locates a cell. */
export function where(region: Pick<Region, 'file' | 'grid'>, row: number, column: number): string {
  return `文件“${region.file}”工作表“${region.grid.name}”单元格 ${cellRef(row, column)}`;
}

/** Region rows that hold content and are not title/label rows, from `from` on. */
export function contentRows(region: Region, from = region.top): number[] {
  return region.grid.rows.filter((r) => r >= from && r <= region.bottom && !region.anchorRows.has(r));
}

/** Rounds away binary noise of numbers stored in the workbook (0.30000000000000004 → 0.3). */
function numberToAmount(value: number): Amount {
  return new Decimal(String(value)).toDecimalPlaces(6);
}

/**
 * The amount in a cell: numbers as stored, text as typed ("1,234.50", full-width digits, "-" and blank
 * for zero). Anything else fails with code badAmount naming the cell and what it should hold.
 */
export function readAmount(region: Region, row: number, column: number, describe: () => string): Amount | undefined {
  const cell = region.grid.cell(row, column);
  if (cell === undefined || cell.covered) return undefined;
  if (cell.number !== undefined) return numberToAmount(cell.number);
  if (cell.uncomputed === true) {
    throw new ImportFailure(
      'badAmount',
      `${where(region, row, column)}是公式，但工作簿中没有保存它的计算结果（${tableLabel(region.table)}${describe()}），无法得知金额。请在 Excel 或 WPS 中打开该文件、保存后再导入。`,
    );
  }
  const text = cell.text.trim();
  if (text === '') return undefined;
  const parsed = parseAmountInput(text);
  if (parsed === undefined) {
    throw new ImportFailure(
      'badAmount',
      `${where(region, row, column)}：“${text.slice(0, 40)}”不是金额（${tableLabel(region.table)}${describe()}）。请改为数字（可带千位分隔符）或留空后再导入。`,
    );
  }
  return parsed;
}

/** "第2栏“财政拨款收入”" for messages. */
export function describeColumn(definition: TableDefinition, key: string): string {
  const column = definition.columns.find((c) => c.key === key);
  if (column === undefined) return key;
  const header = (column.header.at(-1) ?? '').replace(/\s/g, '');
  return `${column.no !== undefined ? `第${column.no}栏` : ''}“${header}”`;
}

export interface HeaderArea {
  /** Own-header path of each column (group headers first), normalised, without the 栏次 row. */
  readonly paths: ReadonlyMap<number, readonly string[]>;
  /** 栏次 printed under each column, when the header has a 栏次 row. */
  readonly columnNumbers: ReadonlyMap<number, number>;
  readonly columnNoRow?: number;
  readonly unit?: 'yuan' | 'wanYuan';
}

/** A 栏次 row: "栏 次" and/or numbers 1, 2, 3 … in ascending order. */
export function columnNumbersOf(grid: SheetGrid, row: number): Map<number, number> | undefined {
  const numbers = new Map<number, number>();
  let hasLabel = false;
  let other = 0;
  for (const column of grid.columns(row)) {
    const text = normalizeText(grid.text(row, column));
    if (text === '') continue;
    if (COLUMN_NO_HEADERS.has(text)) hasLabel = true;
    else if (/^\d{1,2}$/.test(text)) numbers.set(column, Number(text));
    else other += 1;
  }
  const values = [...numbers.values()];
  const ascending = values.every((n, i) => i === 0 || n > (values[i - 1] ?? 0));
  if (other > 0 || numbers.size === 0 || !ascending) return undefined;
  if (!hasLabel && (numbers.size < 2 || !values.includes(1))) return undefined;
  return numbers;
}

export function headerArea(grid: SheetGrid, rows: readonly number[], firstColumn: number, lastColumn: number): HeaderArea {
  let columnNoRow: number | undefined;
  let columnNumbers = new Map<number, number>();
  for (const row of rows) {
    const numbers = columnNumbersOf(grid, row);
    if (numbers !== undefined) {
      columnNoRow = row;
      columnNumbers = numbers;
    }
  }
  const paths = new Map<number, string[]>();
  let unit: 'yuan' | 'wanYuan' | undefined;
  for (let column = firstColumn; column <= lastColumn; column += 1) {
    const path: string[] = [];
    for (const row of rows) {
      if (row === columnNoRow) continue;
      const shown = grid.shown(row, column);
      unit ??= unitInText(shown);
      const word = headerWord(shown);
      if (word !== '' && path.at(-1) !== word) path.push(word);
    }
    paths.set(column, path);
  }
  return { paths, columnNumbers, ...(columnNoRow !== undefined ? { columnNoRow } : {}), ...(unit !== undefined ? { unit } : {}) };
}

/** First and last column with content in the given rows. */
export function columnSpan(grid: SheetGrid, rows: readonly number[]): { first: number; last: number } | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const row of rows) {
    for (const column of grid.columns(row)) {
      if (grid.shown(row, column).trim() === '') continue;
      first = Math.min(first, column);
      last = Math.max(last, column);
    }
  }
  return last === 0 ? undefined : { first, last };
}

/** The first non-empty own text of a row (for notes under the table). */
export function firstText(grid: SheetGrid, row: number): { column: number; text: string } | undefined {
  for (const column of grid.columns(row)) {
    const text = grid.shown(row, column).trim();
    if (text !== '') return { column, text };
  }
  return undefined;
}

const CAPTION = /^(?:编制)?(?:单位|部门)(?:\(单位\))?(?:名称)?[:：]|金额单位|^公开表?0?\d表?$|^\(?(?:单位|金额)[:：]?(?:万元|元)\)?$/;

/** A caption line (单位/部门, 金额单位, 公开0N表, a year heading) rather than a header row. */
export function isCaptionRow(grid: SheetGrid, row: number): boolean {
  const texts = grid.columns(row).map((c) => normalizeText(grid.text(row, c))).filter((t) => t !== '');
  return texts.length > 0 && texts.some((t) => CAPTION.test(t) || (/^(?:19|20)\d{2}年度?/.test(t) && !isYearGroupHeader(t)));
}

export function isNoteRow(grid: SheetGrid, row: number): boolean {
  const first = firstText(grid, row);
  return first !== undefined && isNoteText(first.text);
}

/** "表下注释（第 40–41 行）" and other ignored-content notes. */
export function rowsNote(what: string, rows: readonly number[]): string {
  if (rows.length === 0) return what;
  const first = rows[0];
  const last = rows.at(-1);
  return `${what}（第 ${first === last ? `${first}` : `${first}–${last}`} 行）`;
}

/** Definition column key → header path of the sheet column mapped to it. */
export function mappedHeaders(mapped: ReadonlyMap<number, string>, paths: ReadonlyMap<number, readonly string[]>): Map<string, readonly string[]> {
  return new Map([...mapped].map(([column, key]) => [key, paths.get(column) ?? []]));
}

export function columnNote(column: number, path: readonly string[]): string {
  return path.length > 0 ? `第 ${columnLetters(column)} 列（表头“${path.join('/')}”）未对应本表的任何栏，未导入` : `第 ${columnLetters(column)} 列没有表头，未导入`;
}
