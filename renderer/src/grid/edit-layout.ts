// A table laid out for editing the way the published table prints it — the same merged header cells,
// the two sides of 01/04, the blocks of 06 — with every amount position bound to its cell address.
// Built from the table definition's layout, so a new report kind's tables need no code here.
import type { DerivedTable } from '../../../shared/derive/derived-model';
import { tableGrid } from '../../../shared/export/table-grid';
import type { TableGridCell } from '../../../shared/export/table-grid-model';
import { TOTAL_ROW, type CellAddress, type TableId } from '../../../shared/tables/cell-address';
import { PAIRED_CODE_COLUMN, type FixedTableDefinition, type ListTableDefinition, type SubjectTableDefinition, type TableLayout } from '../../../shared/tables/definition';

export type EditCell =
  | { readonly kind: 'amount'; readonly address: CellAddress }
  /** `paired`: the 政府预算支出经济分类 code or name printed beside a 部门 row (derived, read-only). */
  | { readonly kind: 'code' | 'label' | 'rowNo' | 'paired'; readonly text: string; readonly colSpan?: number; readonly row: string }
  /** A typed text of a list row: its name or a text column (项目类别), edited like an amount. */
  | { readonly kind: 'text'; readonly text: string; readonly row: string; readonly field: string }
  | { readonly kind: 'blank' }
  /** A position under a label that spans to its right. */
  | { readonly kind: 'covered' };

export interface EditRow {
  readonly key: string;
  readonly cells: readonly EditCell[];
  /** 0 合计, 1 类, 2 款, 3 项 in 科目 tables. */
  readonly level?: 0 | 1 | 2 | 3;
  /** 科目 rows: the code that removes the row (and the rows beneath it); list rows: the row key. */
  readonly removable?: string;
}

export interface EditGrid {
  readonly table: TableId;
  readonly header: readonly (readonly TableGridCell[])[];
  readonly rows: readonly EditRow[];
  /** Relative widths in characters, as in the published table. */
  readonly columnWidths: readonly number[];
  /** Leading columns that stay in view when the grid scrolls sideways (code and name). */
  readonly frozenColumns: number;
  /** 科目 tables: rows are added by typing a code; the code column is column 0. */
  readonly subject: boolean;
  /** List tables: rows are added by typing a name, and removed by their key. */
  readonly list?: boolean;
}

const COVERED: EditCell = { kind: 'covered' };
const BLANK: EditCell = { kind: 'blank' };

function amount(table: TableId, row: string, column: string): EditCell {
  return { kind: 'amount', address: { table, row, column } };
}

const spanCovers = (span: number): EditCell[] => Array.from({ length: span - 1 }, () => COVERED);

/**
 * 科目 rows: the code (over as many printed code columns as the table has), the name, the amounts. A
 * paired table (预算 06, 10) prints the 政府 code and name after the 部门 name: the own code then spans
 * only its own levels.
 */
function subjectRows(table: DerivedTable, definition: SubjectTableDefinition, columns: readonly string[], stub: number): EditRow[] {
  const pairedSpan = definition.paired === undefined ? 0 : definition.paired.splitCode.levels.length;
  const codeSpan = definition.paired === undefined ? Math.max(1, stub - 1) : (definition.splitCode?.levels.length ?? 1);
  return table.rows.map((row) => {
    const amounts = columns.map((c) => amount(table.id, row.key, c));
    if (row.key === TOTAL_ROW) return { key: row.key, level: 0, cells: [{ kind: 'label', text: '合 计', colSpan: stub, row: row.key }, ...spanCovers(stub), ...amounts] };
    const code = row.code ?? row.key;
    const paired: EditCell[] =
      pairedSpan === 0
        ? []
        : [{ kind: 'paired', text: row.pairedCode ?? '', colSpan: pairedSpan, row: row.key }, ...spanCovers(pairedSpan), { kind: 'paired', text: row.pairedLabel ?? '', row: row.key }];
    return {
      key: row.key,
      ...(row.level === undefined ? {} : { level: row.level }),
      removable: code,
      cells: [{ kind: 'code', text: code, row: row.key, colSpan: codeSpan }, ...spanCovers(codeSpan), { kind: 'label', text: row.label, row: row.key }, ...paired, ...amounts],
    };
  });
}

/** List rows (项目支出): the name and text columns typed like amounts, the total row first. */
function listRows(table: DerivedTable, definition: ListTableDefinition, columns: readonly string[]): EditRow[] {
  const stub = 1 + definition.textColumns.length;
  return table.rows.map((row) => {
    const amounts = columns.map((c) => amount(table.id, row.key, c));
    if (row.key === TOTAL_ROW) return { key: row.key, level: 0, cells: [{ kind: 'label', text: '合 计', colSpan: stub, row: row.key }, ...spanCovers(stub), ...amounts] };
    const texts: EditCell[] = definition.textColumns.map((t) => ({ kind: 'text', text: row.texts?.[t.key] ?? '', row: row.key, field: t.key }));
    return { key: row.key, removable: row.key, cells: [{ kind: 'text', text: row.label, row: row.key, field: 'name' }, ...texts, ...amounts] };
  });
}

type TwoSided = Extract<TableLayout, { type: 'twoSided' }>;
type Blocks = Extract<TableLayout, { type: 'blocks' }>;

