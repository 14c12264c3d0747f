// Derives a 科目 table (02, 03, 05, 07, 08): 款/类/合计 rows from the 项 rows, then row formulas.
import { add, toWanYuan, ZERO, type Amount, type EntryUnit, amount } from '../money/money';
import { TOTAL_ROW, cellAddress, type TableId } from '../tables/cell-address';
import type { SubjectTableDefinition } from '../tables/definition';
import type { RowInput } from '../project/schema';
import type { CellRead, DerivedCell, DerivedRow, DerivedTable } from './derived-model';
import { CellRow, ColumnIndex } from './cell-row';

export type SubjectNameLookup = (code: string) => string | undefined;

/** 合计 → 0, 3 digits → 1 (类), 5 → 2 (款), 7 → 3 (项); other lengths hang under 合计 as leaves. */
export function subjectLevel(code: string): 0 | 1 | 2 | 3 {
  if (code === TOTAL_ROW) return 0;
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  return 3;
}

/** The parent row key: 项 → 款, 款 → 类, 类 (and malformed codes) → 合计. */
export function subjectParent(code: string): string | undefined {
  if (code === TOTAL_ROW) return undefined;
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return TOTAL_ROW;
}

interface MutableRow {
  key: string;
  input?: RowInput;
  children: string[];
  cells?: CellRow;
  raw?: readonly DerivedCell[];
  /** Rounded figures per column, counted when first asked (-1: not yet). */
  figures?: Int32Array;
}

const NO_AMOUNTS: ReadonlyMap<string, Amount> = new Map();

function readAmounts(record: Readonly<Record<string, string>> | undefined, unit: EntryUnit): ReadonlyMap<string, Amount> {
  let out: Map<string, Amount> | undefined;
  // Most rows carry no 报表数: skip the allocation (this runs for every row after every edit).
  for (const column in record) {
    const text = record[column];
    if (text === undefined) continue;
    out ??= new Map();
    out.set(column, toWanYuan(amount(text), unit));
  }
  return out ?? NO_AMOUNTS;
}

/**
 * Cells of 项 rows by input row, per table definition and entry unit. The project is immutable (an edit
 * replaces the rows it changes), so an input row that is the same object as at the last derive has the
 * same cells: after an edit only the changed rows are parsed again, and the sums above them rebuilt.
 */
const leafCells = new WeakMap<SubjectTableDefinition, { readonly unit: EntryUnit; readonly rows: WeakMap<RowInput, DerivedCell[]> }>();

function leafCache(definition: SubjectTableDefinition, unit: EntryUnit): WeakMap<RowInput, DerivedCell[]> {
  let entry = leafCells.get(definition);
  if (entry === undefined || entry.unit !== unit) {
    entry = { unit, rows: new WeakMap() };
    leafCells.set(definition, entry);
  }
  return entry.rows;
}

