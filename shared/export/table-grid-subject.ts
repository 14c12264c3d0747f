// 科目 tables (公开02/03/05/07/08表): 项 目 | amount headers, 科目编码 | 科目名称, 栏 次, then 合 计 and the
// 科目 rows that print a figure (final-account-tables.md §0, §2).
import type { DerivedRow, DerivedTable } from '../derive/derived-model';
import { TOTAL_ROW } from '../tables/cell-address';
import type { SubjectTableDefinition } from '../tables/definition';
import type { TableGridCell } from './table-grid-model';
import {
  amountCell,
  amountColumnWidth,
  COLUMN_NO_LABEL,
  columnNumberCell,
  headerCell,
  headerDepth,
  labelCell,
  placeColumnHeaders,
  placementMatrix,
  printsNonZero,
  spanned,
  WIDTH,
  type GridLayout,
} from './table-grid-cells';

/** Left columns: 科目编码, 科目名称. */
const STUB_COLUMNS = 2;

function amounts(row: DerivedRow, definition: SubjectTableDefinition): TableGridCell[] {
  return definition.columns.map((column) => amountCell(row.cells.get(column.key)?.value));
}

function subjectHeader(definition: SubjectTableDefinition): TableGridCell[][] {
  const paths = definition.columns.map((column) => column.header);
  // "项 目" needs a row of its own above 科目编码 | 科目名称 even when every header is a single line.
  const rows = Math.max(2, headerDepth(paths));
  const matrix = placementMatrix(rows + 1, STUB_COLUMNS + paths.length);
  matrix.place(0, 0, headerCell('项 目'), rows - 1, STUB_COLUMNS);
  matrix.place(rows - 1, 0, headerCell('科目编码'));
  matrix.place(rows - 1, 1, headerCell('科目名称'));
  placeColumnHeaders(matrix, 0, STUB_COLUMNS, rows, paths);
  matrix.place(rows, 0, { text: COLUMN_NO_LABEL, kind: 'columnNo' }, 1, STUB_COLUMNS);
  definition.columns.forEach((column, i) => matrix.place(rows, STUB_COLUMNS + i, columnNumberCell(column)));
  return matrix.rows();
}

export function subjectLayout(table: DerivedTable, definition: SubjectTableDefinition): GridLayout {
  const body: TableGridCell[][] = [];
  for (const row of table.rows) {
    if (row.key === TOTAL_ROW) {
      // The 合计 row is printed even when empty (a table without data keeps header and 合计).
      body.push([...spanned(labelCell('合 计'), STUB_COLUMNS), ...amounts(row, definition)]);
      continue;
    }
    const printed = definition.columns.some((column) => printsNonZero(row.cells.get(column.key)?.value));
    if (!printed) continue;
    body.push([{ text: row.code ?? '', kind: 'code' }, labelCell(row.label), ...amounts(row, definition)]);
  }
  return {
    header: subjectHeader(definition),
    body,
    columnWidths: [WIDTH.code, WIDTH.name, ...definition.columns.map((column) => amountColumnWidth(column.header))],
  };
}
