// Column widths of the tables and forms: relative widths scaled to the text block, with short
// headers (行次, 金额, 小计) and amounts kept on one line, and the cell font chosen to fit.
import { POINTS } from './fonts';

/** Width of text in em: CJK and full-width characters 1, ASCII 0.5. */
export function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1;
  return width;
}

/** Width of the longest line of a cell's text in em. */
export function longestLineEm(text: string): number {
  return Math.max(0, ...text.split('\n').map(emWidth));
}

/**
 * 宋体 五号 when the columns fit at that size, 小五 for wide tables. `halfWidthCharacters` is the
 * table's width in the unit of TableGrid.columnWidths: characters, a Chinese character counting two.
 */
export function cellFontPoints(halfWidthCharacters: number, textWidthTwips: number): number {
  return halfWidthCharacters * (POINTS.wuHao / 2) * 20 <= textWidthTwips ? POINTS.wuHao : POINTS.xiaoWu;
}

/**
 * Slack on measured text: digits are half an em in Times New Roman but wider in the fonts that stand
 * in for it where it is missing (LibreOffice, WPS on Linux).
 */
const TEXT_SLACK = 1.15;

/** Twips a column needs to hold `em` characters of `points` text between cell margins of `sideMargin`. */
export function columnTwipsFor(em: number, points: number, sideMargin: number): number {
  return Math.ceil(em * points * 20 * TEXT_SLACK + 2 * sideMargin);
}

/** Relative widths scaled to whole twips summing exactly to `total`. */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const weights = relative.map((width) => (Number.isFinite(width) && width > 0 ? width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const scaled = weights.map((weight) => Math.floor((weight / sum) * total));
  const rest = total - scaled.reduce((a, b) => a + b, 0);
  if (scaled.length > 0) scaled[scaled.length - 1] = (scaled[scaled.length - 1] ?? 0) + rest;
  return scaled;
}

/**
 * Relative widths scaled to `total`, every column at least its `minimum` (in twips): columns that
 * would fall short get their minimum, the others share the rest in proportion.
 */
export function fitWidths(relative: readonly number[], minimum: readonly number[], total: number): number[] {
  const fixed = new Map<number, number>();
  for (;;) {
    const free = relative.map((_, column) => column).filter((column) => !fixed.has(column));
    const freeTotal = total - [...fixed.values()].reduce((a, b) => a + b, 0);
    if (free.length === 0 || freeTotal <= 0) return scaleWidths(minimum, total);
    const scaled = scaleWidths(free.map((column) => relative[column] ?? 1), freeTotal);
    let changed = false;
    free.forEach((column, index) => {
      const need = minimum[column] ?? 0;
      if ((scaled[index] ?? 0) < need) {
        fixed.set(column, need);
        changed = true;
      }
    });
    if (!changed) {
      const widths = relative.map((_, column) => fixed.get(column) ?? 0);
      free.forEach((column, index) => {
        widths[column] = scaled[index] ?? 0;
      });
      return widths;
    }
  }
}

/** Sum of the widths of `span` columns from `start`. */
export function spannedWidth(widths: readonly number[], start: number, span: number): number {
  return widths.slice(start, start + span).reduce((a, b) => a + b, 0);
}