export function deriveSubjectTable(
  definition: SubjectTableDefinition,
  inputs: readonly RowInput[],
  unit: EntryUnit,
  nameOf: SubjectNameLookup,
): DerivedTable {
  const id: TableId = definition.id;
  const rows = new Map<string, MutableRow>();
  const ensure = (key: string): MutableRow => {
    let row = rows.get(key);
    if (!row) {
      row = { key, children: [] };
      rows.set(key, row);
      const parent = subjectParent(key);
      if (parent !== undefined) ensure(parent).children.push(key);
    }
    return row;
  };
  ensure(TOTAL_ROW);
  // The first row typed for a code wins; duplicates are reported by validation.
  for (const input of inputs) {
    const row = ensure(input.row);
    if (!row.input) row.input = input;
  }

  const columns = new ColumnIndex(definition.columns.map((c) => c.key));
  const position = (key: string): number => columns.indexOf(key) ?? -1;
  const inputColumns = definition.columns.flatMap((c, i) => (c.formula ? [] : [{ key: c.key, at: i }]));
  const formulaColumns = definition.columns.filter((c) => c.formula);
  const formulas = definition.columns.flatMap((c, i) => (c.formula ? [{ key: c.key, at: i, rule: c.formula.rule, terms: c.formula.sum.map(position) }] : []));
  const zeroInput: DerivedCell = { kind: 'input', value: ZERO, computed: ZERO };
  // Sparse columns sum to zero on most parent rows; they share one cell.
  const zeroSum: DerivedCell = { kind: 'derived', value: ZERO, computed: ZERO, reported: undefined, rule: definition.hierarchyRule };

  const cached = leafCache(definition, unit);
  const compute = (row: MutableRow): DerivedCell[] => {
    const isLeaf = row.children.length === 0;
    const reused = isLeaf && row.input !== undefined ? cached.get(row.input) : undefined;
    if (reused !== undefined) {
      row.cells = new CellRow(columns, reused);
      row.raw = reused;
      return reused;
    }
    const childCells: DerivedCell[][] = [];
    for (const child of row.children) {
      const childRow = rows.get(child);
      if (childRow) childCells.push(compute(childRow));
    }
    const reported = readAmounts(row.input?.reported, unit);
    const cells: DerivedCell[] = new Array<DerivedCell>(columns.keys.length).fill(zeroInput);
    if (isLeaf) {
      // Typed amounts are read straight from the record: no per-row map on the path every edit takes.
      const values = row.input?.values;
      if (values !== undefined) {
        for (const column of inputColumns) {
          const text = values[column.key];
          if (text === undefined) continue;
          const v = toWanYuan(amount(text), unit);
          cells[column.at] = { kind: 'input', value: v, computed: v };
        }
      }
    } else {
      for (const column of inputColumns) {
        let total = ZERO;
        for (const child of childCells) total = add(total, child[column.at]?.value ?? ZERO);
        const rep = reported.get(column.key);
        cells[column.at] = rep === undefined && total.isZero() ? zeroSum : { kind: 'derived', value: rep ?? total, computed: total, reported: rep, rule: definition.hierarchyRule };
      }
    }
    for (const formula of formulas) {
      let total = ZERO;
      for (const term of formula.terms) total = add(total, cells[term]?.value ?? ZERO);
      const rep = reported.get(formula.key);
      cells[formula.at] = { kind: 'derived', value: rep ?? total, computed: total, reported: rep, rule: formula.rule };
    }
    row.cells = new CellRow(columns, cells);
    row.raw = cells;
    if (isLeaf && row.input !== undefined) cached.set(row.input, cells);
    return cells;
  };
  const totalRow = rows.get(TOTAL_ROW);
  if (totalRow) compute(totalRow);

  const ordered = [...rows.keys()].filter((k) => k !== TOTAL_ROW).sort();
  ordered.unshift(TOTAL_ROW);
  const out: DerivedRow[] = [];
  const index = new Map<string, DerivedRow>();
  for (const key of ordered) {
    const mutable = rows.get(key);
    const source = mutable?.input;
    const isTotal = key === TOTAL_ROW;
    const label = (isTotal ? '合计' : nameOf(key)) ?? source?.name ?? '';
    const row: { -readonly [K in keyof DerivedRow]: DerivedRow[K] } = { key, label, level: subjectLevel(key), cells: mutable?.cells ?? new CellRow(columns, []) };
    if (!isTotal) row.code = key;
    if (source?.name !== undefined && source.name !== label) row.inputName = source.name;
    out.push(row);
    index.set(key, row);
  }
  const formulaOf = new Map(formulaColumns.map((c) => [c.key, c.formula?.sum ?? []]));
  const reads = (rowKey: string, column: string): readonly CellRead[] => {
    const terms = formulaOf.get(column);
    if (terms) return terms.map((term) => ({ address: cellAddress(id, rowKey, term), negate: false }));
    const children = rows.get(rowKey)?.children ?? [];
    return children.map((child) => ({ address: cellAddress(id, child, column), negate: false }));
  };
  // The rounding envelope of a relation counts the figures beneath a total; walking the rows directly
  // spares the addresses `reads` would build for every cell of a large table.
  const formulaTerms = new Map(formulas.map((f) => [f.at, f.terms]));
  const count = (row: MutableRow, at: number): number => {
    const cell = row.raw?.[at];
    if (cell === undefined || cell.value.isZero()) return 0;
    if (cell.kind === 'input' || cell.reported !== undefined) return 1;
    row.figures ??= new Int32Array(columns.keys.length).fill(-1);
    const known = row.figures[at] ?? -1;
    if (known >= 0) return known;
    let n = 0;
    const terms = formulaTerms.get(at);
    if (terms !== undefined) for (const term of terms) n += count(row, term);
    else for (const child of row.children) {
      const childRow = rows.get(child);
      if (childRow !== undefined) n += count(childRow, at);
    }
    row.figures[at] = n;
    return n;
  };
  const figureCount = (rowKey: string, column: string): number | undefined => {
    const row = rows.get(rowKey);
    const at = columns.indexOf(column);
    return row === undefined || at === undefined ? undefined : count(row, at);
  };
  return { id, definition, rows: out, row: (key) => index.get(key), rowByCode: (code) => index.get(code), reads, figureCount };
}
