import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { loadSample, type SampleName } from '../../../helpers/samples';
import { readSeedTables } from '../../../fixtures/seed-tables';
import { analyseProject, finalAccountTemplate } from '../../../../shared/report/final-account';
import { tableGrids } from '../../../../shared/export/table-grid';
import type { TableGrid } from '../../../../shared/export/table-grid-model';
import { AMOUNT_FORMAT, CAPTION_ROWS, writeTablesWorkbook } from '../../../../shared/export/xlsx/write-tables-workbook';

const SAMPLES: readonly { sample: SampleName; seed: string; scopeWord: '单位' | '部门'; ownerLine: string }[] = [
  { sample: 'final-2024-unit', seed: '000-final-2024-unit.txt', scopeWord: '单位', ownerLine: '单位：烟台市人民政府办公室本级' },
  { sample: 'final-2024-department', seed: '003-final-2024-department.txt', scopeWord: '部门', ownerLine: '部门：聊城市政府办公室（汇总）' },
];
const SHEET_NAMES = ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'];
const SUBJECT_SHEETS = ['公开02表', '公开03表', '公开05表', '公开07表', '公开08表'];

async function written(sample: SampleName, scopeWord: '单位' | '部门', ownerLine: string): Promise<{ grids: TableGrid[]; workbook: ExcelJS.Workbook }> {
  const { report } = analyseProject(loadSample(sample));
  const grids = tableGrids(report, finalAccountTemplate(), { scopeWord, ownerLine });
  const bytes = await writeTablesWorkbook(grids);
  const workbook = new ExcelJS.Workbook();
  // exceljs reads an ArrayBuffer; copy so the view's offset cannot matter.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await workbook.xlsx.load(copy.buffer);
  return { grids, workbook };
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`sheet ${name} missing`);
  return sheet;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function range(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

function isAmountCell(cell: ExcelJS.Cell): boolean {
  return typeof cell.value === 'number' && cell.numFmt === AMOUNT_FORMAT;
}

/** Row address of an amount read from the sheet alone (final-account-tables.md §0). */
function rowAddress(table: string, row: ExcelJS.Row, column: number): string {
  if (table === 'FA09') return '1';
  if (table === 'FA01' || table === 'FA04') {
    for (let c = column - 1; c >= 1; c -= 1) {
      const cell = row.getCell(c);
      if (typeof cell.value === 'number' && !isAmountCell(cell)) return String(cell.value);
    }
    return '?';
  }
  if (table === 'FA06') {
    const code = row.getCell(Math.floor((column - 1) / 3) * 3 + 1).value;
    if (typeof code === 'string' && /^\d+$/.test(code)) return code;
    const label = row.getCell(column - 1).value; // the totals label covers the cells left of its amount
    return label === '人员经费合计' ? 'personnelTotal' : label === '公用经费合计' ? 'operatingTotal' : '?';
  }
  const first = row.getCell(1).value;
  return first === '合 计' ? 'TOTAL' : String(first);
}

/** Every amount of a sheet keyed like readSeedTables, read from numeric cells with the amount format. */
function sheetAmounts(sheet: ExcelJS.Worksheet, grid: TableGrid): Map<string, string> {
  const table = `FA${sheet.name.slice(2, 4)}`;
  const numbersRow = sheet.getRow(CAPTION_ROWS + grid.header.length);
  const amounts = new Map<string, string>();
  for (let r = 0; r < grid.body.length; r += 1) {
    const row = sheet.getRow(CAPTION_ROWS + grid.header.length + 1 + r);
    for (let c = 1; c <= grid.columnCount; c += 1) {
      const cell = row.getCell(c);
      if (typeof cell.value !== 'number') continue;
      if (!isAmountCell(cell)) {
        // Only 行次 are whole numbers without the amount format.
        expect(grid.body[r]?.[c - 1]?.kind, `${sheet.name} ${cell.address}`).toBe('rowNo');
        continue;
      }
      const column = table === 'FA06' ? 'c1' : `c${String(numbersRow.getCell(c).value)}`;
      amounts.set(`${table}[${rowAddress(table, row, c)}].${column}`, cell.value.toFixed(2));
    }
  }
  return amounts;
}

describe.each(SAMPLES)('tables workbook of $sample', ({ sample, seed, scopeWord, ownerLine }) => {
  const seedCells = readSeedTables(seed).cells;
  const loaded = written(sample, scopeWord, ownerLine);

  it('has the nine sheets in order, named 公开01表 … 公开09表', async () => {
    const { workbook } = await loaded;
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEET_NAMES);
  });

  it('holds every printed seed figure as a formatted number at its row and 栏次, nothing else', async () => {
    const { workbook, grids } = await loaded;
    for (const grid of grids) {
      const expected = new Map([...seedCells].filter(([key]) => key.startsWith(`${grid.id}[`)));
      expect(sheetAmounts(sheetOf(workbook, grid.number), grid), grid.id).toEqual(expected);
    }
  });

  it('puts each grid cell at its place: zero amounts empty, codes as text', async () => {
    const { workbook, grids } = await loaded;
    for (const grid of grids) {
      const sheet = sheetOf(workbook, grid.number);
      grid.body.forEach((cells, r) => {
        cells.forEach((cell, c) => {
          const sheetCell = sheet.getCell(CAPTION_ROWS + grid.header.length + 1 + r, c + 1);
          if (cell.kind === 'amount') {
            expect(sheetCell.value, `${grid.id} ${sheetCell.address}`).toBe(cell.amount === undefined ? null : Number(cell.amount));
            expect(sheetCell.numFmt).toBe(AMOUNT_FORMAT);
          }
          if (cell.kind === 'code') expect(sheetCell.value, `${grid.id} ${sheetCell.address}`).toBe(cell.text);
        });
      });
    }
  });

  it('merges the header cells as the grid does', async () => {
    const { workbook, grids } = await loaded;
    for (const grid of grids) {
      const merges = sheetOf(workbook, grid.number).model.merges;
      const sheet = sheetOf(workbook, grid.number);
      grid.header.forEach((cells, r) => {
        cells.forEach((cell, c) => {
          const top = CAPTION_ROWS + 1 + r;
          if (cell.covered === true) return;
          // 栏次 are written as numbers; every header text survives the merges.
          const value = sheet.getCell(top, c + 1).value;
          expect(value === null ? '' : String(value), `${grid.id} ${columnLetter(c + 1)}${top}`).toBe(cell.text);
          if ((cell.rowSpan ?? 1) === 1 && (cell.colSpan ?? 1) === 1) return;
          expect(merges, `${grid.id} ${cell.text}`).toContain(range(top, c + 1, top + (cell.rowSpan ?? 1) - 1, c + (cell.colSpan ?? 1)));
        });
      });
    }
    const fa05 = sheetOf(workbook, '公开05表');
    expect(fa05.model.merges).toEqual(expect.arrayContaining(['A4:B4', 'C4:E4', 'A6:B6', 'A7:B7']));
    expect(fa05.getCell('C4').value).toBe('本年支出');
    expect(fa05.getCell('C4').font.bold).toBe(true);
    expect(fa05.getCell('C4').alignment.horizontal).toBe('center');
    expect(fa05.getCell('C4').border.top?.style).toBe('thin');
    expect(sheetOf(workbook, '公开02表').model.merges).toContain('C4:C5');
    expect(sheetOf(workbook, '公开09表').model.merges).toEqual(expect.arrayContaining(['A4:F4', 'G4:L4', 'A5:A6', 'C5:E5']));
  });

  it('writes the caption lines and the notes', async () => {
    const { workbook, grids } = await loaded;
    for (const grid of grids) {
      const sheet = sheetOf(workbook, grid.number);
      const last = grid.columnCount;
      const title = sheet.getCell(1, 1);
      expect(title.value).toBe(grid.title);
      expect(title.font).toMatchObject({ name: '宋体', size: 16, bold: true });
      expect(title.alignment.horizontal).toBe('center');
      expect(sheet.model.merges).toContain(range(1, 1, 1, last));
      expect(sheet.getCell(2, last).value).toBe(grid.number);
      expect(sheet.getCell(2, last).alignment.horizontal).toBe('right');
      expect(sheet.getCell(3, 1).value).toBe(ownerLine);
      expect(sheet.getCell(3, 1).alignment.horizontal).toBe('left');
      expect(sheet.getCell(3, last - 1).value).toBe('金额单位：万元');
      expect(sheet.getCell(3, last - 1).alignment.horizontal).toBe('right');
      const noteRow = CAPTION_ROWS + grid.header.length + grid.body.length + 2;
      expect(sheet.getCell(noteRow, 1).value).toBe(grid.notes[0]);
      expect(sheet.getCell(noteRow, 1).alignment.wrapText).toBe(true);
      expect(sheet.model.merges).toContain(range(noteRow, 1, noteRow, last));
    }
    const fa07 = sheetOf(workbook, '公开07表');
    const fa07Notes = sample === 'final-2024-unit' ? '注：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。' : '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。';
    expect(fa07.getCell(CAPTION_ROWS + 3 + (sample === 'final-2024-unit' ? 1 : 4) + 2, 1).value).toBe(fa07Notes);
    expect(sheetOf(workbook, '公开01表').getCell(`A${CAPTION_ROWS + 3 + 31 + 2}`).value).toBe(`注：1. 本表反映${scopeWord}本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。`);
  });

  it('freezes the header (and the 科目 columns) and sets up A4 printing', async () => {
    const { workbook, grids } = await loaded;
    for (const grid of grids) {
      const sheet = sheetOf(workbook, grid.number);
      const headerEnd = CAPTION_ROWS + grid.header.length;
      expect(sheet.views[0], grid.id).toMatchObject({ state: 'frozen', ySplit: headerEnd, xSplit: SUBJECT_SHEETS.includes(grid.number) ? 2 : 0 });
      expect(sheet.pageSetup, grid.id).toMatchObject({
        paperSize: 9,
        orientation: ['FA02', 'FA04', 'FA06', 'FA09'].includes(grid.id) ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${CAPTION_ROWS + 1}:${headerEnd}`,
      });
      expect(sheet.pageSetup.margins?.left).toBe(0.5);
      expect(sheet.columns.map((column) => column.width)).toEqual(grid.columnWidths);
    }
    expect(sheetOf(workbook, '公开01表').pageSetup.printTitlesRow).toBe('4:6');
    expect(sheetOf(workbook, '公开09表').pageSetup.printTitlesRow).toBe('4:7');
  });
});

describe('tables workbook text safety', () => {
  it('writes an owner line that looks like a formula as plain text', async () => {
    const injection = '=HYPERLINK("x")';
    const { workbook } = await written('final-2024-unit', '单位', injection);
    for (const sheet of workbook.worksheets) {
      const owner = sheet.getCell('A3');
      expect(owner.value, sheet.name).toBe(injection);
      expect(owner.type).toBe(ExcelJS.ValueType.String);
      expect(owner.formula).toBeUndefined();
    }
  });
});
