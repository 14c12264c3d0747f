// The one money module: every amount in the product is a Decimal from here, never a JS number.
import DecimalBase from 'decimal.js';

/** Exact decimal with enough precision for any public-finance amount in 元 or 万元. */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Amount = InstanceType<typeof Decimal>;

/** The unit the officer types amounts in; the published unit is always 万元. */
export type EntryUnit = 'yuan' | 'wanYuan';

export const ZERO: Amount = new Decimal(0);
const TEN_THOUSAND = new Decimal(10000);

/** Canonical stored form of an amount: plain decimal digits, optional sign and fraction. */
export const AMOUNT_PATTERN = /^-?\d+(\.\d+)?$/;

export function isAmountText(text: string): boolean {
  return AMOUNT_PATTERN.test(text);
}

/** Parses a stored amount string; throws on anything that is not a plain decimal. */
export function amount(text: string): Amount {
  if (!AMOUNT_PATTERN.test(text)) throw new Error(`不是有效的金额：“${text}”`);
  return new Decimal(text);
}

/**
 * Reads an amount as people type it or as spreadsheets store it: thousands separators, full-width
 * digits, a trailing 元/万元, blanks and dashes for zero. Returns undefined when it is not an amount.
 */
export function parseAmountInput(raw: string): Amount | undefined {
  const text = raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，,\s]/g, '')
    .replace(/(万元|元)$/, '')
    .replace(/^[（(](.+)[)）]$/, '-$1');
  if (text === '' || text === '-' || text === '—' || text === '－') return ZERO;
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return undefined;
  return new Decimal(text.replace(/^\+/, ''));
}

/** Stored form: exact, no exponent, no trailing zeros beyond what is needed. */
export function amountToText(value: Amount): string {
  return value.toFixed();
}

/** a + b; zeros are common in sparse tables and skip the decimal addition. */
export function add(a: Amount, b: Amount): Amount {
  if (b.isZero()) return a;
  if (a.isZero()) return b;
  return a.plus(b);
}

export function sum(values: readonly Amount[]): Amount {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

/** Converts an exact amount in the entry unit to exact 万元 (no rounding). */
export function toWanYuan(value: Amount, unit: EntryUnit): Amount {
  switch (unit) {
    case 'wanYuan':
      return value;
    case 'yuan':
      return value.div(TEN_THOUSAND);
  }
}

/** Converts a 万元 amount back into the entry unit (used when importing published tables). */
export function fromWanYuan(value: Amount, unit: EntryUnit): Amount {
  switch (unit) {
    case 'wanYuan':
      return value;
    case 'yuan':
      return value.times(TEN_THOUSAND);
  }
}

/** Display rounding: half-up to 2 decimals of 万元 — the only rounding the product does. */
export function roundForDisplay(valueInWanYuan: Amount): Amount {
  return valueInWanYuan.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const [intPart = '0', frac] = body.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** Table cell text: thousands separators, always two decimals, zero printed blank. */
export function formatTableAmount(valueInWanYuan: Amount): string {
  const rounded = roundForDisplay(valueInWanYuan);
  if (rounded.isZero()) return '';
  return groupThousands(rounded.toFixed(2));
}

/** Amount in running text: thousands separators, at most two decimals, trailing zeros dropped, zero as 0. */
export function formatTextAmount(valueInWanYuan: Amount): string {
  const rounded = roundForDisplay(valueInWanYuan);
  if (rounded.isZero()) return '0';
  return groupThousands(rounded.toFixed());
}

/** Amount in an issue message: always two decimals so differences of 0.01 are visible. */
export function formatMessageAmount(valueInWanYuan: Amount): string {
  return groupThousands(roundForDisplay(valueInWanYuan).toFixed(2));
}

/** Percentage text: half-up to 2 decimals, trailing zeros dropped, with % sign. */
export function formatPercent(ratio: Amount): string {
  const pct = ratio.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return `${pct.isZero() ? '0' : pct.toFixed()}%`;
}

/**
 * The 尾数 tolerance for a relation between figures each rounded to 0.01 万元 on its own:
 * 0.005 × (n + 1) for n addends, floored to a cent, at least 0.01 (domain README §4).
 */
export function roundingTolerance(addends: number): Amount {
  return toleranceForFigures(Math.max(addends, 1) + 1);
}

const toleranceCache = new Map<number, Amount>();

/** The same envelope counted in figures: each figure rounded on its own contributes 0.005 万元. */
export function toleranceForFigures(figures: number): Amount {
  const cached = toleranceCache.get(figures);
  if (cached) return cached;
  const raw = new Decimal('0.005').times(Math.max(figures, 2));
  const tolerance = Decimal.max(raw.toDecimalPlaces(2, Decimal.ROUND_DOWN), new Decimal('0.01'));
  toleranceCache.set(figures, tolerance);
  return tolerance;
}
