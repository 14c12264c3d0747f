// 公开06表: three blocks (科目编码 | 科目名称 | 金额) side by side under 人员经费 / 公用经费; row i carries the
// i-th entry of each block, every fixed row is printed, the totals line comes last (final-account-tables.md §8).
import type { DerivedTable } from '../derive/derived-model';
import type { FixedTableDefinition, TableLayout } from '../tables/definition';
import type { TableGridCell } from './table-grid-model';
import { amountCell, BLANK, headerCell, labelCell, placementMatrix, requireRow, spanned, WIDTH, type GridLayout } from './table-grid-cells';

type Blocks = Extract<TableLayout, { type: 'blocks' }>;

/** Columns of one block: 科目编码, 科目名称, 金额. */
const BLOCK_COLUMNS = 3;
/** Names and amounts narrower than in the 科目 tables: nine columns share one landscape page. */
const BLOCK_WIDTHS = [WIDTH.code, 28, 12] as const;

function amountColumn(definition: FixedTableDefinition): string {
  const column = definition.columns[0];
  if (column === undefined) throw new Error(`模板错误：${definition.id} 没有金额栏`);
  return column.key;
}

function blocksHeader(definition: FixedTableDefinition, layout: Blocks): TableGridCell[][] {
  const amountHeader = definition.columns[0]?.header.at(-1) ?? '金额';
  const matrix = placementMatrix(2, layout.blocks.length * BLOCK_COLUMNS);
  // Adjacent blocks of the same group (公用经费 = B + C) share one group header.
  let i = 0;
  while (i < layout.blocks.length) {
    const group = layout.blocks[i]?.group ?? '';
    let end = i + 1;
    while (end < layout.blocks.length && layout.blocks[end]?.group === group) end += 1;
    matrix.place(0, i * BLOCK_COLUMNS, headerCell(group), 1, (end - i) * BLOCK_COLUMNS);
    i = end;
  }
  layout.blocks.forEach((_, b) => {
    matrix.place(1, b * BLOCK_COLUMNS, headerCell('科目编码'));
    matrix.place(1, b * BLOCK_COLUMNS + 1, headerCell('科目名称'));
    matrix.place(1, b * BLOCK_COLUMNS + 2, headerCell(amountHeader));
  });
  return matrix.rows();
}

/**
 * The totals line: each total's label spans from the code column of its first block up to the last
 * name column of its last block, and the amount stands in that block's 金额 column.
 */
function totalsLine(table: DerivedTable, layout: Blocks, column: string): TableGridCell[] {
  const cells: TableGridCell[] = Array.from({ length: layout.blocks.length * BLOCK_COLUMNS }, () => BLANK);
  for (const total of layout.totals) {
    const first = Math.min(...total.blocks);
    const last = Math.max(...total.blocks);
    const row = requireRow(table, total.row);
    const start = first * BLOCK_COLUMNS;
    const amountAt = last * BLOCK_COLUMNS + 2;
    spanned(labelCell(row.label), amountAt - start).forEach((cell, k) => (cells[start + k] = cell));
    cells[amountAt] = amountCell(row.cells.get(column)?.value);
  }
  return cells;
}

export function blocksLayout(table: DerivedTable, definition: FixedTableDefinition, layout: Blocks): GridLayout {
  const column = amountColumn(definition);
  const lineCount = Math.max(...layout.blocks.map((block) => block.rows.length));
  const body: TableGridCell[][] = [];
  for (let i = 0; i < lineCount; i += 1) {
    body.push(
      layout.blocks.flatMap((block) => {
        const key = block.rows[i];
        // A shorter block leaves blank cells at the bottom.
        if (key === undefined) return [BLANK, BLANK, BLANK];
        const row = requireRow(table, key);
        return [{ text: row.code ?? '', kind: 'code' }, labelCell(row.label), amountCell(row.cells.get(column)?.value)];
      }),
    );
  }
  body.push(totalsLine(table, layout, column));
  return {
    header: blocksHeader(definition, layout),
    body,
    columnWidths: layout.blocks.flatMap(() => [...BLOCK_WIDTHS]),
  };
}
