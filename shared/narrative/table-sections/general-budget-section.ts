// Section 五: 一般公共预算财政拨款支出 — (一) total and change (图5), (二) by 类 (图6), (三) per 项
// against the initial budget (§6).
import { Decimal } from '../../money/money';
import { percentNumber, shares } from '../wording';
import { budgetItems, budgetItemText, budgetTotal } from './budget-lines';
import { changeClause, completionClause } from './change-text';
import { barChart, pieChart } from './charts';
import { present, type SectionWriter } from './section-writer';

export function writeGeneralBudgetSection(w: SectionWriter): void {
  const words = w.words.generalBudget;
  const list = w.words.list;
  const label = w.context.template.priorFigures.find((f) => f.id === words.figure)?.label ?? words.figure;
  const total = w.figure(words.figure);
  w.heading('s5', 1);

  w.heading('s5.1', 2);
  w.paragraph('s5.1.p1', () => {
    const share = percentNumber(total, w.figure(words.shareOf));
    return w.fill(words.statement, { total, share }) + changeClause(w, { section: 's5', figure: words.figure, label, current: total, subject: words.changeSubject });
  });
  barChart(w, 'fig5');

  w.heading('s5.2', 2);
  const table = w.context.report.table(words.table);
  const categories = table.rows
    .filter((row) => row.level === 1)
    .map((row) => ({ label: row.label, amount: w.cell(`${words.table}[${row.key}].${words.column}`), exact: w.exactCell(`${words.table}[${row.key}].${words.column}`) }))
    .filter((c) => !c.amount.isZero());
  const shareTexts = shares(
    categories.map((c) => c.amount),
    total,
  );
  w.paragraph('s5.2.p1', () => {
    const items = categories.map((c, i) => {
      const category = c.label.endsWith(words.categorySuffix) ? c.label.slice(0, -words.categorySuffix.length) : c.label;
      return w.fill(words.structureItem, { category, amount: c.amount, share: shareTexts[i] });
    });
    return w.fill(words.structureLead, { total }) + items.join(list.separator) + list.end;
  });
  pieChart(
    w,
    'fig6',
    categories.map((c, i) => ({ name: c.label, value: c.exact.toFixed(), share: `${shareTexts[i] ?? '0'}%` })),
  );

  w.heading('s5.3', 2);
  const field = 'initialBudgets';
  const items = budgetItems(w, { section: 's5', table: words.table, column: words.column, lines: w.inputs.initialBudgets, field, requireBudget: true });
  const budget = budgetTotal(w, 's5', 'initialBudgetTotal', items, w.inputs.initialBudgetTotal);
  w.paragraph('s5.3.p1', () => {
    const lead =
      budget === undefined
        ? w.fill(words.detailLeadWithoutBudget, { actual: total })
        : w.fill(words.detailLead, { budget, actual: total }) +
          completionClause(w, {
            section: 's5',
            field: 'initialBudgetReason',
            label: '一般公共预算财政拨款支出',
            actual: total,
            budget,
            reason: present(w.inputs.initialBudgetReason),
            wording: w.inputs.initialBudgetWording,
            variants: w.words.completion,
            flatTolerance: new Decimal(w.words.roughlyFlatTolerancePercent),
          });
    return items.length === 0 ? lead : lead + list.detailLead;
  });
  items.forEach((item, i) => w.paragraph(`s5.3.${item.code}`, () => budgetItemText(w, 's5', field, item, i + 1)));
}
