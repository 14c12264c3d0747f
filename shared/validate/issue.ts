// An issue found by validation: where it is, how bad, and what the officer should know.
import { formatMessageAmount, type Amount } from '../money/money';
import { tableLabel, type CellAddress, type TableId } from '../tables/cell-address';
import type { DerivedReport } from '../derive/derived-model';
import type { Severity } from './rule-definition';
import type { ColumnDefinition } from '../tables/definition';

export type IssueLocation =
  | { readonly kind: 'cell'; readonly table: TableId; readonly row: string; readonly column?: string }
  | { readonly kind: 'section'; readonly section: string; readonly field?: string };

export interface Issue {
  /** The rule id (R01.5, X03.2, CAT.UNKNOWN …). */
  readonly id: string;
  /** error: cannot be published; warning: explain or fix; info: stated for the record (尾数). */
  readonly severity: Severity;
  readonly message: string;
  readonly location: IssueLocation;
}

export function cellLocation(address: CellAddress): IssueLocation {
  return { kind: 'cell', table: address.table, row: address.row, column: address.column };
}

const ownHeader = (column: ColumnDefinition): string => (column.header.at(-1) ?? '').replace(/\s/g, '');

/**
 * A column as messages name it: its own header line; where no 栏次 is printed and that line repeats
 * (budget 三公: 小计 under both years), with the groups above it. Year placeholders read 上年 / 本年.
 */
function columnName(columns: readonly ColumnDefinition[], column: ColumnDefinition): string {
  const own = ownHeader(column);
  const repeated = column.no === undefined && columns.filter((c) => ownHeader(c) === own).length > 1;
  const text = repeated ? column.header.map((part) => part.replace(/\s/g, '')).join('·') : own;
  return text.replaceAll('{priorYear}', '上').replaceAll('{year}', '本');
}

/** "公开03表“2010301 行政运行”行第2栏“基本支出”" — how a cell is named in every message. */
export function describeCell(report: DerivedReport, address: CellAddress): string {
  const table = report.tables.get(address.table);
  const row = table?.row(address.row);
  const column = table?.definition.columns.find((c) => c.key === address.column);
  const rowName = row ? (row.code !== undefined ? `${row.code} ${row.label}` : row.label || `第${address.row}行`) : address.row;
  const numbered = table?.definition.kind === 'fixed' && row?.code === undefined && /^\d+$/.test(address.row);
  const rowPart = numbered ? (row?.label ? `第${address.row}行“${rowName}”` : `第${address.row}行`) : `“${rowName}”行`;
  const header = column && table ? columnName(table.definition.columns, column) : undefined;
  const columnPart = column ? `${column.no !== undefined ? `第${column.no}栏` : ''}“${header ?? ''}”` : '';
  return `${tableLabel(address.table)}${rowPart}${columnPart}`;
}

export function formatDifference(expected: Amount, actual: Amount): string {
  return `应为 ${formatMessageAmount(expected)}，实为 ${formatMessageAmount(actual)}，相差 ${formatMessageAmount(actual.minus(expected).abs())} 万元`;
}
