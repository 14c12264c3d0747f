// Reads 公开01表 / 公开04表: income and expenditure side by side, each 项目 | 行次 | amounts. Rows are
// found by 行次 when printed, otherwise by their label (in order, so repeated labels resolve).
import type { FixedRowDefinition, FixedTableDefinition, TableLayout } from '../tables/definition';
import { assignColumns } from './column-assign';
import { ImportFailure } from './import-types';
import {
  columnNote,
  columnSpan,
  contentRows,
  describeColumn,
  headerArea,
  isCaptionRow,
  isNoteRow,
  mappedHeaders,
  readAmount,
  rowsNote,
  where,
  type ReadCell,
  type ReadRow,
  type ReadTable,
  type Region,
} from './region';
import type { SheetGrid } from './sheet-grid';
import { COLUMN_NO_HEADERS, LABEL_HEADERS, ROW_NO_HEADERS, columnWords } from './table-words';
import { cellRef, digitsOf, headerWord, labelKey } from './text-match';

type TwoSided = Extract<TableLayout, { type: 'twoSided' }>;

interface SideRows {
  readonly rows: readonly FixedRowDefinition[];
  readonly columns: readonly string[];
}

interface SheetSide {
  readonly label: number;
  readonly rowNo?: number;
  readonly amounts: ReadonlyMap<number, string>;
  readonly rows: readonly FixedRowDefinition[];
}

function sideRows(definition: FixedTableDefinition, layout: TwoSided, index: 0 | 1): SideRows {
  const keys = new Set(layout.lines.map((line) => line[index]).filter((k) => k !== null));
  return { rows: definition.rows.filter((r) => keys.has(r.key)), columns: layout.sides[index]?.columns ?? [] };
}

const labelSets = new WeakMap<readonly FixedRowDefinition[], ReadonlySet<string>>();

function labelMatches(grid: SheetGrid, row: number, column: number, rows: readonly FixedRowDefinition[]): boolean {
  let labels = labelSets.get(rows);
  if (labels === undefined) {
    labels = new Set(rows.filter((r) => r.label !== '').map((r) => labelKey(r.label)));
    labelSets.set(rows, labels);
  }
  const text = grid.shown(row, column);
  if (text === '' || text.length > 60) return false;
  const key = labelKey(text);
  return key !== '' && labels.has(key);
}

/** Label columns: where the row labels of a side stand in the body, left to right. */
function labelColumns(grid: SheetGrid, body: readonly number[], sides: readonly SideRows[]): { column: number; side: number }[] {
  const counts = new Map<number, number[]>();
  for (const row of body) {
    for (const column of grid.columns(row)) {
      sides.forEach((side, i) => {
        if (!labelMatches(grid, row, column, side.rows)) return;
        const tally = counts.get(column) ?? [0, 0];
        tally[i] = (tally[i] ?? 0) + 1;
        counts.set(column, tally);
      });
    }
  }
  const found = [...counts]
    .filter(([, tally]) => Math.max(...tally) >= 2)
    .map(([column, tally]) => ({ column, side: (tally[1] ?? 0) > (tally[0] ?? 0) ? 1 : 0 }))
    .sort((a, b) => a.column - b.column);
  // One column per side: the leftmost for each.
  const result: { column: number; side: number }[] = [];
  for (const entry of found) if (!result.some((r) => r.side === entry.side)) result.push(entry);
  return result;
}

function findRow(side: SheetSide, rowNo: number | undefined, label: string, cursor: number): FixedRowDefinition | undefined {
  if (rowNo !== undefined) {
    const byNo = side.rows.find((r) => r.rowNo === rowNo);
    if (byNo !== undefined) return byNo;
  }
  const key = labelKey(label);
  if (key === '') return undefined;
  const candidates = side.rows.filter((r) => r.label !== '' && labelKey(r.label) === key);
  return candidates.find((r) => side.rows.indexOf(r) > cursor) ?? candidates[0];
}

