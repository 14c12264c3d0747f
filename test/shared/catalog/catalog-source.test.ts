import { describe, expect, it } from 'vitest';
import { parseCatalogCsv } from '../../../shared/catalog/catalog';
import {
  catalogFileFormat,
  catalogImportNotice,
  decodeCatalogCsv,
  detectCatalogScheme,
  importCatalogEdit,
  type CatalogReadings,
} from '../../../shared/catalog/catalog-source';
import { parseProject, serializeProject } from '../../../shared/project/load-project';
import { analyseProject } from '../../../shared/report/final-account';
import { encodeGbk } from '../../helpers/gbk';
import { loadSample } from '../../helpers/samples';

const CSV = '科目编码,科目名称,说明\r\n2010302,一般行政管理事务（综合）,反映行政单位一般行政管理事务的支出。\r\n99,无效行\r\n';

function readAll(text: string): CatalogReadings {
  return {
    function: parseCatalogCsv(text, 'function', '科目表.csv'),
    deptEconomic: parseCatalogCsv(text, 'deptEconomic', '科目表.csv'),
    govEconomic: parseCatalogCsv(text, 'govEconomic', '科目表.csv'),
  };
}

describe('the official list as a file', () => {
  it('is read as .xlsx or .csv and refuses other files naming them', () => {
    expect(catalogFileFormat('2025年科目表.XLSX')).toBe('xlsx');
    expect(catalogFileFormat('科目.csv')).toBe('csv');
    expect(() => catalogFileFormat('科目.xls')).toThrow(/“科目\.xls”.*另存为 \.xlsx 或 \.csv/);
    expect(() => catalogFileFormat('科目.pdf')).toThrow(/无法读取“科目\.pdf”/);
    expect(() => catalogFileFormat('科目表')).toThrow(/无法读取“科目表”/);
  });

  it('decodes CSV as UTF-8, with or without BOM, and as GBK when the bytes are not UTF-8', () => {
    const utf8 = new TextEncoder().encode(CSV);
    expect(decodeCatalogCsv(utf8)).toBe(CSV);
    expect(decodeCatalogCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(CSV);
    const gbk = encodeGbk(CSV);
    expect(gbk.length).toBeLessThan(utf8.length);
    expect(decodeCatalogCsv(gbk)).toBe(CSV);
    const { entries } = parseCatalogCsv(decodeCatalogCsv(gbk), 'function', 'gbk.csv');
    expect(entries.map((e) => [e.code, e.name])).toEqual([['2010302', '一般行政管理事务（综合）']]);
  });

  it('detects the scheme from the leading digit of the codes', () => {
    expect(detectCatalogScheme(readAll(CSV))).toBe('function');
    expect(detectCatalogScheme(readAll('编码,名称\n301,工资福利支出\n30101,基本工资\n2010301,行政运行\n'))).toBe('deptEconomic');
    expect(detectCatalogScheme(readAll('编码,名称\n501,机关工资福利支出\n50101,工资奖金津补贴\n'))).toBe('govEconomic');
    // Nothing readable: 支出功能分类, the list officers import most.
    expect(detectCatalogScheme(readAll('编码,名称\n'))).toBe('function');
  });

  it('merges the confirmed entries as one edit: the table shows the new name, the project keeps the note', () => {
    const unit = loadSample('final-2024-unit');
    const result = readAll(CSV).function;
    const next = importCatalogEdit(result.entries)(unit);
    expect(next.catalog).toEqual([
      { scheme: 'function', code: '2010302', name: '一般行政管理事务（综合）', note: '反映行政单位一般行政管理事务的支出。', source: '科目表.csv' },
    ]);
    expect(analyseProject(next).report.table('FA03').row('2010302')?.label).toBe('一般行政管理事务（综合）');
    expect(importCatalogEdit([])(unit)).toBe(unit);
  });

  it('keeps the 政府经济分类 mapping of a 部门经济分类 list, so the budget prints the officer’s pair and the project file carries it', () => {
    const budget = loadSample('budget-2025-unit');
    expect(analyseProject(budget).report.table('BG10').row('30101')?.pairedCode).toBe('50101');
    const list = parseCatalogCsv('科目编码,科目名称,政府经济分类编码\r\n30101,基本工资,50199\r\n', 'deptEconomic', '部门经济分类.csv');
    const next = importCatalogEdit(list.entries)(budget);
    expect(next.catalog).toEqual([{ scheme: 'deptEconomic', code: '30101', name: '基本工资', govCode: '50199', source: '部门经济分类.csv' }]);
    expect(analyseProject(next).report.table('BG10').row('30101')?.pairedCode).toBe('50199');
    const reopened = parseProject(serializeProject(next), '项目.dsproj');
    expect(reopened.ok && reopened.project.catalog).toEqual(next.catalog);
  });

  it('words the notice with the count, the scheme and the first problems', () => {
    const result = readAll(CSV).function;
    expect(catalogImportNotice(result, 'function')).toBe('已导入 1 个科目（支出功能分类），1 行未导入或有疑问：第3行：科目编码“99”不是3、5或7位数字，已跳过。');
    expect(catalogImportNotice({ entries: result.entries, problems: [] }, 'function')).toBe('已导入 1 个科目（支出功能分类）。');
    const many = catalogImportNotice({ entries: [], problems: ['一', '二', '三', '四'] }, 'govEconomic');
    expect(many).toBe('已导入 0 个科目（政府预算支出经济分类），4 行未导入或有疑问：一；二；三等。');
  });
});
