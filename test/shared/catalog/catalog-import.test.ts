import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bundledCatalog, parseCatalogCsv } from '../../../shared/catalog/catalog';
import { parseCatalogXlsx } from '../../../shared/catalog/catalog-xlsx';
import { splitCsvRecords } from '../../../shared/catalog/catalog-csv';

describe('parseCatalogCsv', () => {
  it('reads a comma-separated list with BOM, quoted fields and CRLF line ends', () => {
    const text =
      '\ufeff科目编码,科目名称,说明\r\n' +
      '201,一般公共服务支出,\r\n' +
      '20103,"政府办公厅(室)及相关机构事务",\r\n' +
      '2010301,行政运行,"反映行政单位（包括实行公务员管理的事业单位）的基本支出。"\r\n' +
      '2010302,一般行政管理事务,"反映行政单位未单独设置项级科目的其他项目支出，含""一般""事务。"\r\n';
    const { entries, problems } = parseCatalogCsv(text, 'function', '2025年政府收支分类科目.csv');
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.code)).toEqual(['201', '20103', '2010301', '2010302']);
    expect(entries[1]).toEqual({
      scheme: 'function',
      code: '20103',
      name: '政府办公厅（室）及相关机构事务',
      source: '2025年政府收支分类科目.csv',
      verified: true,
    });
    expect(entries[2]?.note).toBe('反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
    expect(entries[3]?.note).toBe('反映行政单位未单独设置项级科目的其他项目支出，含"一般"事务。');
  });

  it('reads a tab-separated list with a title line above the header and English headers', () => {
    const text = '2025年支出功能分类科目\n\nCode\tName\tNote\n2080505\t机关事业单位基本养老保险缴费支出\t\n2120899\t其他国有土地使用权出让收入安排的支出\t反映土地出让收入用于其他方面的支出。\n';
    const { entries, problems } = parseCatalogCsv(text, 'function', '科目表.txt');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.code, e.name])).toEqual([
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['2120899', '其他国有土地使用权出让收入安排的支出'],
    ]);
    expect(entries[1]?.note).toBe('反映土地出让收入用于其他方面的支出。');
  });

  it('reports bad codes with their line numbers and keeps the good rows', () => {
    const text = [
      '编码,名称,备注', // line 1
      '201,一般公共服务支出,', // 2
      '2010,行政运行,', // 3: four digits
      '"20103","政府办公厅（室）', // 4–5: a quoted name with a line break inside
      '及相关机构事务",', //
      '20A,错误编码,', // 6
      ',没有编码的行,', // 7
      '', // 8: blank line, ignored
      '301,工资福利支出,', // 9: an economic code in the function list
      '2010301,,', // 10: no name
      '2010301,行政运行,', // 11
      '2010301,行政运行,重复', // 12: duplicate, wins
    ].join('\n');
    const { entries, problems } = parseCatalogCsv(text, 'function', '科目表.csv');
    expect(problems).toEqual([
      '第3行：科目编码“2010”不是3、5或7位数字，已跳过',
      '第6行：科目编码“20A”不是3、5或7位数字，已跳过',
      '第7行：科目“没有编码的行”缺少科目编码，已跳过',
      '第9行：科目编码“301”不是支出功能分类的编码（应以2开头），已跳过',
      '第10行：科目编码“2010301”没有科目名称，已跳过',
      '第12行：科目编码“2010301”与第11行重复，以第12行为准',
    ]);
    expect(entries.map((e) => e.code)).toEqual(['201', '20103', '2010301']);
    expect(entries[1]?.name).toBe('政府办公厅（室）及相关机构事务');
    expect(entries[2]?.note).toBe('重复');
  });

  it('accepts only 3 or 5 digits for economic codes and reads the 政府 mapping', () => {
    const text = '科目编码\t科目名称\t政府经济分类编码\n302\t商品和服务支出\t502\n30239\t其他交通费用\t50201\n3023901\t太长\t\n30299\t其他商品和服务支出\t5029\n';
    const { entries, problems } = parseCatalogCsv(text, 'deptEconomic', '部门经济分类.csv');
    expect(problems).toEqual([
      '第4行：科目编码“3023901”不是3或5位数字，已跳过',
      '第5行：政府经济分类编码“5029”不是以5开头的3或5位数字，已忽略该对照',
    ]);
    expect(entries.map((e) => [e.code, e.govCode])).toEqual([
      ['302', '502'],
      ['30239', '50201'],
      ['30299', undefined],
    ]);
  });

  it('throws a Chinese message naming the source when there is no header row', () => {
    expect(() => parseCatalogCsv('201,一般公共服务支出\n208,社会保障和就业支出\n', 'function', '无表头.csv')).toThrow(
      /“无表头\.csv”没有找到科目表的表头行/,
    );
    expect(() => parseCatalogCsv('', 'function', '空文件.csv')).toThrow(/空文件\.csv/);
  });

  it('imported entries override the bundled ones', () => {
    const { entries } = parseCatalogCsv('科目编码,科目名称\n2010301,行政运行\n2013901,新设科目\n', 'function', '官方科目表');
    const catalog = bundledCatalog().with(entries);
    expect(catalog.lookup('function', '2010301')).toMatchObject({ source: '官方科目表', verified: true });
    expect(catalog.lookup('function', '2013901')?.name).toBe('新设科目');
  });

  it('splits records with the line each starts on', () => {
    expect(splitCsvRecords('a,"b\r\nc"\r\nd,e', ',')).toEqual([
      { lineNo: 1, cells: ['a', 'b\r\nc'] },
      { lineNo: 3, cells: ['d', 'e'] },
    ]);
  });
});

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('parseCatalogXlsx', () => {
  it('reads the first sheet with a header row, codes stored as numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('说明').addRow(['本工作簿为2025年政府收支分类科目']);
      const sheet = workbook.addWorksheet('支出功能分类');
      sheet.addRow(['2025年支出功能分类科目']);
      sheet.addRow([]);
      sheet.addRow(['科目编码', '科目名称', '说明']);
      sheet.addRow([201, '一般公共服务支出']);
      sheet.addRow([20103, { richText: [{ text: '政府办公厅' }, { text: '(室)及相关机构事务' }] }]);
      sheet.addRow([2010301, '行政运行', '反映行政单位（包括实行公务员管理的事业单位）的基本支出。']);
      sheet.addRow([{ formula: '2010300+2', result: 2010302 }, '一般行政管理事务']);
      sheet.addRow(['2010350', '事业运行']);
      sheet.addRow([2010.5, '小数编码']);
      sheet.addRow([20103990, '八位编码']);
    });
    const { entries, problems } = await parseCatalogXlsx(bytes, 'function', '2025年科目表.xlsx');
    expect(entries.map((e) => [e.code, e.name])).toEqual([
      ['201', '一般公共服务支出'],
      ['20103', '政府办公厅（室）及相关机构事务'],
      ['2010301', '行政运行'],
      ['2010302', '一般行政管理事务'],
      ['2010350', '事业运行'],
    ]);
    expect(entries.every((e) => e.source === '2025年科目表.xlsx' && e.verified)).toBe(true);
    expect(entries[2]?.note).toBe('反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
    expect(problems).toEqual([
      '工作表“支出功能分类”第9行：科目编码“2010.5”不是3、5或7位数字，已跳过',
      '工作表“支出功能分类”第10行：科目编码“20103990”不是3、5或7位数字，已跳过',
    ]);
  });

  it('reads an ArrayBuffer as well as bytes', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('经济分类');
      sheet.addRow(['编码', '名称']);
      sheet.addRow([30239, '其他交通费用']);
    });
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    const { entries, problems } = await parseCatalogXlsx(buffer, 'deptEconomic', '部门经济分类.xlsx');
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ scheme: 'deptEconomic', code: '30239', name: '其他交通费用', source: '部门经济分类.xlsx', verified: true }]);
  });

  it('throws a Chinese error naming the file for data that is not a workbook', async () => {
    const notAWorkbook = new TextEncoder().encode('科目编码,科目名称\n201,一般公共服务支出\n');
    await expect(parseCatalogXlsx(notAWorkbook, 'function', '科目表.xlsx')).rejects.toThrow(
      /无法读取“科目表\.xlsx”：它不是有效的 Excel 工作簿/,
    );
    await expect(parseCatalogXlsx(new Uint8Array(0), 'function', '空文件.xlsx')).rejects.toThrow(/空文件\.xlsx/);
  });

  it('throws when no sheet has a header row in its first 10 rows', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('数据');
      for (let i = 0; i < 11; i += 1) sheet.addRow([]);
      sheet.addRow(['科目编码', '科目名称']);
      sheet.addRow([201, '一般公共服务支出']);
    });
    await expect(parseCatalogXlsx(bytes, 'function', '表头太靠下.xlsx')).rejects.toThrow(
      /“表头太靠下\.xlsx”的各工作表中没有找到科目表的表头行/,
    );
  });
});
