// Row heights for wrapped text: spreadsheet programs do not grow a row for wrapped text in merged
// cells (and Excel often not at all on open), so the writer sets heights from an estimate.
import type { TableGridCell } from '../table-grid-model';

/** Points per printed line of 10 pt 宋体, with a little air. */
export const LINE_HEIGHT = 14;
/** Padding added to a row that holds wrapped text. */
const ROW_PADDING = 4;

const WIDE_CHAR = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d]/u;
/**
 * A column-width unit is the digit width of the default 11 pt font (7 px); a 10 pt 宋体 character is
 * 13.3 px wide, a Latin character or digit about one unit.
 */
const WIDE_CHAR_UNITS = 1.9;

/** Width of text in column-width units. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += WIDE_CHAR.test(char) ? WIDE_CHAR_UNITS : 1;
  return units;
}

/** Lines a text needs in a cell of the given width (half a unit is lost to the cell padding). */
export function lineCount(text: string, width: number, scale = 1): number {
  if (text === '') return 1;
  return Math.max(1, Math.ceil((textUnits(text) * scale) / Math.max(1, width - 0.5)));
}

function spanWidth(widths: readonly number[], column: number, colSpan: number): number {
  return widths.slice(column, column + colSpan).reduce((total, width) => total + width, 0);
}

/**
 * Height in points for each row of a block of grid rows. A cell spanning several rows shares its
 * height among them.
 */
export function rowHeights(rows: readonly (readonly TableGridCell[])[], widths: readonly number[]): number[] {
  const heights = rows.map(() => 1);
  rows.forEach((row, r) => {
    row.forEach((cell, column) => {
      if (cell.covered === true) return;
      const rowSpan = cell.rowSpan ?? 1;
      const lines = lineCount(cell.text, spanWidth(widths, column, cell.colSpan ?? 1));
      const perRow = Math.ceil(lines / rowSpan);
      for (let k = r; k < r + rowSpan && k < heights.length; k += 1) heights[k] = Math.max(heights[k] ?? 1, perRow);
    });
  });
  return heights.map((lines) => lines * LINE_HEIGHT + ROW_PADDING);
}

/** Height of a merged, wrapped paragraph (title or note) across the whole table width. */
export function paragraphHeight(text: string, totalWidth: number, fontScale = 1): number {
  return lineCount(text, totalWidth, fontScale) * LINE_HEIGHT * fontScale + ROW_PADDING;
}
