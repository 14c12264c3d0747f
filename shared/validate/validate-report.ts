// validate: every rule over the derived report; a pure function of (project, template, catalog).
import type { Catalog } from '../catalog/catalog';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import type { ReportTemplate } from '../report/template';
import type { Issue } from './issue';
import { checkInputs } from './input-checks';
import { checkRelations } from './relation-rules';
import { checkReportedFigures } from './reported-checks';
import { checkYearOnYear } from './year-on-year';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;


/** `extra` carries the issues of the text builders (情况说明, 名词解释, 附件), found where the text is written. */
export function validateReport(project: Project, template: ReportTemplate, catalog: Catalog, report: DerivedReport, extra: readonly Issue[] = []): Issue[] {
  const issues = [
    ...checkInputs(project, template, report, catalog),
    ...checkReportedFigures(report, project),
    ...checkRelations(template.rules.relations, report, project),
    ...checkYearOnYear(project, template, report),
    ...extra,
  ];
  // Stable: by severity, then table in official order (the template's); within a table in the order found.
  const order = new Map(template.tables.map((t, i) => [t.id, i]));
  const tableOrder = (issue: Issue): number => (issue.location.kind === 'cell' ? (order.get(issue.location.table) ?? order.size) : order.size);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || tableOrder(a.issue) - tableOrder(b.issue) || a.index - b.index)
    .map((x) => x.issue);
}
