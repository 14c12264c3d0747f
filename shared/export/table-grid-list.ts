// List tables (预算 11 项目支出预算情况表): 项目名称 | 项目类别 | amounts, the total row first with a blank
// label as the seed prints it, then one row per project in the order typed.
import type { DerivedTable } from '../derive/derived-model';
import type { ListTableDefinition } from '../tables/definition';
import type { TableGridCell } from './table-grid-model';
import { amountCell, amountColumnWidth, headerCell, headerDepth, labelCell, placeColumnHeaders, placementMatrix, WIDTH, type GridLayout } from './table-grid-cells';

/** 项目类别 values are short (其他运转类). */
const TEXT_WIDTH = 12;

export function listLayout(table: DerivedTable, definition: ListTableDefinition): GridLayout {
  const paths = definition.columns.map((column) => column.header);
  const rows = headerDepth([...paths, ...definition.textColumns.map((t) => t.header)]);
  const stub = 1 + definition.textColumns.length;
  const matrix = placementMatrix(rows, stub + paths.length);
  matrix.place(0, 0, headerCell(definition.labelHeader), rows);
  placeColumnHeaders(
    matrix,
    0,
    1,
    rows,
    definition.textColumns.map((t) => t.header),
  );
  placeColumnHeaders(matrix, 0, stub, rows, paths);
  const body: TableGridCell[][] = table.rows.map((row) => [
    labelCell(row.label),
    ...definition.textColumns.map((t) => labelCell(row.texts?.[t.key] ?? '')),
    ...definition.columns.map((column) => amountCell(row.cells.get(column.key)?.value)),
  ]);
  return {
    header: matrix.rows(),
    body,
    columnWidths: [WIDTH.name, ...definition.textColumns.map(() => TEXT_WIDTH), ...definition.columns.map((c) => amountColumnWidth(c.header))],
  };
}
