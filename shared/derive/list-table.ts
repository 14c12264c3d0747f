// Derives a list table (budget 11 项目支出预算情况表): one row per typed item in the order typed, a
// total row first that sums them, and row formulas (合计 = Σ sources, 小计 = Σ funds) on every row.
import { add, amount, toWanYuan, ZERO, type Amount, type EntryUnit } from '../money/money';
import { TOTAL_ROW, cellAddress } from '../tables/cell-address';
import type { ListTableDefinition } from '../tables/definition';
import type { RowInput } from '../project/schema';
import type { CellRead, DerivedCell, DerivedRow, DerivedTable } from './derived-model';

function readAmounts(record: Readonly<Record<string, string>>, unit: EntryUnit): Map<string, Amount> {
  return new Map(Object.entries(record).map(([column, text]) => [column, toWanYuan(amount(text), unit)]));
}

export function deriveListTable(definition: ListTableDefinition, inputs: readonly RowInput[], unit: EntryUnit): DerivedTable {
  const id = definition.id;
  const inputColumns = definition.columns.filter((c) => !c.formula);
  const formulaColumns = definition.columns.filter((c) => c.formula);
  // The first row typed under a key wins; duplicates (and a typed total row) are reported by validation.
  const items: RowInput[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input.row === TOTAL_ROW || seen.has(input.row)) continue;
    seen.add(input.row);
    items.push(input);
  }

  const withFormulas = (cells: Map<string, DerivedCell>, reported: ReadonlyMap<string, Amount>): Map<string, DerivedCell> => {
    for (const column of formulaColumns) {
      const formula = column.formula;
      if (!formula) continue;
      let total = ZERO;
      for (const term of formula.sum) total = add(total, cells.get(term)?.value ?? ZERO);
      const rep = reported.get(column.key);
      cells.set(column.key, { kind: 'derived', value: rep ?? total, computed: total, reported: rep, rule: formula.rule });
    }
    return cells;
  };

  const itemRows: DerivedRow[] = items.map((input) => {
    const values = readAmounts(input.values, unit);
    const cells = new Map<string, DerivedCell>();
    for (const column of inputColumns) {
      const v = values.get(column.key) ?? ZERO;
      cells.set(column.key, { kind: 'input', value: v, computed: v });
    }
    return {
      key: input.row,
      label: input.name ?? '',
      ...(input.texts !== undefined ? { texts: input.texts } : {}),
      cells: withFormulas(cells, readAmounts(input.reported, unit)),
    };
  });

  const totalInput = inputs.find((r) => r.row === TOTAL_ROW);
  const totalCells = new Map<string, DerivedCell>();
  const totalReported = readAmounts(totalInput?.reported ?? {}, unit);
  for (const column of inputColumns) {
    let total = ZERO;
    for (const row of itemRows) total = add(total, row.cells.get(column.key)?.value ?? ZERO);
    const rep = totalReported.get(column.key);
    totalCells.set(column.key, { kind: 'derived', value: rep ?? total, computed: total, reported: rep, rule: definition.totalRule });
  }
  const totalRow: DerivedRow = { key: TOTAL_ROW, label: definition.totalLabel, level: 0, cells: withFormulas(totalCells, totalReported) };

  const rows = [totalRow, ...itemRows];
  const index = new Map(rows.map((r) => [r.key, r]));
  const formulaOf = new Map(formulaColumns.map((c) => [c.key, c.formula?.sum ?? []]));
  const reads = (rowKey: string, column: string): readonly CellRead[] => {
    const terms = formulaOf.get(column);
    if (terms) return terms.map((term) => ({ address: cellAddress(id, rowKey, term), negate: false }));
    if (rowKey !== TOTAL_ROW) return [];
    return itemRows.map((row) => ({ address: cellAddress(id, row.key, column), negate: false }));
  };
  return { id, definition, rows, row: (key) => index.get(key), rowByCode: () => undefined, reads };
}
