// The template and analysis for a project. One place decides which report kind's template applies, so
// the UI is built from the template (tables, definitions, sections) and never names a table itself.
import type { Catalog } from '../../../shared/catalog/catalog';
import type { Project } from '../../../shared/project/schema';
import { analyseProject, projectCatalog, type Analysis } from '../../../shared/report/final-account';
import { REPORT_KINDS, templateFor } from '../../../shared/report/report-kind';
import type { ReportTemplate } from '../../../shared/report/template';

export type { Analysis };

/** The template of the project's report kind (决算 or 预算). */
export function templateOf(project: Project): ReportTemplate {
  return templateFor(project.kind);
}

/** 决算 / 预算 */
export function kindWord(project: Project): string {
  return REPORT_KINDS[project.kind].word;
}

export function catalogOf(project: Project): Catalog {
  return projectCatalog(project);
}

export function analyse(project: Project): Analysis {
  return analyseProject(project, templateOf(project), catalogOf(project));
}

/** The file name a new project is saved under (without extension): 2025年度××单位预算公开. */
export function suggestedName(project: Project): string {
  return `${project.year}年度${project.unitName}${kindWord(project)}公开`;
}
