// Checks on the typed rows of a list table (budget 11: one row per project): names, text cells,
// cells typed where the table computes them.
import { amount } from '../money/money';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import { TOTAL_ROW, tableLabel } from '../tables/cell-address';
import type { ListTableDefinition } from '../tables/definition';
import { cellLocation, describeCell, type Issue, type IssueLocation } from './issue';

export function checkListRows(definition: ListTableDefinition, project: Project, report: DerivedReport): Issue[] {
  const issues: Issue[] = [];
  const { id } = definition;
  const inputColumns = new Set(definition.columns.filter((c) => !c.formula).map((c) => c.key));
  const formulaColumns = new Set(definition.columns.filter((c) => c.formula).map((c) => c.key));
  const textColumns = new Map(definition.textColumns.map((c) => [c.key, c]));
  const seen = new Set<string>();
  (project.tables[id]?.rows ?? []).forEach((input, index) => {
    const at = (column?: string): IssueLocation => (column === undefined ? { kind: 'cell', table: id, row: input.row } : cellLocation({ table: id, row: input.row, column }));
    const rowName = `${tableLabel(id)}第${index + 1}行${input.name ? `“${input.name}”` : ''}`;
    if (seen.has(input.row)) {
      issues.push({ id: 'ROW.DUPLICATE', severity: 'error', location: at(), message: `${rowName}与前面的行重复（同一行号 ${input.row}），只采用第一行；请合并或删除重复的行。` });
      return;
    }
    seen.add(input.row);
    const isTotal = input.row === TOTAL_ROW;
    if (!isTotal && (input.name ?? '').trim() === '') {
      issues.push({ id: 'ROW.NAME', severity: 'error', location: at(), message: `${rowName}没有填写${definition.labelHeader}。` });
    }
    for (const [column, text] of Object.entries(input.values)) {
      if (isTotal || !inputColumns.has(column)) {
        issues.push({ id: 'INPUT.DERIVED', severity: 'error', location: at(column), message: `${describeCell(report, { table: id, row: input.row, column })}由公式计算，不能直接录入；录入的 ${text} 未被使用，如需与报表核对请作为报表数录入。` });
      } else if (text.startsWith('-') && !amount(text).isZero()) {
        issues.push({ id: 'AMOUNT.NEGATIVE', severity: 'warning', location: at(column), message: `${describeCell(report, { table: id, row: input.row, column })}为负数（${text}），公开表中的金额通常不为负，请核对。` });
      }
    }
    for (const column of Object.keys(input.reported)) {
      if (isTotal ? inputColumns.has(column) || formulaColumns.has(column) : formulaColumns.has(column)) continue;
      issues.push({ id: 'INPUT.REPORTED', severity: 'warning', location: at(column), message: `${describeCell(report, { table: id, row: input.row, column })}是录入数，不需要报表数；报表数 ${input.reported[column] ?? ''} 未被使用。` });
    }
    if (isTotal) return;
    for (const [key, column] of textColumns) {
      const header = column.header.join('');
      const text = (input.texts?.[key] ?? '').trim();
      if (text === '') {
        issues.push({ id: 'TEXT.MISSING', severity: 'warning', location: at(key), message: `${rowName}没有填写${header}。` });
      } else if (column.values && !column.values.includes(text)) {
        issues.push({ id: 'TEXT.VALUE', severity: 'warning', location: at(key), message: `${rowName}的${header}“${text}”不是通常的${header}（${column.values.join('、')}），请核对。` });
      }
    }
    for (const key of Object.keys(input.texts ?? {})) {
      if (!textColumns.has(key)) issues.push({ id: 'TEXT.UNKNOWN', severity: 'warning', location: at(key), message: `${rowName}的文字栏 ${key} 不是该表的栏目，未被使用。` });
    }
  });
  return issues;
}
