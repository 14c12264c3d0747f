// The comparison clauses: against last year (§0.3) and against a budget (§0.5, 九). The case picks a
// template variant; the variants themselves are data.
import { Decimal, formatMessageAmount, type Amount } from '../../money/money';
import type { CompletionWording } from '../inputs/table-sections';
import { changeCase, changePercent, completionCase, percentNumber } from '../wording';
import type { SectionWriter, TableSectionKey } from './section-writer';

export type ChangeVariant = 'increase' | 'decrease' | 'flat' | 'bothZero' | 'fromZero' | 'decreaseNoPercent';

/** Which change sentence applies; a prior of zero or below has no percentage (no division). */
export function changeVariant(current: Amount, prior: Amount): ChangeVariant {
  const kind = changeCase(current, prior);
  switch (kind) {
    case 'bothZero':
    case 'flat':
    case 'increase':
    case 'decrease':
      return kind;
    case 'fromZero':
    case 'toZeroFromNegative':
      return current.gt(prior) ? 'fromZero' : 'decreaseNoPercent';
  }
}

export interface ChangeRequest {
  readonly section: TableSectionKey;
  /** Prior-figure id: last year's value and the reason are keyed by it. */
  readonly figure: string;
  /** What the message calls the figure. */
  readonly label: string;
  readonly current: Amount;
  /** "收、支总计各" …; absent where the sentence names no subject. */
  readonly subject?: string;
}

/**
 * "与2023年度相比，…增加427.65万元，增长5.18%。主要是….": the change against last year and its reason.
 * Without last year's figure the comparison is left out; a change without a reason loses the reason
 * sentence. Both are reported.
 */
export function changeClause(w: SectionWriter, request: ChangeRequest): string {
  const words = w.words.change;
  const prior = w.prior(request.figure);
  if (prior === undefined) {
    w.issue('warning', 'TXT.PRIOR', request.section, `priorYear.${request.figure}`, `缺少上年决算数“${request.label}”，情况说明中与上年的比较已省略，请填写上年数。`);
    return '';
  }
  const variant = changeVariant(request.current, prior);
  const values = {
    subject: request.subject,
    difference: request.current.minus(prior).abs(),
    percent: changePercent(request.current, prior),
  };
  if (variant === 'bothZero') return w.fill(words.bothZero[w.inputs.zeroZeroWording], values);
  const change = w.fill(words[variant], values);
  if (variant === 'flat') return change;
  const reason = w.reason(request.figure);
  if (reason === undefined) {
    w.issue(
      'warning',
      'TXT.REASON',
      request.section,
      `reasons.${request.figure}`,
      `${request.label}比上年${request.current.gt(prior) ? '增加' : '减少'} ${formatMessageAmount(request.current.minus(prior).abs())} 万元，缺少增减原因，情况说明中“主要是……”一句已省略。`,
    );
  }
  return change + w.fill(words.reason, { reason });
}

export type CompletionVariant = 'above' | 'below' | 'equal' | 'roughlyFlat' | 'noBudget' | 'bothZero';

export interface CompletionRequest {
  readonly section: TableSectionKey;
  /** Where the officer enters the reason (for the issue location). */
  readonly field: string;
  /** What the message calls the line ("2010301 行政运行"). */
  readonly label: string;
  readonly actual: Amount;
  readonly budget: Amount;
  readonly reason: string | undefined;
  readonly wording: CompletionWording;
  /** The sentence variants (五(三)/七/八 or 九). */
  readonly variants: Readonly<Record<CompletionVariant, string>>;
  /** 基本持平 further than this from 100% (percentage points) is questioned. */
  readonly flatTolerance: Amount;
}

export function completionVariant(actual: Amount, budget: Amount, wording: CompletionWording): CompletionVariant {
  if (budget.isZero()) return actual.isZero() ? 'bothZero' : 'noBudget';
  const kind = completionCase(actual, budget);
  if (kind === 'noBudget' || kind === 'equal') return kind;
  return wording === 'roughlyFlat' ? 'roughlyFlat' : kind;
}

/** ",完成年初预算的114.05%。决算数大于年初预算数的主要原因是….": completion against a budget. */
export function completionClause(w: SectionWriter, request: CompletionRequest): string {
  const variant = completionVariant(request.actual, request.budget, request.wording);
  const rate = percentNumber(request.actual, request.budget);
  if ((variant === 'above' || variant === 'below' || variant === 'noBudget') && request.reason === undefined) {
    const rateText = rate === undefined ? '年初无预算' : `完成预算的 ${rate}%`;
    w.issue('warning', 'TXT.COMPLETION.REASON', request.section, request.field, `${request.label}${rateText}，缺少决算数与预算数差异的原因，相应的原因句已省略。`);
  }
  if (variant === 'roughlyFlat' && rate !== undefined && new Decimal(rate).minus(100).abs().gt(request.flatTolerance)) {
    w.issue('warning', 'TXT.COMPLETION.FLAT', request.section, request.field, `${request.label}完成预算的 ${rate}%，与 100% 相差较大，不宜写“基本持平”，请改为说明原因。`);
  }
  return w.fill(request.variants[variant], { rate, reason: request.reason });
}
