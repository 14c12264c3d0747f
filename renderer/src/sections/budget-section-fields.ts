// The structured inputs of each part of the 预算 text (budget-narrative.md): which project fields a
// section editor shows, and which of last year's figures each section compares with. The budget text
// names an issue's field by its whole path below project.narrative (stateAssets.vehicles.total,
// budget.targetForms.0.objective), so the editor's field names are built the same way.
import { budgetTemplates } from '../../../shared/narrative/budget/budget-templates';
import type { Project, ReportKind } from '../../../shared/project/schema';
import type { PartId } from '../report/parts';
import { FIELDS_BY_PART, issueFieldOf, VEHICLE_FIELDS, type FieldGroup, type FieldSpec, type NarrativePath } from './section-fields';

const count = (label: string, path: NarrativePath): FieldSpec => ({ kind: 'count', label, path });
const amount = (label: string, path: NarrativePath, hint?: string): FieldSpec => ({ kind: 'amount', label, path, ...(hint === undefined ? {} : { hint }) });
const lines = (label: string, path: NarrativePath, hint?: string, scope?: 'unit' | 'department'): FieldSpec => ({
  kind: 'lines',
  label,
  path,
  ...(hint === undefined ? {} : { hint }),
  ...(scope === undefined ? {} : { scope }),
});

export const BUDGET_FIELDS_BY_PART: Readonly<Partial<Record<PartId, readonly FieldGroup[]>>> = {
  overview: [
    {
      title: '职责与机构',
      fields: [
        lines('主要职责（每段一行，含编号）', ['overview', 'duties']),
        { kind: 'text', label: '机构设置说明（写在机构名单之前）', path: ['budget', 'organisationNote'], hint: '例如：本单位为市级二级预算单位，无下属单位。' },
        lines('内设机构（每行一个）', ['overview', 'divisions'], undefined, 'unit'),
        lines('部门预算包括的单位（每行一个）', ['overview', 'constituentUnits'], undefined, 'department'),
      ],
    },
  ],
  'section:b4': [
    {
      title: '政府采购预算（按采购品目）',
      field: 'procurement',
      fields: [
        amount('货物', ['procurement', 'goods'], '三项之和应等于政府采购预算情况表的合计'),
        amount('工程', ['procurement', 'works']),
        amount('服务', ['procurement', 'services']),
      ],
    },
  ],
  'section:b5': [
    {
      title: '车辆（上年12月31日）',
      field: 'stateAssets.vehicles',
      fields: VEHICLE_FIELDS,
    },
    {
      title: '设备',
      fields: [
        count('单位价值100万元以上设备（台、套）', ['stateAssets', 'highValueEquipment']),
        count('本年预算安排购置100万元以上大型设备（台、套）', ['budget', 'plannedLargeEquipment']),
      ],
    },
  ],
  'section:b6': [
    {
      title: '预算绩效管理情况',
      fields: [
        lines('部门重点绩效评价项目（每行一个）', ['budget', 'keyEvaluationProjects'], '项目名称须与项目支出预算情况表一致'),
        lines('依据以往评价结果优化预算的项目（每行一个）', ['budget', 'optimisedProjects'], '项目名称须与项目支出预算情况表一致'),
      ],
    },
  ],
};

/** The input groups of a part for the project's report kind. */
export function fieldsFor(kind: ReportKind, part: PartId): readonly FieldGroup[] {
  return (kind === 'budget' ? BUDGET_FIELDS_BY_PART : FIELDS_BY_PART)[part] ?? [];
}

/** The `field` an issue of this report kind names for a path. */
export function issueFieldFor(kind: ReportKind, path: NarrativePath): string {
  return kind === 'budget' ? path.map(String).join('.') : issueFieldOf(path);
}

/** Last year's figures (and reasons) each budget section compares with: 一 收支, 二 “三公”, 三 机关运行经费. */
export function budgetFiguresBySection(): ReadonlyMap<string, readonly string[]> {
  const t = budgetTemplates().sections;
  const income = t.incomeExpenditure;
  return new Map([
    ['b1', [income.totalFigure, ...income.sources.map((s) => s.figure), income.basicFigure, income.projectFigure]],
    ['b2', Object.values(t.threePublic.figures)],
    ['b3', [t.agencyOperatingCost.figure]],
  ]);
}

/** The part of the budget text where the officer enters a 绩效目标表. */
export const TARGET_FORMS_PATH: NarrativePath = ['budget', 'targetForms'];

/**
 * Every field name a budget part's editor shows (its data-field attributes), so an issue's field can be
 * checked to have somewhere to jump to. The paragraphs' own-text switches are not listed.
 */
export function budgetEditorFields(project: Project, part: PartId): string[] {
  const fields: string[] = [];
  for (const group of BUDGET_FIELDS_BY_PART[part] ?? []) {
    if (group.field !== undefined) fields.push(group.field);
    for (const spec of group.fields) if (spec.scope === undefined || spec.scope === project.scope) fields.push(issueFieldFor('budget', spec.path));
  }
  const section = part.startsWith('section:') ? part.slice('section:'.length) : undefined;
  const figures = section === undefined ? [] : (budgetFiguresBySection().get(section) ?? []);
  if (figures.length > 0) fields.push('priorYear', ...figures.flatMap((id) => [`priorYear.${id}`, `reasons.${id}`]));
  if (part === 'targetForms') {
    const root = issueFieldFor('budget', TARGET_FORMS_PATH);
    fields.push(root);
    project.narrative.budget.targetForms.forEach((_, i) => fields.push(...['', '.project', '.objective', '.indicators'].map((end) => `${root}.${i}${end}`)));
  }
  return fields;
}
