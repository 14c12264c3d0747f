// The derived report: every cell of every table, computed by the core from the typed inputs.
import type { Amount } from '../money/money';
import type { CellAddress, TableId } from '../tables/cell-address';
import type { TableDefinition } from '../tables/definition';

export type CellKind = 'input' | 'derived' | 'copied';

export interface DerivedCell {
  readonly kind: CellKind;
  /** Exact 万元 value used downstream and published: the 报表数 where one was typed, else `computed`. */
  readonly value: Amount;
  /** Exact 万元 value computed from the cells it reads (for input cells: the input). */
  readonly computed: Amount;
  /** The 报表数 typed from the official printout, if any. */
  readonly reported?: Amount;
  /** Rule id of the relation that defines this cell. */
  readonly rule?: string;
}

/** A cell a derived cell reads, with its sign. */
export interface CellRead {
  readonly address: CellAddress;
  readonly negate: boolean;
}

export interface DerivedRow {
  readonly key: string;
  /** 科目编码 / economic code, where the row has one. */
  readonly code?: string;
  /** Name from the catalog (科目 rows) or the template label (fixed rows). */
  readonly label: string;
  /** The name as typed or imported, when it differs from `label`. */
  readonly inputName?: string;
  /** 0 合计, 1 类, 2 款, 3 项 (科目 tables; 0 also for the total row of a list table); undefined for fixed rows. */
  readonly level?: 0 | 1 | 2 | 3;
  /** Paired 科目 tables: the 政府预算支出经济分类 code and name printed beside the row's own code. */
  readonly pairedCode?: string;
  readonly pairedLabel?: string;
  /** List tables: the row's text cells by text-column key (t1 = 项目类别). */
  readonly texts?: Readonly<Record<string, string>>;
  readonly cells: ReadonlyMap<string, DerivedCell>;
}

export interface DerivedTable {
  readonly id: TableId;
  readonly definition: TableDefinition;
  /** In print order: 合计 first, then 科目 rows in code order (科目 tables); template order (fixed). */
  readonly rows: readonly DerivedRow[];
  readonly row: (key: string) => DerivedRow | undefined;
  readonly rowByCode: (code: string) => DerivedRow | undefined;
  /** What a derived cell reads, for "where does this come from" (computed on demand). */
  readonly reads: (row: string, column: string) => readonly CellRead[];
  /**
   * How many independently rounded figures (inputs, 报表数) a cell rests on, where the table can say it
   * faster than walking `reads` (科目 tables); undefined for an unknown row or column.
   */
  readonly figureCount?: (row: string, column: string) => number | undefined;
}

export interface DerivedReport {
  readonly tables: ReadonlyMap<TableId, DerivedTable>;
  readonly table: (id: TableId) => DerivedTable;
  /** The cell at an address, or undefined where the table has no such row or column. */
  readonly cell: (address: CellAddress) => DerivedCell | undefined;
  /** The published value at an address; absent rows and blank cells are zero. */
  readonly value: (address: CellAddress) => Amount;
  readonly reads: (address: CellAddress) => readonly CellRead[];
}
