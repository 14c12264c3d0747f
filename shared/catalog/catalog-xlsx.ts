// Import of the official classification list as an .xlsx workbook (exceljs; runs in Node and the browser).
import ExcelJS from 'exceljs';
import type { CatalogScheme } from './catalog-entry';
import {
  HEADER_SEARCH_ROWS,
  headerNotFoundMessage,
  recognizeHeader,
  rowsToEntries,
  type CatalogImportResult,
  type SourceRow,
} from './catalog-import';

type FormulaResult = NonNullable<ExcelJS.CellFormulaValue['result']>;

/** Text of a cell as the officer sees it; whole numbers (codes typed as numbers) without a fraction. */
export function cellText(value: ExcelJS.CellValue | FormulaResult): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result);
  return ''; // an error value such as #N/A
}

function rowCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
    cells[colNumber - 1] = cellText(cell.value);
  });
  return Array.from(cells, (cell) => cell ?? '');
}

function toArrayBuffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy.buffer;
}

/**
 * Reads the officer's official list (科目表) from an .xlsx workbook: the first worksheet whose first
 * 10 rows contain a recognisable header row (编码/科目编码/code + 名称/科目名称/name, optionally
 * 说明/备注/note). Codes stored as numbers are read as text. Bad rows are reported in `problems`
 * (“工作表“…”第n行：…”) and skipped. Throws an Error with a Chinese message naming the file when the
 * data is not an .xlsx workbook or no sheet has a header row.
 */
export async function parseCatalogXlsx(
  data: ArrayBuffer | Uint8Array,
  scheme: CatalogScheme,
  sourceLabel: string,
): Promise<CatalogImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(data));
  } catch (error) {
    throw new Error(
      `无法读取“${sourceLabel}”：它不是有效的 Excel 工作簿（.xlsx）。如果是 .xls 或其他格式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。`,
      { cause: error },
    );
  }

  for (const sheet of workbook.worksheets) {
    for (let rowNumber = 1; rowNumber <= HEADER_SEARCH_ROWS; rowNumber += 1) {
      const columns = recognizeHeader(rowCells(sheet.getRow(rowNumber)));
      if (columns === undefined) continue;
      const rows: SourceRow[] = [];
      sheet.eachRow((row, lineNo) => {
        if (lineNo > rowNumber) rows.push({ lineNo, cells: rowCells(row) });
      });
      return rowsToEntries(rows, columns, scheme, sourceLabel, `工作表“${sheet.name}”`);
    }
  }
  throw new Error(headerNotFoundMessage(sourceLabel, '的各工作表中'));
}
