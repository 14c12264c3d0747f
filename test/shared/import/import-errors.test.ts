// Bad input: every failure is a coded error with a Chinese message naming the file (and sheet / cell
// where one is to blame); nothing is half-imported.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFinalAccount, importPriorYear } from '../../../shared/import/import-workbook';
import { MAX_WORKBOOK_BYTES, type ImportErrorCode } from '../../../shared/import/import-types';
import { COLLEAGUE, FINANCE_EXPORT, HEADER_ONLY, PUBLISHED } from './fixture-layouts';
import { UNIT_SEED, fixtureBytes, fixtureWorkbook, requireSheet, workbookBytes } from './fixture-workbooks';
import { expectFailure, expectOk } from './import-helpers';

async function failure(data: Uint8Array, label = 'bad.xlsx', options = {}): Promise<{ code: ImportErrorCode; message: string }> {
  const result = expectFailure(await importFinalAccount({ data, label }, options));
  expect(result.message).toContain(`“${label}”`);
  return result;
}

function utf16(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}

describe('files that are not importable workbooks', () => {
  it('refuses an empty file', async () => {
    expect(await failure(new Uint8Array(0))).toMatchObject({ code: 'empty', message: expect.stringContaining('空文件') });
  });

  it('refuses a workbook whose sheets are all empty', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    workbook.addWorksheet('Sheet2');
    expect(await failure(await workbookBytes(workbook))).toMatchObject({ code: 'empty', message: expect.stringContaining('“Sheet1”、“Sheet2”') });
  });

  it('refuses text, CSV and PDF bytes', async () => {
    const csv = new TextEncoder().encode('科目编码,科目名称,金额\n2010301,行政运行,2934.14\n');
    expect(await failure(csv, 'tables.csv')).toMatchObject({ code: 'notWorkbook', message: expect.stringContaining('另存为 .xlsx') });
    expect((await failure(new TextEncoder().encode('%PDF-1.7\n'), 'tables.pdf')).code).toBe('notWorkbook');
  });

  it('tells a legacy .xls from a password-protected workbook', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const xls = new Uint8Array([...header, ...new Array<number>(600).fill(0), ...utf16('Workbook')]);
    expect(await failure(xls, 'old.xls')).toMatchObject({ code: 'notWorkbook', message: expect.stringContaining('.xls') });
    const encrypted = new Uint8Array([...header, ...new Array<number>(600).fill(0), ...utf16('EncryptionInfo'), 0, 0, ...utf16('EncryptedPackage')]);
    expect(await failure(encrypted, 'locked.xlsx')).toMatchObject({ code: 'encrypted', message: expect.stringContaining('密码') });
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const big = new Uint8Array(MAX_WORKBOOK_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await failure(big, 'huge.xlsx')).toMatchObject({ code: 'tooLarge', message: expect.stringContaining('50.0 MB') });
  });

  it('refuses a damaged workbook', async () => {
    const bytes = await fixtureBytes(UNIT_SEED, PUBLISHED);
    expect((await failure(bytes.slice(0, Math.floor(bytes.length / 2)), 'cut.xlsx')).code).toBe('damaged');
  });

  it('refuses a workbook with unrelated data', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员名单');
    sheet.addRow(['姓名', '科室', '电话', '工资']);
    sheet.addRow(['王某', '办公室', '12345678', 5000]);
    sheet.addRow(['李某', '财务科', '87654321', 6000]);
    expect(await failure(await workbookBytes(workbook), 'staff.xlsx')).toMatchObject({ code: 'noTables', message: expect.stringContaining('“人员名单”') });
  });
});

