// Checks on what was typed or imported: codes, names, rows and columns the template does not know.
import { amount } from '../money/money';
import { isCodeShapeOf, type Catalog } from '../catalog/catalog';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import type { ReportTemplate } from '../report/template';
import { TOTAL_ROW, tableLabel, type TableId } from '../tables/cell-address';
import type { FixedTableDefinition, SubjectTableDefinition } from '../tables/definition';
import { cellLocation, describeCell, type Issue } from './issue';
import { checkListRows } from './list-input-checks';
import { checkPairedCodes } from './paired-code-checks';

type TableDefinition = SubjectTableDefinition | FixedTableDefinition;

/** Per code scheme: the code lengths in words and the level amounts are typed at. */
const SCHEME_LEVELS: Readonly<Record<SubjectTableDefinition['scheme'], { readonly shape: string; readonly leafLength: number; readonly leaf: string }>> = {
  function: { shape: '3位（类）、5位（款）或7位（项）', leafLength: 7, leaf: '7位的项级' },
  deptEconomic: { shape: '3位（类）或5位（款）', leafLength: 5, leaf: '5位的款级' },
};

function inputColumns(definition: TableDefinition, rowKey: string): ReadonlySet<string> {
  if (definition.kind === 'subject') return new Set(definition.columns.filter((c) => !c.formula).map((c) => c.key));
  const row = definition.rows.find((r) => r.key === rowKey);
  return new Set(Object.entries(row?.cells ?? {}).filter(([, spec]) => spec === 'input').map(([c]) => c));
}

function derivedColumns(definition: TableDefinition, rowKey: string): ReadonlySet<string> {
  if (definition.kind === 'subject') return new Set(definition.columns.map((c) => c.key));
  const row = definition.rows.find((r) => r.key === rowKey);
  return new Set(Object.entries(row?.cells ?? {}).filter(([, spec]) => spec !== 'input').map(([c]) => c));
}

