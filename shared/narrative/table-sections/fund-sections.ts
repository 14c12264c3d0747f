// Sections 六 (basic expenditure by personnel / operating costs), 七 (government funds) and 八 (state
// capital): §7–§9.
import type { InitialBudgetLine } from '../inputs/table-sections';
import { budgetItems, budgetItemText } from './budget-lines';
import type { FundTemplates } from './section-templates';
import type { SectionWriter } from './section-writer';

/** Names of the non-zero 5-digit rows of 公开06表 in the blocks of one group, in table order. */
function economicNames(w: SectionWriter, group: string): string[] {
  const definition = w.context.template.table('FA06');
  if (definition.kind !== 'fixed' || definition.layout.type !== 'blocks') return [];
  const table = w.context.report.table('FA06');
  const names: string[] = [];
  for (const block of definition.layout.blocks) {
    if (block.group !== group) continue;
    for (const key of block.rows) {
      const row = table.row(key);
      if (row === undefined || row.code?.length !== 5) continue;
      if (!w.cell(`FA06[${key}].c1`).isZero()) names.push(row.label);
    }
  }
  return names;
}

export function writeBasicExpenditureSection(w: SectionWriter): void {
  const words = w.words.basicExpenditure;
  const separator = w.words.list.nameSeparator;
  w.heading('s6', 1);
  w.paragraph('s6.p1', () => w.fill(words.lead, { basic: w.cell(words.basic) }));
  const line = (template: string, ref: string, group: string): string => {
    const names = economicNames(w, group);
    return w.fill(template, { amount: w.cell(ref), names: names.length === 0 ? undefined : names.join(separator) });
  };
  w.paragraph('s6.p2', () => line(words.personnelLine, words.personnel, words.personnelGroup));
  w.paragraph('s6.p3', () => line(words.operatingLine, words.operating, words.operatingGroup));
}

/** 七 / 八: the no-data statement, or the totals followed by one line per 项. */
function writeFund(w: SectionWriter, key: 's7' | 's8', words: FundTemplates, lines: readonly InitialBudgetLine[], field: string): void {
  w.heading(key, 1);
  const items = budgetItems(w, { section: key, table: words.table, column: words.column, lines, field, requireBudget: true });
  const amounts = Object.fromEntries(Object.entries(words.cells).map(([name, ref]) => [name, w.cell(ref)]));
  const hasData = items.length > 0 || Object.values(amounts).some((a) => !a.isZero());
  if (!hasData) {
    w.paragraph(`${key}.p1`, () => w.fill(words.noData));
    return;
  }
  w.paragraph(`${key}.p1`, () => w.fill(words.lead, amounts) + (items.length > 0 ? w.words.list.itemsLead : ''));
  items.forEach((item, i) => w.paragraph(`${key}.${item.code}`, () => budgetItemText(w, key, field, item, items.length > 1 ? i + 1 : undefined)));
}

export function writeGovernmentFundSection(w: SectionWriter): void {
  writeFund(w, 's7', w.words.governmentFund, w.inputs.governmentFundBudgets, 'governmentFundBudgets');
}

export function writeStateCapitalSection(w: SectionWriter): void {
  writeFund(w, 's8', w.words.stateCapital, w.inputs.stateCapitalBudgets, 'stateCapitalBudgets');
}
