// 公开09表: grouped headers over twelve columns (预 算 数 / 决 算 数), the 栏次 row 1–12 and one data row
// without a label (final-account-tables.md §11).
import type { DerivedTable } from '../derive/derived-model';
import type { FixedTableDefinition } from '../tables/definition';
import { amountCell, columnNumberCell, headerDepth, placeColumnHeaders, placementMatrix, requireRow, type GridLayout } from './table-grid-cells';

/** Twelve columns on one landscape page; the longer headers wrap as printed. */
const COLUMN_WIDTH = 12;

export function singleRowLayout(table: DerivedTable, definition: FixedTableDefinition): GridLayout {
  const paths = definition.columns.map((column) => column.header);
  const rows = headerDepth(paths);
  // The budget 三公 table prints no 栏次 row.
  const numbered = definition.columns.some((column) => column.no !== undefined);
  const matrix = placementMatrix(numbered ? rows + 1 : rows, paths.length);
  placeColumnHeaders(matrix, 0, 0, rows, paths);
  if (numbered) definition.columns.forEach((column, i) => matrix.place(rows, i, columnNumberCell(column)));
  const first = definition.rows[0];
  if (first === undefined) throw new Error(`模板错误：${definition.id} 没有数据行`);
  const row = requireRow(table, first.key);
  return {
    header: matrix.rows(),
    body: [definition.columns.map((column) => amountCell(row.cells.get(column.key)?.value))],
    columnWidths: definition.columns.map(() => COLUMN_WIDTH),
  };
}
