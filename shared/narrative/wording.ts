// Small domain helpers the sentence templates rely on: which variant of a change or completion
// sentence applies, and percentages (final-account-narrative.md §0.3–§0.5).
import { Decimal, ZERO, type Amount } from '../money/money';

/** Year-on-year (or against budget) case: picks the template variant. */
export type ChangeCase = 'increase' | 'decrease' | 'flat' | 'bothZero' | 'fromZero' | 'toZeroFromNegative';

export function changeCase(current: Amount, prior: Amount): ChangeCase {
  if (current.isZero() && prior.isZero()) return 'bothZero';
  if (current.eq(prior)) return 'flat';
  if (prior.isZero()) return 'fromZero';
  if (prior.isNegative()) return 'toZeroFromNegative';
  return current.gt(prior) ? 'increase' : 'decrease';
}

/** Percentage number text, half-up to 2 decimals, trailing zeros dropped, without the % sign. */
export function percentNumber(part: Amount, whole: Amount): string | undefined {
  if (whole.isZero()) return undefined;
  const pct = part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return pct.isZero() ? '0' : pct.toFixed();
}

/** |current − prior| / prior as percentage text; undefined when prior is zero (no division). */
export function changePercent(current: Amount, prior: Amount): string | undefined {
  return percentNumber(current.minus(prior).abs(), prior.abs());
}

/**
 * Shares of a breakdown in percent (2 decimals, half-up). When rounding makes them sum to 99.99 or
 * 100.01, the largest share absorbs the difference so the sentence adds up to 100 (§0.4).
 */
export function shares(parts: readonly Amount[], whole: Amount): string[] {
  if (whole.isZero()) return parts.map(() => '0');
  const rounded = parts.map((p) => p.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const total = rounded.reduce((acc, r) => acc.plus(r), ZERO);
  const gap = new Decimal(100).minus(total);
  const allParts = parts.reduce((acc, p) => acc.plus(p), ZERO);
  if (!gap.isZero() && gap.abs().lte('0.02') && allParts.eq(whole)) {
    let largest = 0;
    parts.forEach((p, i) => {
      if (p.gt(parts[largest] ?? ZERO)) largest = i;
    });
    rounded[largest] = (rounded[largest] ?? ZERO).plus(gap);
  }
  return rounded.map((r) => (r.isZero() ? '0' : r.toFixed()));
}

/** Completion against a budget: the variant and the rate text (actual / budget). */
export type CompletionCase = 'noBudget' | 'above' | 'below' | 'equal';

export function completionCase(actual: Amount, budget: Amount): CompletionCase {
  if (budget.isZero()) return 'noBudget';
  if (actual.eq(budget)) return 'equal';
  return actual.gt(budget) ? 'above' : 'below';
}

/** Chinese numerals for numbered lists and 名词解释 (一 … 九十九). */
export function chineseNumber(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${ones === 0 ? '' : (digits[ones] ?? '')}`;
}
