// The derive + validate pass the app and CLI share, for either report kind (决算 or 预算); the name
// stays for the callers that predate the budget kind.
import type { Catalog } from '../catalog/catalog';
import { catalogForProject } from '../catalog/project-catalog';
import { deriveReport } from '../derive/derive-report';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import { validateReport } from '../validate/validate-report';
import type { Issue } from '../validate/issue';
import type { ReportTemplate } from './template';
import { templateFor } from './report-kind';
import { narrativeContext } from '../narrative/context';
import { tableSectionIssues } from '../narrative/table-sections/table-sections';
import { ownTextIssues } from '../narrative/own-text-check';
import { officerSectionIssues } from '../narrative/officer-sections';
import { budgetTextIssues } from '../narrative/budget/budget-text';

export function finalAccountTemplate(): ReportTemplate {
  return templateFor('finalAccount');
}

/** The bundled catalog with the project's own entries (imported official list, learned codes) on top. */
export const projectCatalog = catalogForProject;

export interface Analysis {
  readonly report: DerivedReport;
  readonly issues: readonly Issue[];
}

/** Issues found where a kind's text is written (情况说明, 名词解释, 附件; the budget text and its 绩效目标表). */
function textIssues(project: Project, report: DerivedReport, template: ReportTemplate, catalog: Catalog): Issue[] {
  switch (project.kind) {
    case 'finalAccount': {
      const context = narrativeContext(project, report, template, catalog);
      return [...tableSectionIssues(context), ...ownTextIssues(context), ...officerSectionIssues(context)];
    }
    case 'budget':
      return [...budgetTextIssues(narrativeContext(project, report, template, catalog))];
    default: {
      const unknown: never = project.kind;
      throw new Error(`未知的报告类型：${String(unknown)}`);
    }
  }
}

export function analyseProject(project: Project, template: ReportTemplate = templateFor(project.kind), catalog: Catalog = projectCatalog(project)): Analysis {
  const report = deriveReport(project, template, catalog);
  return { report, issues: validateReport(project, template, catalog, report, textIssues(project, report, template, catalog)) };
}
