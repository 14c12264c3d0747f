// The report kinds (决算, 预算) and their bundled templates: one registry, so derive, validate, the CLI
// and the renderer handle both kinds with the same machinery and never switch on table ids.
import { budgetTemplateData } from '../../templates/budget';
import { finalAccountTemplateData } from '../../templates/final-account';
import type { ReportKind, ReportScope } from '../project/schema';
import { BUDGET_TABLE_IDS, FINAL_ACCOUNT_TABLE_IDS, type TableId } from '../tables/cell-address';
import { loadTemplate, type ReportTemplate, type TemplateData } from './template';

export type { ReportKind } from '../project/schema';

export interface ReportKindDefinition {
  readonly kind: ReportKind;
  /** 决算 / 预算, as in 部门决算公开 / 部门预算公开. */
  readonly word: string;
  /** The tables in official order (the template lists the same ids, which a test checks). */
  readonly tableIds: readonly TableId[];
  /** Caption lines above every table: the owner line ({unitName} filled in) and the amount-unit line. */
  readonly tableCaption: {
    readonly owner: Readonly<Record<ReportScope, string>>;
    readonly amountUnit: string;
    /** Whether the table number line (公开01表) is printed above the owner line; the budget tables print none. */
    readonly numberLine: boolean;
  };
  readonly templateData: TemplateData;
}

export const REPORT_KINDS: Readonly<Record<ReportKind, ReportKindDefinition>> = {
  finalAccount: {
    kind: 'finalAccount',
    word: '决算',
    tableIds: FINAL_ACCOUNT_TABLE_IDS,
    tableCaption: { owner: { unit: '单位：{unitName}本级', department: '部门：{unitName}（汇总）' }, amountUnit: '金额单位：万元', numberLine: true },
    templateData: finalAccountTemplateData,
  },
  budget: {
    kind: 'budget',
    word: '预算',
    tableIds: BUDGET_TABLE_IDS,
    // The budget seed prints 部门(单位) for a unit as well (domain README §2).
    tableCaption: { owner: { unit: '部门（单位）：{unitName}', department: '部门（单位）：{unitName}' }, amountUnit: '单位：万元', numberLine: false },
    templateData: budgetTemplateData,
  },
};

const loaded = new Map<ReportKind, ReportTemplate>();

/** The bundled template of a report kind, loaded (and checked) once. */
export function templateFor(kind: ReportKind): ReportTemplate {
  let template = loaded.get(kind);
  if (!template) {
    template = loadTemplate(REPORT_KINDS[kind].templateData);
    loaded.set(kind, template);
  }
  return template;
}
