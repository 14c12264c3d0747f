// Part 3 sections 一–三 of the budget text (budget-narrative.md §1–§3): 预算收支增减变化, “三公”经费,
// 机关运行经费 — figures from the budget tables, last year's from the 三公 table or the officer's
// priorYear entries, reasons from the officer.
import { ZERO, type Amount } from '../../money/money';
import { changeCase, changePercent } from '../wording';
import { budgetTemplates } from './budget-templates';
import type { BudgetWriter } from './budget-writer';

type Direction = 'increase' | 'decrease' | 'flat';

function direction(current: Amount, prior: Amount): Direction {
  if (current.eq(prior)) return 'flat';
  return current.gt(prior) ? 'increase' : 'decrease';
}

/** 增加101.51万元 / 减少2万元 / 持平. */
function changeText(w: BudgetWriter, current: Amount, prior: Amount): string {
  const d = direction(current, prior);
  return w.fill(w.words.change[d], { difference: current.minus(prior).abs() });
}

function incomeExpenditure(w: BudgetWriter): void {
  const t = w.words.incomeExpenditure;
  w.heading(t.heading, 1);
  w.paragraph('b1.p1', 'b1', () => w.fill(t.principle));
  const sources = t.sources.map((s) => ({ ...s, current: w.figure(s.figure), prior: w.prior(s.figure) }));
  const income = w.figure(t.totalFigure);
  const listed = sources.filter((s) => !s.current.isZero());
  w.paragraph('b1.p2', 'b1', () =>
    listed.length === 0
      ? w.fill(t.noIncome)
      : w.fill(t.income, { income, sources: listed.map((s) => w.fill(t.item, { name: s.name, amount: s.current })).join(t.separator) }),
  );
  const expense = w.cell(t.expenseCell);
  const basic = w.figure(t.basicFigure);
  const project = w.figure(t.projectFigure);
  w.paragraph('b1.p3', 'b1', () => w.fill(t.expenditure, { expense, basic, project }));

  const priorTotal = w.prior(t.totalFigure);
  const priorBasic = w.prior(t.basicFigure);
  const priorProject = w.prior(t.projectFigure);
  if (priorTotal === undefined || priorBasic === undefined || priorProject === undefined) {
    w.missing('B1.PRIOR', 'b1', 'priorYear', '上年预算收支总计、基本支出和项目支出', '，（三）增减变化情况未生成');
    return;
  }
  if (priorTotal.eq(income)) {
    w.paragraph('b1.p4', 'b1', () => w.fill(t.totalFlat, { total: income }));
    return;
  }
  w.paragraph('b1.p4', 'b1', () => w.fill(t.total, { total: income, change: changeText(w, income, priorTotal) }));
  // Every source that changed, also one that fell to zero (其他收入减少2万元).
  const missingPrior = sources.filter((s) => s.prior === undefined && !s.current.isZero());
  for (const s of missingPrior) w.missing('B1.PRIOR', 'b1', `priorYear.${s.figure}`, `上年${s.name}预算数`);
  const changed = sources.filter((s) => s.prior !== undefined && !s.prior.eq(s.current));
  const items = changed.map((s) => w.fill(t.changeItem, { name: s.name, change: changeText(w, s.current, s.prior ?? ZERO) })).join(t.separator);
  w.paragraph('b1.p5', 'b1', () => w.fill(t.incomeChange, { change: changeText(w, income, priorTotal), items }));
  if (missingPrior.length === 0) {
    const sum = changed.reduce((acc, s) => acc.plus(s.current.minus(s.prior ?? ZERO)), ZERO);
    if (!sum.eq(income.minus(priorTotal))) {
      w.issue('error', 'B1.SOURCES', 'b1', 'priorYear', `一、预算收支增减变化：各项收入增减之和${sum.toFixed()}万元与收入预算增减${income.minus(priorTotal).toFixed()}万元不一致，请核对上年预算数。`);
    }
  }
  const basicChange = basic.minus(priorBasic);
  const projectChange = project.minus(priorProject);
  if (!basicChange.plus(projectChange).eq(expense.minus(priorTotal))) {
    w.issue(
      'error',
      'B1.NATURE',
      'b1',
      'priorYear',
      `一、预算收支增减变化：基本支出与项目支出增减之和${basicChange.plus(projectChange).toFixed()}万元与支出预算增减${expense.minus(priorTotal).toFixed()}万元不一致，请核对上年预算数。`,
    );
  }
  w.paragraph('b1.p6', 'b1', () =>
    w.fill(t.expenditureChange, { change: changeText(w, expense, priorTotal), basic: changeText(w, basic, priorBasic), project: changeText(w, project, priorProject) }),
  );
  const reason = w.reason(t.totalFigure);
  if (reason === undefined) w.missing('B1.REASON', 'b1', `reasons.${t.totalFigure}`, '收支预算增减的主要原因');
  w.paragraph('b1.p7', 'b1', () => w.fill(t.reason, { changeWord: w.words.changeWord[direction(income, priorTotal)], reason }));
}

