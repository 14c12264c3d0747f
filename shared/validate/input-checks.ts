// Checks on what was typed or imported: codes, names, rows and columns the template does not know.
import { amount } from '../money/money';
import type { Catalog } from '../catalog/catalog';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import type { ReportTemplate } from '../report/template';
import { FINAL_ACCOUNT_TABLE_IDS, TOTAL_ROW, tableLabel, type TableId } from '../tables/cell-address';
import type { TableDefinition } from '../tables/definition';
import { cellLocation, describeCell, type Issue } from './issue';

const FUNCTION_CODE = /^\d{3}(\d{2}){0,2}$/;

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

function checkTableRows(id: TableId, project: Project, template: ReportTemplate, report: DerivedReport, catalog: Catalog): Issue[] {
  const issues: Issue[] = [];
  const definition = template.table(id);
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
    const knownRow = definition.kind === 'subject' ? input.row === TOTAL_ROW || FUNCTION_CODE.test(input.row) : definition.rows.some((r) => r.key === input.row);
    if (!knownRow) {
      const message = definition.kind === 'subject' ? `${rowName()}：科目编码应为3位（类）、5位（款）或7位（项）数字。` : `${rowName()}不是该表的固定行，录入的数字未被使用。`;
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
    if (definition.kind === 'subject' && input.row !== TOTAL_ROW && FUNCTION_CODE.test(input.row)) {
      const entry = catalog.lookup('function', input.row);
      if (!entry) {
        issues.push({ id: 'CATALOG.UNKNOWN', severity: 'warning', location: at(), message: `${rowName()}：科目编码 ${input.row} 不在科目表中，请核对编码，或导入官方科目表。` });
      } else if (input.name !== undefined && input.name.replace(/\s/g, '') !== entry.name) {
        issues.push({ id: 'CATALOG.NAME', severity: 'warning', location: at(), message: `${rowName()}：科目名称“${input.name}”与科目表中的“${entry.name}”不一致，公开时采用科目表名称。` });
      }
      if (!isParent && input.row.length !== 7 && Object.keys(input.values).length > 0) {
        issues.push({ id: 'CODE.LEVEL', severity: 'warning', location: at(), message: `${rowName()}：金额通常录入到7位的项级科目。` });
      }
    }
  }
  return issues;
}

/** A 类 with spending must have its line among the 26 类 lines of 01 and 04, or its amount is lost there. */
function checkCategoryLines(template: ReportTemplate, report: DerivedReport): Issue[] {
  const fa01 = template.table('FA01');
  const lines = new Set(fa01.kind === 'fixed' ? fa01.rows.map((r) => r.code).filter((c) => c !== undefined) : []);
  const issues: Issue[] = [];
  for (const id of ['FA03', 'FA05', 'FA07', 'FA08'] as const) {
    for (const row of report.table(id).rows) {
      if (row.level !== 1 || row.code === undefined || lines.has(row.code)) continue;
      if ([...row.cells.values()].every((c) => c.value.isZero())) continue;
      issues.push({ id: 'CATALOG.LINE', severity: 'error', location: { kind: 'cell', table: id, row: row.key }, message: `${tableLabel(id)}“${row.code} ${row.label}”不是公开01表、04表列示的支出功能分类类级科目，其金额无法列入总表，请核对编码。` });
    }
  }
  return issues;
}

export function checkInputs(project: Project, template: ReportTemplate, report: DerivedReport, catalog: Catalog): Issue[] {
  return [...FINAL_ACCOUNT_TABLE_IDS.flatMap((id) => checkTableRows(id, project, template, report, catalog)), ...checkCategoryLines(template, report)];
}
