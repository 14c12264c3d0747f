// What every text builder reads: the project, its derived report and the scope words.
import type { Catalog } from '../catalog/catalog';
import type { DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import type { ReportTemplate } from '../report/template';

export interface NarrativeContext {
  readonly project: Project;
  readonly report: DerivedReport;
  readonly template: ReportTemplate;
  readonly catalog: Catalog;
  /** 单位 | 部门 (README §2). */
  readonly scopeWord: '单位' | '部门';
  /** 本单位 | 本部门. */
  readonly self: '本单位' | '本部门';
  /** The unit's name (unit scope) or "{dept}（汇总）" (department scope). */
  readonly name: string;
}

export function narrativeContext(project: Project, report: DerivedReport, template: ReportTemplate, catalog: Catalog): NarrativeContext {
  const department = project.scope === 'department';
  return {
    project,
    report,
    template,
    catalog,
    scopeWord: department ? '部门' : '单位',
    self: department ? '本部门' : '本单位',
    name: department ? `${project.unitName}（汇总）` : project.unitName,
  };
}
