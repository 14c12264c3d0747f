// Section 六 绩效目标情况说明 of the budget text and the 政策和项目预算绩效目标表 forms (budget-narrative.md
// §6): amounts from 项目支出预算情况表, the projects chosen for evaluation and the forms from the officer.
import { amount, roundForDisplay, ZERO, type Amount } from '../../money/money';
import type { DerivedRow } from '../../derive/derived-model';
import type { Block, GridCell } from '../../publication/model';
import { TOTAL_ROW } from '../../tables/cell-address';
import type { BudgetIndicatorInput, BudgetTargetFormInput } from '../inputs/budget-sections';
import type { BudgetWriter } from './budget-writer';

/** The table the forms and 六(一) read: one row per project, 合计 (c1) and 财政拨款小计 (c2). */
const PROJECT_TABLE = 'BG11';

const value = (row: DerivedRow | undefined, column: string): Amount => roundForDisplay(row?.cells.get(column)?.value ?? ZERO);

/** Form amounts with two decimals and no separators, as printed (970.00, 3200.00, 0.00). */
const formAmount = (a: Amount): string => a.toFixed(2);

/** 指标值 as typed: ≥3部分, ≤970.00万元 (the value keeps its typed decimals), 12月底前完成. */
export function budgetTargetText(target: BudgetIndicatorInput['target']): string {
  return target.op === 'text' ? target.text : `${target.prefix}${target.op}${target.value}${target.unit}${target.suffix}`;
}

function projectRows(w: BudgetWriter): DerivedRow[] {
  return w.context.report.table(PROJECT_TABLE).rows.filter((row) => row.key !== TOTAL_ROW);
}

/** A project row without a name is already an error of the table; names are not matched against it then. */
function namesComplete(rows: readonly DerivedRow[]): boolean {
  return rows.every((row) => row.label.trim() !== '');
}

function namesList(w: BudgetWriter, names: readonly string[], rows: readonly DerivedRow[], field: string): DerivedRow[] {
  const found: DerivedRow[] = [];
  for (const name of names.map((n) => n.trim()).filter((n) => n !== '')) {
    const row = rows.find((r) => r.label === name);
    if (row === undefined && namesComplete(rows)) w.issue('error', 'B6.PROJECT', 'b6', field, `六、绩效目标情况说明：项目“${name}”不在项目支出预算情况表中。`);
    else if (row !== undefined) found.push(row);
  }
  return found;
}

function management(w: BudgetWriter, rows: readonly DerivedRow[]): void {
  const t = w.words.performance;
  const input = w.context.project.narrative.budget;
  w.heading(t.managementHeading, 2);
  if (rows.length === 0) {
    w.paragraph('b6.p1', 'b6', () => w.fill(t.noProjects));
    return;
  }
  const total = w.context.report.table(PROJECT_TABLE).row(TOTAL_ROW);
  const key = namesList(w, input.keyEvaluationProjects, rows, 'budget.keyEvaluationProjects');
  const optimised = namesList(w, input.optimisedProjects, rows, 'budget.optimisedProjects');
  w.paragraph('b6.p1', 'b6', () => {
    let text = w.fill(t.management, { count: String(rows.length), amount: value(total, 'c1'), appropriation: value(total, 'c2') });
    if (key.length > 0) {
      const sumOf = (column: string): Amount => key.reduce((acc, row) => acc.plus(value(row, column)), ZERO);
      text += w.fill(t.keyEvaluation, { list: key.map((r) => r.label).join(t.listSeparator), count: String(key.length), amount: sumOf('c1'), appropriation: sumOf('c2') });
    }
    if (optimised.length > 0) text += w.fill(t.optimised, { list: optimised.map((r) => r.label).join(t.listSeparator) });
    return text;
  });
}

function indicatorRows(w: BudgetWriter, indicators: readonly BudgetIndicatorInput[]): GridCell[][] {
  const f = w.words.performance.form;
  const out: GridCell[][] = [];
  let i = 0;
  while (i < indicators.length) {
    const first = indicators[i];
    if (first === undefined) break;
    let end = i + 1;
    while (end < indicators.length && indicators[end]?.level1 === first.level1 && indicators[end]?.level2 === first.level2) end += 1;
    const span = end - i;
    // One merged 绩效指标 / 一级 / 二级 cell per run of the same 二级指标, as the seed prints it.
    indicators.slice(i, end).forEach((indicator, k) => {
      const lead: GridCell[] =
        k === 0
          ? [
              { text: f.indicatorLabel, rowSpan: span, align: 'center' },
              { text: first.level1, rowSpan: span, align: 'center' },
              { text: first.level2, rowSpan: span, align: 'center' },
            ]
          : [];
      out.push([...lead, { text: indicator.name }, { text: budgetTargetText(indicator.target) }]);
    });
    i = end;
  }
  return out;
}

