// A worksheet as the importer sees it: sparse cells by row and column (1-based, as Excel numbers
// them), each with its own text, its number when it holds one, and the text a merged area shows.
import ExcelJS from 'exceljs';

export interface GridCell {
  /** The cell's own text ('' for positions covered by a merge that starts elsewhere). */
  readonly text: string;
  /** The numeric value of a number cell (or a formula's numeric result). */
  readonly number?: number;
  /** Text shown at this position: a merged area shows its first cell's text everywhere. */
  readonly shown: string;
  /** Covered by a merge that starts above or to the left. */
  readonly covered: boolean;
  /** A formula saved without its result (written by a program that does not calculate). */
  readonly uncomputed?: boolean;
}

export interface SheetGrid {
  readonly name: string;
  /** Rows that hold at least one cell with text, ascending. */
  readonly rows: readonly number[];
  readonly maxColumn: number;
  readonly cell: (row: number, column: number) => GridCell | undefined;
  /** Own text of a cell ('' when empty or covered). */
  readonly text: (row: number, column: number) => string;
  /** Text shown at a position (merged areas repeat their text). */
  readonly shown: (row: number, column: number) => string;
  /** Columns of a row that hold a cell, ascending. */
  readonly columns: (row: number) => readonly number[];
}

type FormulaResult = NonNullable<ExcelJS.CellFormulaValue['result']>;

interface Content {
  readonly text: string;
  readonly number?: number;
  readonly uncomputed?: boolean;
}

/** Text and number of a cell value as the officer sees it; codes typed as numbers lose no digit. */
function contentOf(value: ExcelJS.CellValue | FormulaResult): Content {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { text: String(value) };
    return { text: Number.isInteger(value) ? value.toFixed(0) : String(value), number: value };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10) };
  if ('richText' in value) return { text: Array.isArray(value.richText) ? value.richText.map((run) => String(run.text ?? '')).join('') : '' };
  if ('hyperlink' in value) return { text: String(value.text ?? '') };
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? { text: '', uncomputed: true } : contentOf(value.result);
  if ('error' in value) return { text: String(value.error) };
  return { text: '' };
}

/** Hard cap on the cells of one workbook, so a crafted sheet cannot exhaust memory or time. */
export const MAX_CELLS = 2_000_000;

export class TooManyCellsError extends Error {}

export function sheetGrid(sheet: ExcelJS.Worksheet, budget: { cells: number }): SheetGrid {
  const byRow = new Map<number, Map<number, GridCell>>();
  let maxColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, GridCell>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      budget.cells -= 1;
      if (budget.cells < 0) throw new TooManyCellsError();
      const covered = cell.type === ExcelJS.ValueType.Merge;
      // exceljs gives a covered position the value of the merge's first cell.
      const content = contentOf(cell.value);
      cells.set(column, covered ? { text: '', shown: content.text, covered } : { ...content, shown: content.text, covered });
      if (column > maxColumn) maxColumn = column;
    });
    if (cells.size > 0) byRow.set(rowNumber, cells);
  });
  const rows = [...byRow.entries()]
    .filter(([, cells]) => [...cells.values()].some((c) => c.shown.trim() !== ''))
    .map(([r]) => r)
    .sort((a, b) => a - b);
  const cell = (row: number, column: number): GridCell | undefined => byRow.get(row)?.get(column);
  const columnsCache = new Map<number, readonly number[]>();
  return {
    name: sheet.name,
    rows,
    maxColumn,
    cell,
    text: (row, column) => cell(row, column)?.text ?? '',
    shown: (row, column) => cell(row, column)?.shown ?? '',
    columns: (row) => {
      let list = columnsCache.get(row);
      if (list === undefined) {
        list = [...(byRow.get(row)?.keys() ?? [])].sort((a, b) => a - b);
        columnsCache.set(row, list);
      }
      return list;
    },
  };
}