/** 比上年增加56万元，增长32.83% / 与上年基本持平 / 比上年增加…万元 (from zero, no percentage). */
function threePublicChange(w: BudgetWriter, current: Amount, prior: Amount): string {
  const t = w.words.threePublic;
  const difference = current.minus(prior).abs();
  switch (changeCase(current, prior)) {
    case 'flat':
    case 'bothZero':
      return w.fill(t.flat);
    case 'fromZero':
    case 'toZeroFromNegative':
      return w.fill(t.fromZero, { difference });
    case 'increase':
      return w.fill(t.increase, { difference, percent: changePercent(current, prior) });
    case 'decrease':
      return w.fill(t.decrease, { difference, percent: changePercent(current, prior) });
  }
}

function threePublic(w: BudgetWriter): void {
  const t = w.words.threePublic;
  w.heading(t.heading, 1);
  const line = (id: keyof typeof t.figures): { amount: Amount; change: string; reason: string | undefined } => {
    const figure = t.figures[id];
    const current = w.figure(figure);
    const prior = w.prior(figure) ?? ZERO;
    const reason = w.reason(figure);
    if (!current.eq(prior) && reason === undefined) w.missing('B2.REASON', 'b2', `reasons.${figure}`, `${id === 'total' ? '“三公”经费' : figureLabel(w, figure)}增减的主要原因`);
    return { amount: current, change: threePublicChange(w, current, prior), reason };
  };
  const total = line('total');
  w.paragraph('b2.p1', 'b2', () => w.fill(t.total, total));
  w.paragraph('b2.p2', 'b2', () => w.fill(t.lead));
  const travel = line('travel');
  w.paragraph('b2.p3', 'b2', () => w.fill(t.travel, travel));
  const purchase = line('purchase');
  const operation = line('operation');
  const withReason = (l: { change: string; reason: string | undefined }): string => (l.reason === undefined || l.change === w.fill(t.flat) ? l.change : w.fill(t.vehicleReason, l));
  w.paragraph('b2.p4', 'b2', () =>
    w.fill(t.vehicles, {
      amount: w.cell(t.vehicleTotalCell),
      purchase: purchase.amount,
      purchaseChange: withReason(purchase),
      operation: operation.amount,
      operationChange: withReason(operation),
    }),
  );
  const reception = line('reception');
  w.paragraph('b2.p5', 'b2', () => w.fill(t.reception, reception));
}

function figureLabel(w: BudgetWriter, id: string): string {
  return w.context.template.priorFigures.find((f) => f.id === id)?.label ?? id;
}

function agencyOperatingCost(w: BudgetWriter): void {
  const t = w.words.agencyOperatingCost;
  const glossary = budgetTemplates().glossary;
  w.heading(t.heading, 1);
  const term = glossary.fixedTerms.find((entry) => entry.term === glossary.agencyOperatingCostTerm);
  const current = w.figure(t.figure);
  const prior = w.prior(t.figure);
  const reason = w.reason(t.figure);
  if (prior === undefined) w.missing('B3.PRIOR', 'b3', `priorYear.${t.figure}`, '上年机关运行经费预算数', '，文中不作比较');
  else if (!prior.eq(current) && reason === undefined) w.missing('B3.REASON', 'b3', `reasons.${t.figure}`, '机关运行经费增减的主要原因');
  w.paragraph('b3.p1', 'b3', () => {
    const definition = term === undefined ? '' : `${term.term}${term.definition}`;
    const sentence = prior === undefined ? w.fill(t.priorUnknown, { amount: current }) : w.fill(t.amount, { amount: current, change: changeText(w, current, prior), reason });
    return `${definition}${sentence}`;
  });
}

export function budgetTableSections(w: BudgetWriter): void {
  incomeExpenditure(w);
  threePublic(w);
  agencyOperatingCost(w);
}
