// The 决算 report kind: its bundled template and the derive + validate pass the app and CLI share.
import { finalAccountTemplateData } from '../../templates/final-account';
import type { Catalog } from '../catalog/catalog';
import { catalogForProject } from '../catalog/project-catalog';
import { deriveReport } from '../derive/derive-report';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import { validateReport } from '../validate/validate-report';
import type { Issue } from '../validate/issue';
import { loadTemplate, type ReportTemplate } from './template';
import { narrativeContext } from '../narrative/context';
import { tableSectionIssues } from '../narrative/table-sections/table-sections';
import { ownTextIssues } from '../narrative/own-text-check';
import { officerSectionIssues } from '../narrative/officer-sections';

let cachedTemplate: ReportTemplate | undefined;

export function finalAccountTemplate(): ReportTemplate {
  cachedTemplate ??= loadTemplate(finalAccountTemplateData);
  return cachedTemplate;
}

/** The bundled catalog with the project's own entries (imported official list, learned codes) on top. */
export const projectCatalog = catalogForProject;

export interface Analysis {
  readonly report: DerivedReport;
  readonly issues: readonly Issue[];
}

export function analyseProject(project: Project, template: ReportTemplate = finalAccountTemplate(), catalog: Catalog = projectCatalog(project)): Analysis {
  const report = deriveReport(project, template, catalog);
  const context = narrativeContext(project, report, template, catalog);
  const narrative = [...tableSectionIssues(context), ...ownTextIssues(context), ...officerSectionIssues(context)];
  return { report, issues: validateReport(project, template, catalog, report, narrative) };
}
