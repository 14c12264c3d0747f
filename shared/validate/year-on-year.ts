// Year-on-year: a large change against last year's figure needs a reason in the text.
import { amount, toWanYuan, ZERO, formatMessageAmount, formatPercent, Decimal, type Amount } from '../money/money';
import { parseCellRef, cellAddress, type CellRef } from '../tables/cell-address';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import type { ReportTemplate } from '../report/template';
import { cellLocation, type Issue } from './issue';

export function checkYearOnYear(project: Project, template: ReportTemplate, report: DerivedReport): Issue[] {
  const issues: Issue[] = [];
  const threshold = new Decimal(template.rules.yearOnYearThresholdPercent).div(100);
  const known = new Set(template.priorFigures.map((f) => f.id));
  for (const id of Object.keys(project.priorYear.figures)) {
    if (!known.has(id)) {
      issues.push({ id: 'PRIOR.UNKNOWN', severity: 'warning', location: { kind: 'section', section: 'priorYear', field: id }, message: `上年数“${id}”不是本模板使用的项目，未被使用。` });
    }
  }
  const sumOf = (refs: readonly CellRef[]): Amount => refs.reduce((acc, r) => acc.plus(report.value(cellAddress(r.table, r.row, r.column))), ZERO);
  for (const figure of template.priorFigures) {
    if (!figure.explain) continue;
    const text = project.priorYear.figures[figure.id];
    // A table that prints last year's figure itself (budget 三公) is what the text compares with.
    const prior = figure.prior ? sumOf(figure.prior.map((t) => parseCellRef(t))) : text === undefined ? undefined : toWanYuan(amount(text), project.entryUnit);
    if (prior === undefined) continue;
    const refs = figure.current.map((t) => parseCellRef(t));
    const current = sumOf(refs);
    if (prior.isZero() || (project.narrative.reasons[figure.id] ?? '').trim() !== '') continue;
    const change = current.minus(prior).div(prior);
    if (change.abs().lt(threshold)) continue;
    const first = refs[0];
    if (!first) continue;
    issues.push({
      id: 'YOY.REASON',
      severity: 'warning',
      location: cellLocation(cellAddress(first.table, first.row, first.column)),
      message: `${figure.label}本年 ${formatMessageAmount(current)} 万元，上年 ${formatMessageAmount(prior)} 万元，${change.isNegative() ? '下降' : '增长'} ${formatPercent(change.abs())}，超过 ${template.rules.yearOnYearThresholdPercent}%，请在情况说明中填写增减原因。`,
    });
  }
  return issues;
}