describe('workbooks with a problem in the tables', () => {
  it('names the required tables that are missing', async () => {
    const result = await failure(await fixtureBytes(UNIT_SEED, PUBLISHED, { omit: ['FA05', 'FA09'] }), 'part.xlsx');
    expect(result.code).toBe('missingTable');
    expect(result.message).toContain('公开05表“一般公共预算财政拨款支出决算表”');
    expect(result.message).toContain('公开09表');
    expect(result.message).not.toContain('缺少公开01表');
  });

  it('treats a missing 07 or 08 as an empty table and says so', async () => {
    const result = expectOk(await importFinalAccount({ data: await fixtureBytes(UNIT_SEED, PUBLISHED, { omit: ['FA07', 'FA08'] }), label: 'x.xlsx' }));
    expect(result.report.current.tables.find((t) => t.table === 'FA07')).toMatchObject({ found: false, note: expect.stringContaining('按无数据') });
  });

  it('names sheet and cell of text in an amount cell', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    const sheet = requireSheet(workbook, '公开02表');
    expect(sheet.getCell('A10').value).toBe('2010301');
    sheet.getCell('D10').value = '约两千九百万';
    const result = await failure(await workbookBytes(workbook), 'text.xlsx');
    expect(result.code).toBe('badAmount');
    expect(result.message).toContain('文件“text.xlsx”工作表“公开02表”单元格 D10：“约两千九百万”不是金额');
    expect(result.message).toContain('“2010301 行政运行”行第2栏“财政拨款收入”');
  });

  it('names the cell of text in an amount cell of a stacked finance export', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, FINANCE_EXPORT);
    const sheet = requireSheet(workbook, '决算公开报表');
    let target = '';
    sheet.eachRow((row, r) => {
      if (target === '' && String(row.getCell(1).value) === '301') target = `C${r}`;
    });
    sheet.getCell(target).value = 'N/A';
    const result = await failure(await workbookBytes(workbook), 'export.xlsx');
    expect(result).toMatchObject({ code: 'badAmount', message: expect.stringContaining(`工作表“决算公开报表”单元格 ${target}：“N/A”不是金额（公开06表`) });
  });

  it('refuses a formula saved without its result', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    const sheet = requireSheet(workbook, '公开06表');
    expect(sheet.getCell('A7').value).toBe('30101');
    sheet.getCell('C7').value = { formula: 'D1*2', date1904: false };
    const result = await failure(await workbookBytes(workbook), 'formulas.xlsx');
    expect(result).toMatchObject({ code: 'badAmount', message: expect.stringContaining('工作表“公开06表”单元格 C7是公式，但工作簿中没有保存它的计算结果') });
  });

  it('refuses a row with amounts but no valid code', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    requireSheet(workbook, '公开03表').getCell('A10').value = '20103O1';
    const result = await failure(await workbookBytes(workbook));
    expect(result).toMatchObject({ code: 'badCode', message: expect.stringContaining('工作表“公开03表”单元格 A10：“20103O1”不是科目编码') });
  });

  it('refuses a 科目 printed twice', async () => {
    const workbook = fixtureWorkbook(UNIT_SEED, PUBLISHED);
    requireSheet(workbook, '公开05表').getCell('A11').value = '2010301';
    const result = await failure(await workbookBytes(workbook));
    expect(result).toMatchObject({ code: 'duplicateRow', message: expect.stringContaining('科目 2010301在本表中出现两次（另见单元格 A10）') });
  });

  it('asks for the year when no title, caption or file name names one', async () => {
    const bytes = await fixtureBytes(UNIT_SEED, HEADER_ONLY);
    expect(await failure(bytes, 'tables.xlsx')).toMatchObject({ code: 'noYear', message: expect.stringContaining('--year') });
    expect(await failure(bytes, 'tables.xlsx', { year: 1999 })).toMatchObject({ code: 'noYear', message: expect.stringContaining('1999') });
  });

  it('asks for the unit when no caption names it', async () => {
    const bytes = await fixtureBytes(UNIT_SEED, { ...COLLEAGUE, owner: 'none', title: 'withYear' });
    expect(await failure(bytes, 'tables.xlsx')).toMatchObject({ code: 'noUnit', message: expect.stringContaining('--unit') });
    const result = expectOk(await importFinalAccount({ data: bytes, label: 'tables.xlsx' }, { unitName: '烟台市人民政府办公室' }));
    expect(result.project.unitName).toBe('烟台市人民政府办公室');
  });
});

describe('tables continued under a repeated header', () => {
  it('reads on below a header repeated for a new page', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('支出');
    const header = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];
    sheet.addRow(['2024年度支出决算表']);
    sheet.addRow(['单位：某局本级', '', '', '', '金额单位：万元']);
    sheet.addRow(header);
    sheet.addRow(['合计', '', 30, 10, 20]);
    sheet.addRow(['201', '一般公共服务支出', 30, 10, 20]);
    sheet.addRow(['20103', '政府办公厅（室）及相关机构事务', 30, 10, 20]);
    sheet.addRow(['2010301', '行政运行', 10, 10, '']);
    sheet.addRow(['支出决算表（续）']);
    sheet.addRow(header);
    sheet.addRow(['2010302', '一般行政管理事务', 20, '', 20]);
    const result = await importPriorYear({ data: await workbookBytes(workbook), label: 'continued.xlsx' });
    if (!result.ok) expect.fail(result.message);
    expect(result.figures).toMatchObject({ expenditureTotal: '30.00', basicExpenditure: '10.00', projectExpenditure: '20.00' });
    expect(result.report.tables.find((t) => t.table === 'FA03')).toMatchObject({ found: true, rowCount: 5 });
  });
});
