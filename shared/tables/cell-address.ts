// Cell addresses are typed values built here and nowhere else (ARCHITECTURE §8).
import { z } from 'zod';

export const FINAL_ACCOUNT_TABLE_IDS = ['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09'] as const;
/** The twelve 部门预算公开 tables in official order (budget-tables.md §1). */
export const BUDGET_TABLE_IDS = ['BG01', 'BG02', 'BG03', 'BG04', 'BG05', 'BG06', 'BG07', 'BG08', 'BG09', 'BG10', 'BG11', 'BG12'] as const;
export const TABLE_IDS = [...FINAL_ACCOUNT_TABLE_IDS, ...BUDGET_TABLE_IDS] as const;
export const tableIdSchema = z.enum(TABLE_IDS);
export type TableId = z.infer<typeof tableIdSchema>;
export type FinalAccountTableId = (typeof FINAL_ACCOUNT_TABLE_IDS)[number];
export type BudgetTableId = (typeof BUDGET_TABLE_IDS)[number];

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

const REF_PATTERN = /^(-)?((?:FA|BG)\d\d)?\[(#)?([^\]]+)\]\.(c\d+)$/;

/**
 * Parses "FA03[201].c1", "BG01[incomeGrandTotal].c1", "[27].c1" (same table), "FA04[#201].c3" (row by code), "-FA04[29].c1",
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

function isBudgetTable(table: TableId): table is BudgetTableId {
  return table.startsWith('BG');
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'] as const;

/**
 * Budget table titles as the seed's 目录 lists them (budget-tables.md §1). Messages name a budget table
 * by its title because the published budget tables carry no number (the templates' titles must agree,
 * which a test checks).
 */
const BUDGET_TABLE_TITLES: Readonly<Record<BudgetTableId, string>> = {
  BG01: '收支总体情况表',
  BG02: '收入总体情况表',
  BG03: '支出总体情况表',
  BG04: '财政拨款收支总体情况表',
  BG05: '一般公共预算支出情况表',
  BG06: '一般公共预算基本支出情况表',
  BG07: '一般公共预算“三公”经费支出情况表',
  BG08: '政府性基金预算支出情况表',
  BG09: '国有资本经营预算支出情况表',
  BG10: '基本支出预算情况表',
  BG11: '项目支出预算情况表',
  BG12: '政府采购预算情况表',
};

/** The table number as the report prints it: FA03 → 03 (公开03表); BG03 → 三 (目录 "三、支出总体情况表"). */
export function tableNumber(table: TableId): string {
  if (isBudgetTable(table)) return CHINESE_NUMBERS[Number(table.slice(2)) - 1] ?? table;
  return table.slice(2);
}

/** How messages name a table: 公开03表; a budget table by its title (支出总体情况表). */
export function tableLabel(table: TableId): string {
  if (isBudgetTable(table)) return BUDGET_TABLE_TITLES[table];
  return `公开${tableNumber(table)}表`;
}

/** The table field of `validate --json` (ARCHITECTURE §6): "01"…"09" for 决算 tables, "BG01"…"BG12" for budget tables. */
export function tableCode(table: TableId): string {
  return isBudgetTable(table) ? table : tableNumber(table);
}
