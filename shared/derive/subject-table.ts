// Derives a 科目 table (02, 03, 05, 07, 08): 款/类/合计 rows from the 项 rows, then row formulas.
import { add, toWanYuan, ZERO, type Amount, type EntryUnit, amount } from '../money/money';
import { TOTAL_ROW, cellAddress, type TableId } from '../tables/cell-address';
import type { SubjectTableDefinition } from '../tables/definition';
import type { RowInput } from '../project/schema';
import type { CellRead, DerivedCell, DerivedRow, DerivedTable } from './derived-model';

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
}

function readAmounts(record: Readonly<Record<string, string>> | undefined, unit: EntryUnit): Map<string, Amount> {
  const out = new Map<string, Amount>();
  for (const [column, text] of Object.entries(record ?? {})) out.set(column, toWanYuan(amount(text), unit));
  return out;
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

  const inputColumns = definition.columns.filter((c) => !c.formula);
  const zeroInput: DerivedCell = { kind: 'input', value: ZERO, computed: ZERO };
  const formulaColumns = definition.columns.filter((c) => c.formula);
  const derived = new Map<string, Map<string, DerivedCell>>();
  const effective = (rowKey: string, column: string): Amount => derived.get(rowKey)?.get(column)?.value ?? ZERO;

  const compute = (row: MutableRow): void => {
    for (const child of row.children) {
      const childRow = rows.get(child);
      if (childRow) compute(childRow);
    }
    const reported = readAmounts(row.input?.reported, unit);
    const values = readAmounts(row.input?.values, unit);
    const cells = new Map<string, DerivedCell>();
    const isLeaf = row.children.length === 0;
    for (const column of inputColumns) {
      if (isLeaf) {
        const v = values.get(column.key);
        cells.set(column.key, v ? { kind: 'input', value: v, computed: v } : zeroInput);
        continue;
      }
      let total = ZERO;
      for (const child of row.children) total = add(total, effective(child, column.key));
      const rep = reported.get(column.key);
      cells.set(column.key, { kind: 'derived', value: rep ?? total, computed: total, reported: rep, rule: definition.hierarchyRule });
    }
    derived.set(row.key, cells);
    for (const column of formulaColumns) {
      const formula = column.formula;
      if (!formula) continue;
      let total = ZERO;
      for (const term of formula.sum) total = add(total, cells.get(term)?.value ?? ZERO);
      const rep = reported.get(column.key);
      cells.set(column.key, { kind: 'derived', value: rep ?? total, computed: total, reported: rep, rule: formula.rule });
    }
  };
  const totalRow = rows.get(TOTAL_ROW);
  if (totalRow) compute(totalRow);

  const ordered = [...rows.keys()].filter((k) => k !== TOTAL_ROW).sort();
  const out: DerivedRow[] = [TOTAL_ROW, ...ordered].map((key) => {
    const source = rows.get(key)?.input;
    const catalogName = key === TOTAL_ROW ? '合计' : nameOf(key);
    const label = catalogName ?? source?.name ?? '';
    const inputName = source?.name !== undefined && source.name !== label ? source.name : undefined;
    return {
      key,
      ...(key === TOTAL_ROW ? {} : { code: key }),
      label,
      ...(inputName !== undefined ? { inputName } : {}),
      level: subjectLevel(key),
      cells: derived.get(key) ?? new Map(),
    };
  });
  const index = new Map(out.map((r) => [r.key, r]));
  const formulaOf = new Map(formulaColumns.map((c) => [c.key, c.formula?.sum ?? []]));
  const reads = (rowKey: string, column: string): readonly CellRead[] => {
    const terms = formulaOf.get(column);
    if (terms) return terms.map((term) => ({ address: cellAddress(id, rowKey, term), negate: false }));
    const children = rows.get(rowKey)?.children ?? [];
    return children.map((child) => ({ address: cellAddress(id, child, column), negate: false }));
  };
  return { id, definition, rows: out, row: (key) => index.get(key), rowByCode: (code) => index.get(code), reads };
}
