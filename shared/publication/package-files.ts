// The publication package as bytes: the .docx and the .xlsx, from one analysis of the project.
// Charts are rasterised by the caller (Node: resvg; the app's main process does the same).
import type { Catalog } from '../catalog/catalog';
import { writePublicationDocx, type ChartPicture } from '../export/docx/write-publication-docx';
import { tableGrids } from '../export/table-grid';
import { writeTablesWorkbook } from '../export/xlsx/write-tables-workbook';
import { narrativeContext } from '../narrative/context';
import type { Project } from '../project/schema';
import { analyseProject, projectCatalog } from '../report/final-account';
import { REPORT_KINDS, templateFor } from '../report/report-kind';
import type { ReportTemplate } from '../report/template';
import type { Issue } from '../validate/issue';
import { buildPublication, tableOwnerLine } from './build-publication';
import type { ChartSpec, Publication } from './model';

export type ChartRenderer = (spec: ChartSpec) => ChartPicture | Promise<ChartPicture>;

export interface PackageFiles {
  readonly docx: Uint8Array;
  readonly xlsx: Uint8Array;
  /** {year}年度{name}本级决算公开 | {year}年{name}单位预算公开 — the stem of both file names. */
  readonly baseName: string;
  readonly issues: readonly Issue[];
  readonly draft: boolean;
}

export function chartSpecs(publication: Publication): ChartSpec[] {
  return publication.parts.flatMap((part) => part.blocks.flatMap((block) => (block.kind === 'chart' ? [block.chart] : [])));
}

export function packageBaseName(project: Project): string {
  const department = project.scope === 'department';
  switch (project.kind) {
    case 'finalAccount':
      return department ? `${project.year}年度${project.unitName}（汇总）部门决算公开` : `${project.year}年度${project.unitName}本级决算公开`;
    case 'budget':
      return `${project.year}年${project.unitName}${department ? '部门' : '单位'}预算公开`;
    default: {
      const unknown: never = project.kind;
      throw new Error(`未知的报告类型：${String(unknown)}`);
    }
  }
}

/**
 * Builds both files. A project with errors is only exported as a draft (草稿 in the .docx header);
 * `draft` forces the mark even without errors.
 */
export async function buildPackageFiles(
  project: Project,
  renderChart: ChartRenderer,
  options: { readonly draft?: boolean; readonly template?: ReportTemplate; readonly catalog?: Catalog } = {},
): Promise<PackageFiles> {
  const template = options.template ?? templateFor(project.kind);
  const catalog = options.catalog ?? projectCatalog(project);
  const { report, issues } = analyseProject(project, template, catalog);
  const draft = options.draft === true || issues.some((i) => i.severity === 'error');
  const context = narrativeContext(project, report, template, catalog);
  const publication = buildPublication(context, { draft });
  const caption = REPORT_KINDS[project.kind].tableCaption;
  const grids = tableGrids(report, template, {
    scopeWord: context.scopeWord,
    ownerLine: tableOwnerLine(context),
    year: project.year,
    amountUnitLine: caption.amountUnit,
    printNumber: caption.numberLine,
  });
  const charts = new Map<string, ChartPicture>();
  for (const spec of chartSpecs(publication)) charts.set(spec.id, await renderChart(spec));
  const [docx, xlsx] = await Promise.all([writePublicationDocx(publication, new Map(grids.map((g) => [g.id, g])), charts), writeTablesWorkbook(grids)]);
  return { docx, xlsx, baseName: packageBaseName(project), issues, draft };
}
