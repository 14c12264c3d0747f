// The nine published tables as one .xlsx workbook (exceljs; runs in Node and the browser): one sheet
// per table named 公开01表 …, laid out like the printed 公开表 (document-format.md §6.2).
import ExcelJS from 'exceljs';
import type { TableGrid, TableGridCell } from '../table-grid-model';
import { paragraphHeight, rowHeights } from './sheet-metrics';

const FONT_NAME = '宋体';
const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 10 };
const TITLE_SIZE = 16;
/** Thousands separators and two decimals; the empty third section prints zero blank. */
export const AMOUNT_FORMAT = '#,##0.00;-#,##0.00;;@';
/** Caption rows above the header: title, table number, owner / amount unit. */
export const CAPTION_ROWS = 3;
const PAPER_A4 = 9;
const EXCELJS_DEFAULT_WIDTH = 9;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Left columns frozen while scrolling sideways: 科目编码 and 科目名称 of the 科目 tables (header starts with 项 目). */
export function frozenColumns(grid: TableGrid): number {
  const first = grid.header[0]?.[0];
  return first?.text === '项 目' ? (first.colSpan ?? 1) : 0;
}

function alignmentOf(cell: TableGridCell): Partial<ExcelJS.Alignment> {
  switch (cell.kind) {
    case 'header':
    case 'columnNo':
    case 'rowNo':
      return { horizontal: 'center', vertical: 'middle', wrapText: true };
    case 'label':
      // Labels spanning columns (合 计, 人员经费合计) are centred like the printout.
      return (cell.colSpan ?? 1) > 1
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 };
    case 'code':
      return { horizontal: 'left', vertical: 'middle', indent: 1 };
    case 'amount':
      return { horizontal: 'right', vertical: 'middle', indent: 1 };
    case 'blank':
      return { vertical: 'middle' };
  }
}

/**
 * The value written for a grid cell: amounts as numbers, 栏次 and 行次 as whole numbers, everything
 * else as a plain string — never a formula object, so text such as "=HYPERLINK(…)" stays text.
 */
function valueOf(cell: TableGridCell): ExcelJS.CellValue {
  if (cell.kind === 'amount') return cell.amount === undefined ? null : Number(cell.amount);
  if ((cell.kind === 'columnNo' || cell.kind === 'rowNo') && /^\d{1,4}$/.test(cell.text)) return Number(cell.text);
  return cell.text === '' ? null : cell.text;
}

function writeText(sheetCell: ExcelJS.Cell, text: string): void {
  sheetCell.value = text;
}

function writeGridRows(sheet: ExcelJS.Worksheet, rows: readonly (readonly TableGridCell[])[], firstRow: number, grid: TableGrid, bold: boolean): void {
  const heights = rowHeights(rows, grid.columnWidths);
  rows.forEach((cells, r) => {
    const sheetRow = sheet.getRow(firstRow + r);
    sheetRow.height = heights[r] ?? 18;
    cells.forEach((cell, c) => {
      const sheetCell = sheetRow.getCell(c + 1);
      // Covered positions get the borders only: a value written there would land in the merge's master.
      if (cell.covered !== true) sheetCell.value = valueOf(cell);
      sheetCell.font = { ...BODY_FONT, bold: bold || cell.kind === 'header' };
      sheetCell.alignment = alignmentOf(cell);
      sheetCell.border = BORDER;
      if (cell.kind === 'amount') sheetCell.numFmt = AMOUNT_FORMAT;
      if (cell.kind === 'code') sheetCell.numFmt = '@';
    });
  });
  // Merge only after every value is written (see above).
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      if (cell.covered !== true && (rowSpan > 1 || colSpan > 1)) sheet.mergeCells(firstRow + r, c + 1, firstRow + r + rowSpan - 1, c + colSpan);
    });
  });
}

function writeCaptions(sheet: ExcelJS.Worksheet, grid: TableGrid): void {
  const last = grid.columnCount;
  const totalWidth = grid.columnWidths.reduce((a, b) => a + b, 0);

  const title = sheet.getCell(1, 1);
  writeText(title, grid.title);
  title.font = { name: FONT_NAME, size: TITLE_SIZE, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.mergeCells(1, 1, 1, last);
  sheet.getRow(1).height = Math.max(32, paragraphHeight(grid.title, totalWidth, TITLE_SIZE / 10));

  if (grid.printNumber !== false) {
    const number = sheet.getCell(2, last);
    writeText(number, grid.number);
    number.font = BODY_FONT;
    number.alignment = { horizontal: 'right', vertical: 'middle' };
  }

  // The owner line takes all but the last two columns; 金额单位：万元 the last two, right-aligned.
  const ownerEnd = Math.max(1, last - 2);
  const owner = sheet.getCell(3, 1);
  writeText(owner, grid.ownerLine);
  owner.font = BODY_FONT;
  owner.alignment = { horizontal: 'left', vertical: 'middle' };
  if (ownerEnd > 1) sheet.mergeCells(3, 1, 3, ownerEnd);
  const unit = sheet.getCell(3, ownerEnd + 1);
  writeText(unit, grid.amountUnitLine);
  unit.font = BODY_FONT;
  unit.alignment = { horizontal: 'right', vertical: 'middle' };
  if (last > ownerEnd + 1) sheet.mergeCells(3, ownerEnd + 1, 3, last);
  sheet.getRow(2).height = 18;
  sheet.getRow(3).height = 18;
}

function writeNotes(sheet: ExcelJS.Worksheet, grid: TableGrid, firstRow: number): void {
  const totalWidth = grid.columnWidths.reduce((a, b) => a + b, 0);
  grid.notes.forEach((note, i) => {
    const rowNumber = firstRow + i;
    const cell = sheet.getCell(rowNumber, 1);
    writeText(cell, note);
    cell.font = BODY_FONT;
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    sheet.mergeCells(rowNumber, 1, rowNumber, grid.columnCount);
    sheet.getRow(rowNumber).height = paragraphHeight(note, totalWidth);
  });
}

function addTableSheet(workbook: ExcelJS.Workbook, grid: TableGrid): void {
  const headerEnd = CAPTION_ROWS + grid.header.length;
  const xSplit = frozenColumns(grid);
  const sheet = workbook.addWorksheet(grid.number, {
    views: [{ state: 'frozen', xSplit, ySplit: headerEnd, showGridLines: false }],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: grid.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${CAPTION_ROWS + 1}:${headerEnd}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  // exceljs omits a column of width exactly 9 (its default), which would fall back to Excel's 8.43.
  sheet.columns = grid.columnWidths.map((width) => ({ width: width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width }));
  writeCaptions(sheet, grid);
  writeGridRows(sheet, grid.header, CAPTION_ROWS + 1, grid, true);
  writeGridRows(sheet, grid.body, headerEnd + 1, grid, false);
  // One empty row between the table and its notes, as printed.
  writeNotes(sheet, grid, headerEnd + grid.body.length + 2);
}

export async function writeTablesWorkbook(grids: readonly TableGrid[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '预决算公开编制助手';
  for (const grid of grids) addTableSheet(workbook, grid);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
