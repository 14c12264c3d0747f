// Derives the fixed tables (01, 04, 06, 09): every cell is input, a sum, or a copy of another cell.
import { amount, toWanYuan, ZERO, type Amount, type EntryUnit } from '../money/money';
import { cellAddress, parseCellRef, type CellAddress, type CellRef, type TableId } from '../tables/cell-address';
import type { FixedTableDefinition, FixedRowDefinition } from '../tables/definition';
import type { TableInput } from '../project/schema';
import { specTerms } from '../report/template';
import type { CellKind, CellRead, DerivedCell, DerivedRow, DerivedTable } from './derived-model';

/** Reads a cell of a 科目 table (already derived) or returns undefined for a fixed table. */
export type SubjectCellReader = (address: CellAddress) => Amount | undefined;

interface FixedContext {
  readonly definitions: ReadonlyMap<TableId, FixedTableDefinition>;
  readonly inputs: ReadonlyMap<TableId, TableInput | undefined>;
  readonly unit: EntryUnit;
  readonly subjectValue: SubjectCellReader;
}

function findRow(definition: FixedTableDefinition, ref: CellRef): FixedRowDefinition | undefined {
  return ref.byCode ? definition.rows.find((r) => r.code === ref.row) : definition.rows.find((r) => r.key === ref.row);
}

/** Derives all fixed tables together, since their formulas reach across tables. */
export function deriveFixedTables(context: FixedContext): Map<TableId, DerivedTable> {
  const memo = new Map<string, DerivedCell>();
  const readsMemo = new Map<string, readonly CellRead[]>();
  const inputIndex = new Map<string, { values: Map<string, Amount>; reported: Map<string, Amount> }>();
  for (const [table, input] of context.inputs) {
    for (const row of input?.rows ?? []) {
      const key = `${table}[${row.row}]`;
      if (inputIndex.has(key)) continue; // duplicates are reported by validation
      const read = (record: Readonly<Record<string, string>>): Map<string, Amount> =>
        new Map(Object.entries(record).map(([c, t]) => [c, toWanYuan(amount(t), context.unit)]));
      inputIndex.set(key, { values: read(row.values), reported: read(row.reported) });
    }
  }

  const evaluate = (table: TableId, row: FixedRowDefinition, column: string): DerivedCell | undefined => {
    const id = `${table}[${row.key}].${column}`;
    const cached = memo.get(id);
    if (cached) return cached;
    const spec = row.cells[column];
    if (spec === undefined) return undefined;
    const typed = inputIndex.get(`${table}[${row.key}]`);
    let cell: DerivedCell;
    if (spec === 'input') {
      const v = typed?.values.get(column) ?? ZERO;
      cell = { kind: 'input', value: v, computed: v };
    } else {
      let total = ZERO;
      const reads: CellRead[] = [];
      for (const term of specTerms(spec)) {
        const ref = parseCellRef(term, table);
        const target = context.definitions.get(ref.table);
        let v: Amount;
        let address: CellAddress;
        if (target) {
          const targetRow = findRow(target, ref);
          address = cellAddress(ref.table, targetRow?.key ?? ref.row, ref.column);
          v = targetRow ? (evaluate(ref.table, targetRow, ref.column)?.value ?? ZERO) : ZERO;
        } else {
          address = cellAddress(ref.table, ref.row, ref.column);
          v = context.subjectValue(address) ?? ZERO;
        }
        reads.push({ address, negate: ref.negate });
        total = ref.negate ? total.minus(v) : total.plus(v);
      }
      const rep = typed?.reported.get(column);
      const kind: CellKind = 'copy' in spec ? 'copied' : 'derived';
      cell = { kind, value: rep ?? total, computed: total, reported: rep, rule: spec.rule };
      readsMemo.set(id, reads);
    }
    memo.set(id, cell);
    return cell;
  };

  const out = new Map<TableId, DerivedTable>();
  for (const [id, definition] of context.definitions) {
    const rows: DerivedRow[] = definition.rows.map((row) => {
      const cells = new Map<string, DerivedCell>();
      for (const column of Object.keys(row.cells)) {
        const cell = evaluate(id, row, column);
        if (cell) cells.set(column, cell);
      }
      return { key: row.key, ...(row.code !== undefined ? { code: row.code } : {}), label: row.label, cells };
    });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const byCode = new Map(rows.filter((r) => r.code !== undefined).map((r) => [r.code ?? '', r]));
    const reads = (row: string, column: string): readonly CellRead[] => readsMemo.get(`${id}[${row}].${column}`) ?? [];
    out.set(id, { id, definition, rows, row: (key) => byKey.get(key), rowByCode: (code) => byCode.get(code), reads });
  }
  return out;
}