function formBlock(w: BudgetWriter, form: BudgetTargetFormInput, row: DerivedRow): Block {
  const f = w.words.performance.form;
  const unitName = w.context.project.unitName;
  const total = value(row, 'c1');
  const appropriation = value(row, 'c2');
  const department = w.fill(f.departmentValue, { code: form.departmentCode.trim(), department: form.department.trim() === '' ? unitName : form.department.trim() });
  const rows: GridCell[][] = [
    [{ text: f.project, colSpan: 2, align: 'center' }, { text: row.label, colSpan: 3 }],
    [{ text: f.department, colSpan: 2, align: 'center' }, { text: department }, { text: f.implementingUnit, align: 'center' }, { text: form.implementingUnit.trim() === '' ? unitName : form.implementingUnit.trim() }],
    [{ text: f.funds, colSpan: 2, rowSpan: 3, align: 'center' }, { text: f.fundsTotal }, { text: formAmount(total), colSpan: 2, align: 'right' }],
    [{ text: f.fundsAppropriation }, { text: formAmount(appropriation), colSpan: 2, align: 'right' }],
    [{ text: f.fundsOther }, { text: formAmount(total.minus(appropriation)), colSpan: 2, align: 'right' }],
    [{ text: f.objective, align: 'center' }, { text: form.objective.trim(), colSpan: 4 }],
    f.indicatorHeader.map((text) => ({ text, align: 'center', bold: true })),
    ...indicatorRows(w, form.indicators),
  ];
  return { kind: 'grid', title: f.title, captions: [], rows, headerRows: 0, notes: [] };
}

function checkForm(w: BudgetWriter, form: BudgetTargetFormInput, row: DerivedRow, index: number): void {
  const field = `budget.targetForms.${index}`;
  const name = row.label;
  if (form.objective.trim() === '') w.missing('B6.FORM', 'b6', `${field}.objective`, `“${name}”的总体目标`);
  if (form.indicators.length === 0) w.missing('B6.FORM', 'b6', `${field}.indicators`, `“${name}”的绩效指标`);
  const f = w.words.performance.form;
  const total = value(row, 'c1');
  for (const indicator of form.indicators) {
    const target = indicator.target;
    if (indicator.level1 !== f.costLevel1 || target.op !== '≤' || target.unit !== '万元') continue;
    if (!amount(target.value).eq(total)) {
      w.issue('warning', 'B6.COST', 'b6', `${field}.indicators`, `六、绩效目标情况说明：“${name}”的成本指标“${budgetTargetText(target)}”与项目预算${total.toFixed(2)}万元不一致。`);
    }
  }
}

function forms(w: BudgetWriter, rows: readonly DerivedRow[]): void {
  const t = w.words.performance;
  const input = w.context.project.narrative.budget.targetForms;
  if (rows.length === 0) return;
  // The forms start on a page of their own, the (二) heading above the first.
  w.blocks.push({ kind: 'pageBreak' });
  w.heading(w.fill(t.formsHeading), 2);
  input.forEach((form, i) => {
    const row = rows.find((r) => r.label === form.project.trim());
    if (row === undefined) {
      if (!namesComplete(rows)) return;
      w.issue('error', 'B6.FORM_PROJECT', 'b6', `budget.targetForms.${i}.project`, `六、绩效目标情况说明：绩效目标表的项目“${form.project}”不在项目支出预算情况表中。`);
      return;
    }
    checkForm(w, form, row, i);
    if (i > 0) w.blocks.push({ kind: 'pageBreak' });
    w.blocks.push(formBlock(w, form, row));
  });
  for (const row of rows) {
    if (row.label.trim() === '') continue;
    if (!input.some((form) => form.project.trim() === row.label)) w.missing('B6.FORM_MISSING', 'b6', 'budget.targetForms', `项目“${row.label}”的绩效目标表`);
  }
}

export function budgetPerformanceSection(w: BudgetWriter): void {
  w.heading(w.words.performance.heading, 1);
  const rows = projectRows(w);
  management(w, rows);
  forms(w, rows);
}
