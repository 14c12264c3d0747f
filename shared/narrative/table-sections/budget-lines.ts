// The 项 lines of 五(三), 七 and 八: "{n}、{类}（类）{款}（款）{项}（项）。年初预算为…万元，支出决算为…万元，…"
// Names come from the derived table rows (catalog names); 年初预算 and reasons from the officer.
import { Decimal, formatMessageAmount, roundForDisplay, roundingTolerance, sum, ZERO, type Amount } from '../../money/money';
import type { TableId } from '../../tables/cell-address';
import type { InitialBudgetLine } from '../inputs/table-sections';
import { completionClause } from './change-text';
import { present, type SectionWriter, type TableSectionKey } from './section-writer';

export interface BudgetItem {
  readonly code: string;
  /** 类 / 款 / 项 names (catalog names, never typed text). */
  readonly names: { readonly category: string; readonly section: string; readonly item: string };
  readonly actual: Amount;
  /** The officer's line, if any. */
  readonly line?: InitialBudgetLine;
  /** 年初预算 in 万元 as printed, when entered. */
  readonly budget?: Amount;
}

export interface BudgetItemsRequest {
  readonly section: TableSectionKey;
  readonly table: TableId;
  readonly column: string;
  readonly lines: readonly InitialBudgetLine[];
  /** Input field of the lines (initialBudgets, governmentFundBudgets …), for issue locations. */
  readonly field: string;
  /** Report a 项 with spending but no 年初预算 (only where the section states budgets at all). */
  readonly requireBudget: boolean;
}

function catalogNames(w: SectionWriter, code: string): BudgetItem['names'] | undefined {
  const lookup = (c: string): string | undefined => w.context.catalog.lookup('function', c)?.name;
  const category = lookup(code.slice(0, 3));
  const section = lookup(code.slice(0, 5));
  const item = lookup(code);
  return category === undefined || section === undefined || item === undefined ? undefined : { category, section, item };
}

/** The 项 rows of a table with spending, plus 项 the officer budgeted without spending, in code order. */
export function budgetItems(w: SectionWriter, request: BudgetItemsRequest): BudgetItem[] {
  const table = w.context.report.table(request.table);
  const lines = new Map<string, InitialBudgetLine>();
  for (const line of request.lines) {
    if (lines.has(line.code)) {
      w.issue('warning', 'TXT.BUDGET.DUPLICATE', request.section, `${request.field}.${line.code}`, `科目 ${line.code} 的年初预算填写了不止一次，只采用第一条。`);
    } else lines.set(line.code, line);
  }
  const items: BudgetItem[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (row.level !== 3 || row.code === undefined) continue;
    // Read the row's cell directly: this runs once per 项 of the table.
    const actual = roundForDisplay(row.cells.get(request.column)?.value ?? ZERO);
    if (actual.isZero()) continue;
    const code = row.code;
    seen.add(code);
    const names = {
      category: table.rowByCode(code.slice(0, 3))?.label,
      section: table.rowByCode(code.slice(0, 5))?.label,
    };
    const fallback = catalogNames(w, code);
    const category = names.category ?? fallback?.category;
    const section = names.section ?? fallback?.section;
    if (category === undefined || section === undefined) {
      w.issue('warning', 'TXT.BUDGET.UNKNOWN', request.section, `${request.field}.${code}`, `科目 ${code} 的类、款名称无法确定，该项未写入情况说明。`);
      continue;
    }
    const line = lines.get(code);
    const budget = w.entry(line?.budget);
    if (budget === undefined && request.requireBudget) {
      w.issue('warning', 'TXT.BUDGET.MISSING', request.section, `${request.field}.${code}`, `科目 ${code} ${row.label}缺少年初预算数，情况说明中该项的年初预算和完成情况已省略。`);
    }
    items.push({ code, names: { category, section, item: row.label }, actual, ...(line ? { line } : {}), ...(budget ? { budget } : {}) });
  }
  for (const line of lines.values()) {
    if (seen.has(line.code)) continue;
    const budget = w.entry(line.budget);
    if (budget === undefined || budget.isZero()) continue;
    const names = catalogNames(w, line.code);
    if (names === undefined) {
      w.issue('warning', 'TXT.BUDGET.UNKNOWN', request.section, `${request.field}.${line.code}`, `年初预算中的科目 ${line.code} 不在功能分类科目表中，未写入情况说明。`);
      continue;
    }
    items.push({ code: line.code, names, actual: ZERO, line, budget });
  }
  return items.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** One 项 line; `n` numbers it ("1、") where the section lists several. */
export function budgetItemText(w: SectionWriter, section: TableSectionKey, field: string, item: BudgetItem, n: number | undefined): string {
  const words = w.words;
  const prefix = n === undefined ? '' : w.fill(words.list.numbered, { n: String(n) });
  const names = w.fill(words.budgetLine.names, item.names);
  if (item.budget === undefined) return prefix + w.fill(words.budgetLine.withoutBudget, { names, actual: item.actual });
  const lead = w.fill(words.budgetLine.withBudget, { names, budget: item.budget, actual: item.actual });
  return (
    prefix +
    lead +
    completionClause(w, {
      section,
      field: `${field}.${item.code}`,
      label: `科目 ${item.code} ${item.names.item}`,
      actual: item.actual,
      budget: item.budget,
      reason: present(item.line?.reason),
      wording: item.line?.wording ?? 'auto',
      variants: words.completion,
      flatTolerance: new Decimal(words.roughlyFlatTolerancePercent),
    })
  );
}

/** The 年初预算 total of a section: as stated by the officer, else Σ per 项 when every 项 has one. */
export function budgetTotal(w: SectionWriter, section: TableSectionKey, field: string, items: readonly BudgetItem[], stated: string | undefined): Amount | undefined {
  const budgets = items.flatMap((i) => (i.budget === undefined ? [] : [i.budget]));
  const total = sum(budgets);
  const statedTotal = w.entry(stated);
  if (statedTotal === undefined) return budgets.length === items.length && items.length > 0 ? total : undefined;
  if (budgets.length === items.length && statedTotal.minus(total).abs().gt(roundingTolerance(budgets.length))) {
    w.issue('warning', 'TXT.BUDGET.TOTAL', section, field, `各项年初预算合计 ${formatMessageAmount(total)} 万元，与填写的年初预算总数 ${formatMessageAmount(statedTotal)} 万元不一致，相差 ${formatMessageAmount(statedTotal.minus(total).abs())} 万元。`);
  }
  return statedTotal;
}
