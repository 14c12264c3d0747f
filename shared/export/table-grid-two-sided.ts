// Two-sided tables (公开01表, 公开04表): income on the left, expenditure on the right, each side
// 项 目 | 行次 | amounts; one printed line per `layout.lines` pair (final-account-tables.md §3, §6).
import type { DerivedTable } from '../derive/derived-model';
import type { ColumnDefinition, FixedTableDefinition, TableLayout } from '../tables/definition';
import type { TableGridCell } from './table-grid-model';
import {
  amountCell,
  amountColumnWidth,
  BLANK,
  COLUMN_NO_LABEL,
  columnNumberCell,
  headerCell,
  headerDepth,
  labelCell,
  placeColumnHeaders,
  placementMatrix,
  requireRow,
  WIDTH,
  type GridLayout,
} from './table-grid-cells';

type TwoSided = Extract<TableLayout, { type: 'twoSided' }>;
type Side = TwoSided['sides'][number];

/** Left columns of a side: 项 目 and, where printed, 行次 (the budget tables print none). */
function stubColumns(side: Side): number {
  return side.rowNoHeader === undefined ? 1 : 2;
}

function sideColumns(definition: FixedTableDefinition, side: Side): ColumnDefinition[] {
  return side.columns.map((key) => {
    const column = definition.columns.find((c) => c.key === key);
    if (column === undefined) throw new Error(`模板错误：${definition.id} 的版式引用了不存在的栏 ${key}`);
    return column;
  });
}

/** Column header below the side title ("收 入" / "支 出" is printed once over the whole side). */
function pathBelowTitle(column: ColumnDefinition, side: Side): readonly string[] {
  const [first, ...rest] = column.header;
  return first === side.title && rest.length > 0 ? rest : column.header;
}

function twoSidedHeader(sides: readonly { side: Side; columns: ColumnDefinition[] }[]): TableGridCell[][] {
  const rows = 1 + Math.max(...sides.map(({ side, columns }) => headerDepth(columns.map((c) => pathBelowTitle(c, side)))));
  const width = sides.reduce((total, { side, columns }) => total + stubColumns(side) + columns.length, 0);
  // The budget tables print no 栏次 row.
  const numbered = sides.some(({ columns }) => columns.some((c) => c.no !== undefined));
  const matrix = placementMatrix(numbered ? rows + 1 : rows, width);
  let left = 0;
  for (const { side, columns } of sides) {
    const stub = stubColumns(side);
    matrix.place(0, left, headerCell(side.title), 1, stub + columns.length);
    matrix.place(1, left, headerCell(side.labelHeader), rows - 1);
    if (side.rowNoHeader !== undefined) matrix.place(1, left + 1, headerCell(side.rowNoHeader), rows - 1);
    placeColumnHeaders(
      matrix,
      1,
      left + stub,
      rows - 1,
      columns.map((c) => pathBelowTitle(c, side)),
    );
    if (numbered) {
      // 栏 次 stands in the 项 目 column; the 行次 column of the numbering row stays empty (as printed).
      matrix.place(rows, left, { text: COLUMN_NO_LABEL, kind: 'columnNo' });
      columns.forEach((column, i) => matrix.place(rows, left + stub + i, columnNumberCell(column)));
    }
    left += stub + columns.length;
  }
  return matrix.rows();
}

function sideCells(table: DerivedTable, definition: FixedTableDefinition, key: string | null, side: Side, columns: readonly ColumnDefinition[]): TableGridCell[] {
  if (key === null) return Array.from({ length: stubColumns(side) + columns.length }, () => BLANK);
  const row = requireRow(table, key);
  const amounts = columns.map((column) => amountCell(row.cells.get(column.key)?.value));
  if (side.rowNoHeader === undefined) return [labelCell(row.label), ...amounts];
  const printedNo = definition.rows.find((r) => r.key === key)?.rowNo;
  // Spacer rows have a blank label but still print their 行次.
  const rowNo: TableGridCell = { text: printedNo === undefined ? '' : String(printedNo), kind: 'rowNo' };
  return [labelCell(row.label), rowNo, ...amounts];
}

export function twoSidedLayout(table: DerivedTable, definition: FixedTableDefinition, layout: TwoSided): GridLayout {
  const sides = layout.sides.map((side) => ({ side, columns: sideColumns(definition, side) }));
  const [left, right] = sides;
  if (left === undefined || right === undefined) throw new Error(`模板错误：${definition.id} 应有左右两侧`);
  const body = layout.lines.map(([leftKey, rightKey]) => [
    ...sideCells(table, definition, leftKey, left.side, left.columns),
    ...sideCells(table, definition, rightKey, right.side, right.columns),
  ]);
  const columnWidths = sides.flatMap(({ side, columns }) => [
    WIDTH.lineLabel,
    ...(side.rowNoHeader === undefined ? [] : [WIDTH.rowNo]),
    ...columns.map((column) => amountColumnWidth(column.header)),
  ]);
  return { header: twoSidedHeader(sides), body, columnWidths };
}
