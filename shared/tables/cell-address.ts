// Cell addresses are typed values built here and nowhere else (ARCHITECTURE §8).
import { z } from 'zod';

export const FINAL_ACCOUNT_TABLE_IDS = ['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09'] as const;
export const tableIdSchema = z.enum(FINAL_ACCOUNT_TABLE_IDS);
export type TableId = z.infer<typeof tableIdSchema>;

/** Row key of the 合计 row of a 科目 table. */
export const TOTAL_ROW = 'TOTAL';

export interface CellAddress {
  readonly table: TableId;
  /** 行次 (01, 04), 科目编码 or TOTAL (科目 tables), economic code or a total id (06), "1" (09). */
  readonly row: string;
  /** 栏次 as c1, c2 … */
  readonly column: string;
}

/** A reference inside a template formula; `byCode` rows are looked up by their 科目编码. */
export interface CellRef {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
  readonly byCode: boolean;
  readonly negate: boolean;
  /** `*` in a rule that is checked once per row. */
  readonly wildcard: boolean;
}

export function cellKey(address: CellAddress): string {
  return `${address.table}[${address.row}].${address.column}`;
}

export function cellAddress(table: TableId, row: string, column: string): CellAddress {
  return { table, row, column };
}

const REF_PATTERN = /^(-)?(FA\d\d)?\[(#)?([^\]]+)\]\.(c\d+)$/;

/**
 * Parses "FA03[201].c1", "[27].c1" (same table), "FA04[#201].c3" (row by code), "-FA04[29].c1",
 * "FA05[*].c1" (per-row rules). Throws with a Chinese message naming the reference.
 */
export function parseCellRef(text: string, currentTable?: TableId): CellRef {
  const match = REF_PATTERN.exec(text.trim());
  if (!match) throw new Error(`模板中的单元格引用“${text}”格式不正确`);
  const [, minus, tableText, hash, row = '', column = ''] = match;
  const named = tableText === undefined ? undefined : tableIdSchema.safeParse(tableText);
  if (named && !named.success) throw new Error(`模板中的单元格引用“${text}”的表号 ${tableText} 不存在`);
  const table = named ? named.data : currentTable;
  if (table === undefined) throw new Error(`模板中的单元格引用“${text}”缺少表号`);
  return { table, row, column, byCode: hash === '#', negate: minus === '-', wildcard: row === '*' };
}

export function formatCellRef(ref: CellRef): string {
  return `${ref.negate ? '-' : ''}${ref.table}[${ref.byCode ? '#' : ''}${ref.row}].${ref.column}`;
}

/** The printed table number: FA03 → 03 (used by the CLI and in messages as 公开03表). */
export function tableNumber(table: TableId): string {
  return table.slice(2);
}

export function tableLabel(table: TableId): string {
  return `公开${tableNumber(table)}表`;
}
