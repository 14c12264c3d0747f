// derive: a pure function of (project, template, catalog) — runs after every edit, in the CLI and before export.
import { ZERO } from '../money/money';
import type { Catalog } from '../catalog/catalog';
import type { EntryUnit } from '../money/money';
import type { Project, RowInput } from '../project/schema';
import type { ReportTemplate } from '../report/template';
import { TABLE_IDS, type CellAddress, type TableId } from '../tables/cell-address';
import type { FixedTableDefinition, SubjectTableDefinition, TableDefinition } from '../tables/definition';
import type { DerivedReport, DerivedTable } from './derived-model';
import { deriveSubjectTable } from './subject-table';
import { deriveFixedTables } from './fixed-tables';
import { deriveListTable } from './list-table';
import { withPairedCodes } from './paired-codes';

/**
 * The last derived 科目 or list table per definition, with what it was derived from. An edit replaces
 * only the rows array of the table it touches (the project is immutable), so re-deriving after an edit
 * rebuilds that table and reuses the others as long as the entry unit and the catalog are the same.
 */
const lastDerived = new WeakMap<TableDefinition, { readonly rows: readonly RowInput[]; readonly unit: EntryUnit; readonly catalog: Catalog; readonly table: DerivedTable }>();

function memoised(definition: TableDefinition, rows: readonly RowInput[], unit: EntryUnit, catalog: Catalog, derive: () => DerivedTable): DerivedTable {
  const last = lastDerived.get(definition);
  if (last !== undefined && last.rows === rows && last.unit === unit && last.catalog === catalog) return last.table;
  const table = derive();
  lastDerived.set(definition, { rows, unit, catalog, table });
  return table;
}

const NO_ROWS: readonly RowInput[] = [];

export function deriveReport(project: Project, template: ReportTemplate, catalog: Catalog): DerivedReport {
  const tables = new Map<TableId, DerivedTable>();
  const fixed = new Map<TableId, FixedTableDefinition>();
  const nameOf = (scheme: SubjectTableDefinition['scheme']) => (code: string): string | undefined => catalog.lookup(scheme, code)?.name;
  const unit = project.entryUnit;
  for (const definition of template.tables) {
    const rows = project.tables[definition.id]?.rows ?? NO_ROWS;
    switch (definition.kind) {
      case 'subject': {
        const derive = (): DerivedTable => {
          const table = deriveSubjectTable(definition, rows, unit, nameOf(definition.scheme));
          return definition.paired ? withPairedCodes(table, rows, catalog) : table;
        };
        tables.set(definition.id, memoised(definition, rows, unit, catalog, derive));
        break;
      }
      case 'list':
        tables.set(definition.id, memoised(definition, rows, unit, catalog, () => deriveListTable(definition, rows, unit)));
        break;
      case 'fixed':
        fixed.set(definition.id, definition);
        break;
      default: {
        const unknown: never = definition;
        throw new Error(`未知的表类型：${JSON.stringify(unknown)}`);
      }
    }
  }
  const subjectValue = (address: CellAddress) => tables.get(address.table)?.row(address.row)?.cells.get(address.column)?.value;
  const inputs = new Map([...fixed.keys()].map((id) => [id, project.tables[id]]));
  for (const [id, table] of deriveFixedTables({ definitions: fixed, inputs, unit: project.entryUnit, subjectValue })) tables.set(id, table);

  const table = (id: TableId): DerivedTable => {
    const t = tables.get(id);
    if (!t) throw new Error(`报表中没有 ${id}`);
    return t;
  };
  const cell = (address: CellAddress) => tables.get(address.table)?.row(address.row)?.cells.get(address.column);
  return {
    tables,
    table,
    cell,
    value: (address) => cell(address)?.value ?? ZERO,
    reads: (address) => tables.get(address.table)?.reads(address.row, address.column) ?? [],
  };
}

/** The same project without any 报表数: what the typed inputs alone determine. */
export function withoutReportedFigures(project: Project): Project {
  const tables: Project['tables'] = {};
  for (const id of TABLE_IDS) {
    const input = project.tables[id];
    if (input) tables[id] = { rows: input.rows.map((row) => ({ ...row, reported: {} })) };
  }
  return { ...project, tables };
}