function twoSidedRows(table: DerivedTable, definition: FixedTableDefinition, layout: TwoSided): EditRow[] {
  const sideCells = (side: TwoSided['sides'][number] | undefined, key: string | null): EditCell[] => {
    const columns = side?.columns ?? [];
    // The 行次 column is printed only where the side has a header for it (决算 01/04, not 预算 1/4).
    const withRowNo = side?.rowNoHeader !== undefined;
    if (key === null) return [BLANK, ...(withRowNo ? [BLANK] : []), ...columns.map(() => BLANK)];
    const row = definition.rows.find((r) => r.key === key);
    const rowNo: EditCell[] = withRowNo ? [{ kind: 'rowNo', text: row?.rowNo === undefined ? '' : String(row.rowNo), row: key }] : [];
    return [
      { kind: 'label', text: table.row(key)?.label ?? row?.label ?? '', row: key },
      ...rowNo,
      ...columns.map((c) => (row?.cells[c] === undefined ? BLANK : amount(table.id, key, c))),
    ];
  };
  const [left, right] = layout.sides;
  return layout.lines.map(([l, r], i) => ({ key: `line${i}`, cells: [...sideCells(left, l), ...sideCells(right, r)] }));
}

function blockRows(table: DerivedTable, definition: FixedTableDefinition, layout: Blocks): EditRow[] {
  const column = definition.columns[0]?.key ?? 'c1';
  const lineCount = Math.max(...layout.blocks.map((b) => b.rows.length));
  const rows: EditRow[] = [];
  for (let i = 0; i < lineCount; i += 1) {
    rows.push({
      key: `line${i}`,
      cells: layout.blocks.flatMap((block): EditCell[] => {
        const key = block.rows[i];
        if (key === undefined) return [BLANK, BLANK, BLANK];
        const row = table.row(key);
        return [{ kind: 'code', text: row?.code ?? '', row: key }, { kind: 'label', text: row?.label ?? '', row: key }, amount(table.id, key, column)];
      }),
    });
  }
  const totals: EditCell[] = layout.blocks.flatMap(() => [BLANK, BLANK, BLANK]);
  for (const total of layout.totals) {
    const first = Math.min(...total.blocks) * 3;
    const at = Math.max(...total.blocks) * 3 + 2;
    totals[first] = { kind: 'label', text: table.row(total.row)?.label ?? '', colSpan: at - first, row: total.row };
    for (let k = first + 1; k < at; k += 1) totals[k] = COVERED;
    totals[at] = amount(table.id, total.row, column);
  }
  rows.push({ key: 'totals', cells: totals });
  return rows;
}

/** `year` fills the year groups of a header ({priorYear}年预算数 of the 预算 “三公” table). */
export function editGrid(table: DerivedTable, year?: number): EditGrid {
  // The header is the published one; its captions do not matter here.
  const published = tableGrid(table, { scopeWord: '单位', ownerLine: '', ...(year === undefined ? {} : { year }) });
  const definition = table.definition;
  const columns = definition.columns.map((c) => c.key);
  const stub = Math.max(0, published.columnCount - columns.length);
  const base = { table: table.id, header: published.header, columnWidths: published.columnWidths };
  if (definition.kind === 'subject') {
    // A paired table keeps only its own code and name in view; the 政府 pair scrolls with the amounts.
    const frozen = definition.paired === undefined ? stub : (definition.splitCode?.levels.length ?? 1) + 1;
    return { ...base, rows: subjectRows(table, definition, columns, stub), frozenColumns: frozen, subject: true };
  }
  if (definition.kind === 'fixed') {
    const layout = definition.layout;
    if (layout.type === 'twoSided') return { ...base, rows: twoSidedRows(table, definition, layout), frozenColumns: layout.sides[0]?.rowNoHeader === undefined ? 1 : 2, subject: false };
    if (layout.type === 'blocks') return { ...base, rows: blockRows(table, definition, layout), frozenColumns: 0, subject: false };
    const first = definition.rows[0]?.key ?? '1';
    return { ...base, rows: [{ key: first, cells: columns.map((c) => amount(table.id, first, c)) }], frozenColumns: 0, subject: false };
  }
  return { ...base, rows: listRows(table, definition, columns), frozenColumns: 1, subject: false, list: true };
}

/** Grid position (row, column) of a cell address, for jumping to it; the row's label when no column. */
export function positionOf(grid: EditGrid, address: CellAddress): { row: number; column: number } | undefined {
  for (let r = 0; r < grid.rows.length; r += 1) {
    const cells = grid.rows[r]?.cells ?? [];
    for (let c = 0; c < cells.length; c += 1) {
      const cell = cells[c];
      if (cell === undefined) continue;
      if (cell.kind === 'amount' && cell.address.row === address.row && cell.address.column === address.column) return { row: r, column: c };
      if (cell.kind === 'text' && cell.row === address.row && cell.field === address.column) return { row: r, column: c };
    }
  }
  // A whole-row issue (unknown code, duplicate row, a project without a name): the row's code, label
  // or name; an issue about the printed 政府 code: that code.
  const wanted = address.column === PAIRED_CODE_COLUMN ? ['paired'] : ['code', 'label', 'text'];
  for (let r = 0; r < grid.rows.length; r += 1) {
    const cells = grid.rows[r]?.cells ?? [];
    const c = cells.findIndex((cell) => wanted.includes(cell.kind) && 'row' in cell && cell.row === address.row);
    if (c >= 0) return { row: r, column: c };
  }
  return undefined;
}