export function readTwoSidedTable(region: Region, definition: FixedTableDefinition, layout: TwoSided): ReadTable | undefined {
  const { grid } = region;
  const rows = contentRows(region);
  const sides = [sideRows(definition, layout, 0), sideRows(definition, layout, 1)];
  const allRows: SideRows = { rows: definition.rows, columns: definition.columns.map((c) => c.key) };
  const columnWordSet = new Set(definition.columns.flatMap((c) => [...columnWords(definition.id, c)]));
  const isHeaderLike = (r: number): boolean =>
    grid.columns(r).some((c) => {
      const word = headerWord(grid.shown(r, c));
      return LABEL_HEADERS.has(word) || ROW_NO_HEADERS.has(word) || COLUMN_NO_HEADERS.has(word);
    });
  const isBody = (r: number): boolean =>
    !isHeaderLike(r) && grid.columns(r).some((c) => !columnWordSet.has(headerWord(grid.shown(r, c))) && labelMatches(grid, r, c, definition.rows));
  const bodyStart = rows.find((r) => !isNoteRow(grid, r) && isBody(r));
  if (bodyStart === undefined) return undefined;
  // The body runs to the first note under the table ("注：…").
  const noteAt = rows.find((r) => r > bodyStart && isNoteRow(grid, r));
  const body = rows.filter((r) => r >= bodyStart && (noteAt === undefined || r < noteAt));
  const labels = labelColumns(grid, body, sides);
  if (labels.length === 0) return undefined;
  const headerRows = rows.filter((r) => r < bodyStart && !isCaptionRow(grid, r)).slice(-5);
  const span = columnSpan(grid, [...headerRows, ...body.slice(0, 40)]);
  if (span === undefined) return undefined;
  const area = headerArea(grid, headerRows, span.first, span.last);
  const ignored: string[] = [];
  const stacked = labels.length === 1 && sides.every((side) => body.some((r) => labelMatches(grid, r, labels[0]?.column ?? 0, side.rows)));

  const sheetSides: SheetSide[] = labels.map(({ column, side }, i) => {
    const end = (labels[i + 1]?.column ?? span.last + 1) - 1;
    const own = stacked ? allRows : (sides[side] ?? allRows);
    const columns: number[] = [];
    for (let c = column + 1; c <= end; c += 1) columns.push(c);
    const isRowNo = (c: number): boolean =>
      (area.paths.get(c) ?? []).some((w) => ROW_NO_HEADERS.has(w)) ||
      body.filter((r) => /^\d{1,2}$/.test(digitsOf(grid.text(r, c)) ?? '')).length >= Math.max(3, body.length * 0.6);
    const rowNo = columns.find(isRowNo);
    const amountColumns = columns.filter((c) => c !== rowNo).map((c) => ({ column: c, path: area.paths.get(c) ?? [] }));
    const defColumns = definition.columns.filter((d) => own.columns.includes(d.key));
    let amounts = assignColumns(definition.id, defColumns, area.columnNumbers, amountColumns);
    if (amounts.size === 0 && amountColumns.length === defColumns.length) {
      amounts = new Map(amountColumns.map((a, k) => [a.column, defColumns[k]?.key ?? '']));
    }
    for (const a of amountColumns) if (!amounts.has(a.column) && (a.path.length > 0 || body.some((r) => grid.text(r, a.column).trim() !== ''))) ignored.push(columnNote(a.column, a.path));
    return { label: column, amounts, rows: own.rows, ...(rowNo !== undefined ? { rowNo } : {}) };
  });
  if (sheetSides.every((s) => s.amounts.size === 0)) return undefined;

  const read = new Map<string, { ref: string; cells: Map<string, ReadCell> }>();
  const warnings: string[] = [];
  const cursors = sheetSides.map(() => -1);
  let lastRow = bodyStart;
  for (const row of body) {
    if (grid.columns(row).some((c) => COLUMN_NO_HEADERS.has(headerWord(grid.text(row, c))) || LABEL_HEADERS.has(headerWord(grid.text(row, c))))) continue;
    sheetSides.forEach((side, s) => {
      const label = grid.shown(row, side.label).trim();
      const noText = side.rowNo !== undefined ? digitsOf(grid.text(row, side.rowNo)) : undefined;
      const rowNo = noText !== undefined && noText !== '' ? Number(noText) : undefined;
      const target = findRow(side, rowNo, label, cursors[s] ?? -1);
      const describeRow = target === undefined ? `第 ${row} 行` : `第${target.rowNo ?? target.key}行“${target.label}”`;
      const cells = new Map<string, ReadCell>();
      for (const [column, key] of side.amounts) {
        const value = readAmount(region, row, column, () => `${describeRow}${describeColumn(definition, key)}`);
        if (value !== undefined) cells.set(key, { amount: value, ref: cellRef(row, column) });
      }
      const nonZero = [...cells.values()].filter((c) => !c.amount.isZero());
      if (target === undefined) {
        if (nonZero.length > 0) warnings.push(`${where(region, row, side.label)}：“${label}”不是${definition.title}的项目，该行金额未导入。`);
        return;
      }
      cursors[s] = side.rows.indexOf(target);
      lastRow = row;
      if (rowNo !== undefined && label !== '' && target.label !== '' && labelKey(label) !== labelKey(target.label)) {
        warnings.push(`${where(region, row, side.label)}：第${rowNo}行的项目名称“${label}”与模板的“${target.label}”不一致，已按行次读取。`);
      }
      const ref = cellRef(row, side.label);
      const earlier = read.get(target.key);
      if (earlier !== undefined) {
        throw new ImportFailure('duplicateRow', `${where(region, row, side.label)}：第${target.rowNo ?? target.key}行“${target.label}”在本表中出现两次（另见单元格 ${earlier.ref}）。请删除重复的行后再导入。`);
      }
      const kept = new Map<string, ReadCell>();
      for (const [key, cell] of cells) {
        if (key in target.cells) kept.set(key, cell);
        else if (!cell.amount.isZero()) warnings.push(`${where(region, row, side.label)}：第${target.rowNo ?? target.key}行${describeColumn(definition, key)}在公开表中不填数，表中的 ${cell.amount.toFixed()} 未导入。`);
      }
      read.set(target.key, { ref, cells: kept });
    });
  }
  if (noteAt !== undefined) ignored.push(rowsNote('表下注释', rows.filter((r) => r >= noteAt)));
  const readRows: ReadRow[] = [...read].map(([key, { ref, cells }]) => ({ key, ref, cells }));
  return {
    rows: readRows,
    columns: [...new Set(sheetSides.flatMap((side) => [...side.amounts.values()]))],
    headers: new Map(sheetSides.flatMap((side) => [...mappedHeaders(side.amounts, area.paths)])),
    headerTop: headerRows[0] ?? bodyStart,
    lastRow,
    firstColumn: span.first,
    lastColumn: span.last,
    ...(area.unit !== undefined ? { headerUnit: area.unit } : {}),
    ignored,
    warnings,
  };
}
