// {year}年度市级预算项目绩效自评情况汇总表 (final-account-narrative.md §18.1): group rows, one row per
// project, and (where the layout has the 全年预算数 column) a 合计 row equal to 十三's amount.
import { sum } from '../../money/money';
import type { Block, GridCell } from '../../publication/model';
import type { NarrativeContext } from '../context';
import { formAmount, scoreText } from '../officer-sections/section-helpers';
import { scoped } from '../officer-sections/officer-templates';
import { renderTemplate } from '../sentence-template';
import { attachmentTemplates } from './attachment-templates';
import type { ProjectEvaluation } from './scoring';

/** The summary-table groups in order, each with its projects (a project in an unknown group goes to the default). */
export function summaryGroups(context: NarrativeContext, evaluations: readonly ProjectEvaluation[]): { label: string; projects: ProjectEvaluation[] }[] {
  const t = attachmentTemplates().summary;
  const scope = context.project.scope;
  const typed = context.project.narrative.performance.groups.map((g) => g.trim()).filter((g) => g !== '');
  const labels = typed.length > 0 ? typed : t.groups[scope];
  const preferred = scoped(t.defaultGroup, scope);
  const fallback = labels.includes(preferred) ? preferred : (labels[0] ?? preferred);
  const groups: { label: string; projects: ProjectEvaluation[] }[] = (labels.length > 0 ? labels : [fallback]).map((label) => ({ label, projects: [] }));
  for (const e of evaluations) {
    const wanted = e.input.group.trim();
    const target = groups.find((g) => g.label === wanted) ?? groups.find((g) => g.label === fallback);
    target?.projects.push(e);
  }
  return groups;
}

export function summaryTableBlock(context: NarrativeContext, evaluations: readonly ProjectEvaluation[]): Block {
  const t = attachmentTemplates().summary;
  const scope = context.project.scope;
  const withBudget = t.budgetColumn[scope];
  const h = t.headers;
  const header = [h.number, h.name, h.fundUser, ...(withBudget ? [h.budget] : []), h.score, h.grade].map((text): GridCell => ({ text, align: 'center', bold: true }));
  const columns = header.length;
  const rows: GridCell[][] = [header];
  let n = 0;
  for (const group of summaryGroups(context, evaluations)) {
    rows.push([{ text: group.label, colSpan: columns, align: 'left', bold: true }]);
    for (const e of group.projects) {
      n += 1;
      const budget: GridCell[] = withBudget ? [{ text: formAmount(e.budget), align: 'right' }] : [];
      rows.push([
        { text: String(n), align: 'center' },
        { text: e.input.name.trim(), align: 'left' },
        { text: e.fundUser, align: 'left' },
        ...budget,
        { text: scoreText(e.total), align: 'center' },
        { text: t.gradeWords[scope][e.grade], align: 'center' },
      ]);
    }
  }
  if (withBudget) {
    rows.push([
      { text: t.totalLabel, colSpan: 3, align: 'center', bold: true },
      { text: formAmount(sum(evaluations.map((e) => e.budget))), align: 'right' },
      { text: t.noScore, align: 'center' },
      { text: '', align: 'center' },
    ]);
  }
  return {
    kind: 'grid',
    title: renderTemplate(t.title, { year: String(context.project.year) }),
    captions: [
      { text: renderTemplate(scoped(t.ownerLine, scope), { unitName: context.project.unitName, name: context.name }), align: 'left' },
      { text: t.amountUnit, align: 'right' },
    ],
    rows,
    headerRows: 1,
    notes: [],
  };
}