function checkTableRows(definition: TableDefinition, project: Project, report: DerivedReport, catalog: Catalog): Issue[] {
  const issues: Issue[] = [];
  const id: TableId = definition.id;
  const rows = project.tables[id]?.rows ?? [];
  const seen = new Set<string>();
  const derived = report.table(id);
  const subjectInputs = definition.kind === 'subject' ? inputColumns(definition, '') : undefined;
  const subjectDerivable = definition.kind === 'subject' ? derivedColumns(definition, '') : undefined;
  const firstInput = definition.kind === 'subject' ? definition.columns.find((c) => !c.formula)?.key : undefined;
  for (const input of rows) {
    const at = (column?: string) => (column === undefined ? { kind: 'cell' as const, table: id, row: input.row } : cellLocation({ table: id, row: input.row, column }));
    // Named only when an issue is reported: this runs for every typed row after every edit.
    const rowName = (): string => `${tableLabel(id)}“${input.row}${input.name ? ` ${input.name}` : ''}”行`;
    if (seen.has(input.row)) {
      issues.push({ id: 'ROW.DUPLICATE', severity: 'error', location: at(), message: `${rowName()}重复录入，只采用第一行；请合并或删除重复的行。` });
      continue;
    }
    seen.add(input.row);
    const knownRow = definition.kind === 'subject' ? input.row === TOTAL_ROW || isCodeShapeOf(definition.scheme, input.row) : definition.rows.some((r) => r.key === input.row);
    if (!knownRow) {
      const message = definition.kind === 'subject' ? `${rowName()}：科目编码应为${SCHEME_LEVELS[definition.scheme].shape}数字。` : `${rowName()}不是该表的固定行，录入的数字未被使用。`;
      issues.push({ id: 'ROW.UNKNOWN', severity: 'error', location: at(), message });
      if (definition.kind === 'fixed') continue;
    }
    const inputs = subjectInputs ?? inputColumns(definition, input.row);
    const derivable = subjectDerivable ?? derivedColumns(definition, input.row);
    const isParent = definition.kind === 'subject' && input.row !== TOTAL_ROW && firstInput !== undefined && derived.row(input.row)?.cells.get(firstInput)?.kind === 'derived';
    for (const [column, text] of Object.entries(input.values)) {
      const label = (): string => describeCell(report, { table: id, row: input.row, column });
      if (!inputs.has(column) || (definition.kind === 'subject' && (isParent || input.row === TOTAL_ROW))) {
        issues.push({ id: 'INPUT.DERIVED', severity: 'error', location: at(column), message: `${label()}由下级科目或公式计算，不能直接录入；录入的 ${text} 未被使用，如需与报表核对请作为报表数录入。` });
      } else if (text.startsWith('-') && !amount(text).isZero()) {
        issues.push({ id: 'AMOUNT.NEGATIVE', severity: 'warning', location: at(column), message: `${label()}为负数（${text}），公开表中的金额通常不为负，请核对。` });
      }
    }
    for (const column of Object.keys(input.reported)) {
      if (!derivable.has(column) || (definition.kind === 'subject' && !isParent && input.row !== TOTAL_ROW && inputs.has(column))) {
        const label = describeCell(report, { table: id, row: input.row, column });
        issues.push({ id: 'INPUT.REPORTED', severity: 'warning', location: at(column), message: `${label}是录入数，不需要报表数；报表数 ${input.reported[column] ?? ''} 未被使用。` });
      }
    }
    if (definition.kind === 'subject' && input.row !== TOTAL_ROW && isCodeShapeOf(definition.scheme, input.row)) {
      const entry = catalog.lookup(definition.scheme, input.row);
      if (!entry) {
        issues.push({ id: 'CATALOG.UNKNOWN', severity: 'warning', location: at(), message: `${rowName()}：科目编码 ${input.row} 不在科目表中，请核对编码，或导入官方科目表。` });
      } else if (input.name !== undefined && input.name.replace(/\s/g, '') !== entry.name) {
        issues.push({ id: 'CATALOG.NAME', severity: 'warning', location: at(), message: `${rowName()}：科目名称“${input.name}”与科目表中的“${entry.name}”不一致，公开时采用科目表名称。` });
      }
      const levels = SCHEME_LEVELS[definition.scheme];
      if (!isParent && input.row.length !== levels.leafLength && Object.keys(input.values).length > 0) {
        issues.push({ id: 'CODE.LEVEL', severity: 'warning', location: at(), message: `${rowName()}：金额通常录入到${levels.leaf}科目。` });
      }
    }
  }
  return issues;
}

/** A 类 with spending must have its line among the 类 lines of 01 and 04 (budget 1 and 4), or its amount is lost there. */
function checkCategoryLines(template: ReportTemplate, report: DerivedReport): Issue[] {
  const check = template.rules.categoryLines;
  if (!check) return [];
  const [first] = check.lines;
  const lineTable = first === undefined ? undefined : template.table(first);
  const lines = new Set(lineTable?.kind === 'fixed' ? lineTable.rows.map((r) => r.code).filter((c) => c !== undefined) : []);
  const lineTables = check.lines.map(tableLabel).join('、');
  const issues: Issue[] = [];
  for (const id of check.tables) {
    for (const row of report.table(id).rows) {
      if (row.level !== 1 || row.code === undefined || lines.has(row.code)) continue;
      if ([...row.cells.values()].every((c) => c.value.isZero())) continue;
      issues.push({ id: 'CATALOG.LINE', severity: 'error', location: { kind: 'cell', table: id, row: row.key }, message: `${tableLabel(id)}“${row.code} ${row.label}”不是${lineTables}列示的支出功能分类类级科目，其金额无法列入总表，请核对编码。` });
    }
  }
  return issues;
}

export function checkInputs(project: Project, template: ReportTemplate, report: DerivedReport, catalog: Catalog): Issue[] {
  const issues = template.tables.flatMap((definition) =>
    definition.kind === 'list' ? checkListRows(definition, project, report) : checkTableRows(definition, project, report, catalog),
  );
  return [...issues, ...checkPairedCodes(template, project, report, catalog), ...checkCategoryLines(template, report)];
}
