// Section 十 机关运行经费 (final-account-narrative.md §11).
import { formatMessageAmount, type Amount } from '../../money/money';
import type { Block } from '../../publication/model';
import { cellAddress } from '../../tables/cell-address';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { renderTemplate } from '../sentence-template';
import { changeCase, changePercent } from '../wording';
import { officerTemplates, scoped } from './officer-templates';
import { clause, issue, missingInput, optionalAmount, paragraph } from './section-helpers';

export interface AgencyOperatingCostFigures {
  readonly actual: Amount;
  /** True when `actual` was not typed and comes from 公开06表 公用经费合计. */
  readonly fromTable: boolean;
  readonly initialBudget?: Amount;
  readonly reason?: string;
}

export function agencyOperatingCostFigures(context: NarrativeContext): AgencyOperatingCostFigures {
  const input = context.project.narrative.agencyOperatingCost;
  const typed = optionalAmount(input.actual);
  const actual = typed ?? context.report.value(cellAddress('FA06', 'operatingTotal', 'c1'));
  const initialBudget = optionalAmount(input.initialBudget);
  const reason = clause(input.reason);
  return {
    actual,
    fromTable: typed === undefined,
    ...(initialBudget !== undefined ? { initialBudget } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}

function sentence(context: NarrativeContext, figures: AgencyOperatingCostFigures): string {
  const t = officerTemplates().agencyOperatingCost;
  const base = { year: String(context.project.year), actual: figures.actual, reason: figures.reason };
  if (figures.initialBudget === undefined) return renderTemplate(t.budgetUnknown, base);
  const budget = figures.initialBudget;
  switch (changeCase(figures.actual, budget)) {
    case 'increase':
      return renderTemplate(t.increase, { ...base, difference: figures.actual.minus(budget), percent: changePercent(figures.actual, budget) });
    case 'decrease':
      return renderTemplate(t.decrease, { ...base, difference: budget.minus(figures.actual), percent: changePercent(figures.actual, budget) });
    case 'fromZero':
    case 'toZeroFromNegative':
      return renderTemplate(t.noBudget, base);
    case 'flat':
    case 'bothZero':
      return renderTemplate(t.flat, base);
  }
}

export function agencyOperatingCostBlocks(context: NarrativeContext): Block[] {
  const t = officerTemplates().agencyOperatingCost;
  return [
    { kind: 'heading', level: 1, text: scoped(t.heading, context.project.scope) },
    paragraph(context, 's10.p1', sentence(context, agencyOperatingCostFigures(context))),
  ];
}

export function agencyOperatingCostIssues(context: NarrativeContext): Issue[] {
  const figures = agencyOperatingCostFigures(context);
  const issues: Issue[] = [];
  if (figures.fromTable && context.project.scope === 'department') {
    issues.push(
      issue(
        'S10.FROM_TABLE',
        'warning',
        'agencyOperatingCost',
        'actual',
        `十、机关运行经费：未填写机关运行经费支出，暂按公开06表公用经费合计${formatMessageAmount(figures.actual)}万元列示。部门决算含事业单位时，机关运行经费只含行政单位（含参公单位）的公用经费，通常小于公用经费合计，请填写实际数。`,
      ),
    );
  }
  if (figures.initialBudget === undefined) {
    issues.push(missingInput('S10.MISSING', 'agencyOperatingCost', 'initialBudget', '年初预算数', '，文中不作比较'));
  } else if (!figures.actual.eq(figures.initialBudget) && figures.reason === undefined) {
    issues.push(missingInput('S10.MISSING', 'agencyOperatingCost', 'reason', '与年初预算数不同的原因'));
  }
  return issues;
}
