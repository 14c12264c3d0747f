import { describe, expect, it } from 'vitest';
import {
  amount,
  amountToText,
  formatPercent,
  formatTableAmount,
  formatTextAmount,
  fromWanYuan,
  parseAmountInput,
  roundForDisplay,
  roundingTolerance,
  sum,
  toWanYuan,
  type Amount,
} from '../../../shared/money/money';

/** The stored text of a parsed input, or undefined when it was not an amount. */
function parsed(raw: string): string | undefined {
  const value = parseAmountInput(raw);
  return value === undefined ? undefined : amountToText(value);
}

function text(value: Amount): string {
  return amountToText(value);
}

describe('parseAmountInput', () => {
  it('reads thousands separators', () => {
    expect(parsed('8,679.27')).toBe('8679.27');
    expect(parsed('1,234,567.89')).toBe('1234567.89');
  });

  it('reads full-width digits and the full-width decimal point', () => {
    expect(parsed('８６７９．２７')).toBe('8679.27');
  });

  it('drops a trailing 元 or 万元', () => {
    expect(parsed('1,000元')).toBe('1000');
    expect(parsed('8,679.27万元')).toBe('8679.27');
  });

  it('treats blanks and dashes as zero', () => {
    expect(parsed('')).toBe('0');
    expect(parsed('   ')).toBe('0');
    expect(parsed('-')).toBe('0');
    expect(parsed('—')).toBe('0');
  });

  it('reads accounting parentheses as a negative amount', () => {
    expect(parsed('（12.5）')).toBe('-12.5');
    expect(parsed('(12.5)')).toBe('-12.5');
  });

  it('returns undefined for text that is not an amount', () => {
    expect(parseAmountInput('abc')).toBeUndefined();
    expect(parseAmountInput('12.3.4')).toBeUndefined();
    expect(parseAmountInput('1e5')).toBeUndefined();
  });
});

describe('exact decimal arithmetic', () => {
  it('adds 0.1 and 0.2 to exactly 0.3 (where JS numbers do not)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const total = sum([amount('0.1'), amount('0.2')]);
    expect(total.equals(amount('0.3'))).toBe(true);
    expect(text(total)).toBe('0.3');
  });

  it('sums the 10 personnel items of the unit sample 06 table to exactly 2768.25', () => {
    // Seed 000, 公开06表 301 工资福利支出: the children as printed.
    const items = ['521.13', '635.18', '833.57', '223.43', '45.12', '101.94', '87.28', '20.60', '234.90', '65.10'].map(amount);
    const total = sum(items);
    expect(text(total)).toBe('2768.25');
    expect(total.equals(amount('2768.25'))).toBe(true);
    // The printed 301 total is 2768.27: a 0.02 tail, inside the tolerance for 10 addends.
    const gap = amount('2768.27').minus(total);
    expect(text(gap)).toBe('0.02');
    expect(gap.lte(roundingTolerance(items.length))).toBe(true);
  });
});

describe('entry unit conversion', () => {
  it('converts 元 to 万元 exactly and back', () => {
    const wan = toWanYuan(amount('86792700'), 'yuan');
    expect(text(wan)).toBe('8679.27');
    expect(text(fromWanYuan(wan, 'yuan'))).toBe('86792700');
  });

  it('keeps fractions of a cent of 万元 (no rounding on conversion)', () => {
    expect(text(toWanYuan(amount('86792712'), 'yuan'))).toBe('8679.2712');
  });

  it('leaves 万元 amounts unchanged', () => {
    expect(text(toWanYuan(amount('8679.27'), 'wanYuan'))).toBe('8679.27');
    expect(text(fromWanYuan(amount('8679.27'), 'wanYuan'))).toBe('8679.27');
  });
});

describe('roundForDisplay', () => {
  it('rounds half up at the third decimal', () => {
    expect(text(roundForDisplay(amount('1.005')))).toBe('1.01');
    expect(text(roundForDisplay(amount('2.675')))).toBe('2.68');
    expect(text(roundForDisplay(amount('8679.265')))).toBe('8679.27');
    expect(text(roundForDisplay(amount('1.0049')))).toBe('1');
    expect(text(roundForDisplay(amount('0.125')))).toBe('0.13');
  });

  it('rounds negative halves away from zero', () => {
    expect(text(roundForDisplay(amount('-1.005')))).toBe('-1.01');
    expect(text(roundForDisplay(amount('-2.675')))).toBe('-2.68');
    expect(text(roundForDisplay(amount('-1.0049')))).toBe('-1');
  });
});

describe('formatTableAmount', () => {
  it('prints thousands separators and two decimals', () => {
    expect(formatTableAmount(amount('8679.27'))).toBe('8,679.27');
    expect(formatTableAmount(amount('20'))).toBe('20.00');
    expect(formatTableAmount(amount('20.00'))).toBe('20.00');
    expect(formatTableAmount(amount('234.9'))).toBe('234.90');
    expect(formatTableAmount(amount('1234567.891'))).toBe('1,234,567.89');
  });

  it('prints zero (and what rounds to zero) blank', () => {
    expect(formatTableAmount(amount('0'))).toBe('');
    expect(formatTableAmount(amount('0.004'))).toBe('');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatTableAmount(amount('-1234.5'))).toBe('-1,234.50');
  });
});

describe('formatTextAmount', () => {
  it('drops trailing zeros and keeps thousands separators', () => {
    expect(formatTextAmount(amount('234.90'))).toBe('234.9');
    expect(formatTextAmount(amount('4420.00'))).toBe('4,420');
    expect(formatTextAmount(amount('8683.15'))).toBe('8,683.15');
    expect(formatTextAmount(amount('4556.70'))).toBe('4,556.7');
  });

  it('prints zero as 0', () => {
    expect(formatTextAmount(amount('0'))).toBe('0');
    expect(formatTextAmount(amount('0.00'))).toBe('0');
  });

  it('rounds half up to two decimals first', () => {
    expect(formatTextAmount(amount('1234.005'))).toBe('1,234.01');
  });
});

describe('formatPercent', () => {
  it('rounds half up to two decimals and drops trailing zeros', () => {
    expect(formatPercent(amount('1.05').div(amount('1.72')))).toBe('61.05%');
    expect(formatPercent(amount('0.865'))).toBe('86.5%');
    expect(formatPercent(amount('0.0518'))).toBe('5.18%');
  });

  it('prints whole percentages without decimals', () => {
    expect(formatPercent(amount('1'))).toBe('100%');
    expect(formatPercent(amount('0'))).toBe('0%');
  });
});

describe('roundingTolerance', () => {
  it('is 0.005 × (n + 1) floored to a cent, at least 0.01', () => {
    expect(text(roundingTolerance(1))).toBe('0.01');
    expect(text(roundingTolerance(2))).toBe('0.01');
    expect(text(roundingTolerance(3))).toBe('0.02');
    expect(text(roundingTolerance(10))).toBe('0.05');
  });

  it('never goes below 0.01 for degenerate counts', () => {
    expect(text(roundingTolerance(0))).toBe('0.01');
  });
});
