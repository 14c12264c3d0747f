import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyCatalogImport, catalogImportStore, closeCatalogImport, readCatalogFile, startCatalogImport } from '../../../renderer/src/app/catalog-import';
import { createWorkspaceStore, isDirty } from '../../../renderer/src/state/workspace-store';
import { encodeGbk } from '../../helpers/gbk';
import { loadSample } from '../../helpers/samples';

const CSV = '科目编码,科目名称,说明\r\n2010302,一般行政管理事务（综合）,反映行政单位一般行政管理事务的支出。\r\n99,无效行\r\n';

function openUnit() {
  const store = createWorkspaceStore();
  store.getState().open(loadSample('final-2024-unit'), { name: 'unit.dsproj' });
  return store;
}

const label = (store: ReturnType<typeof openUnit>) => store.getState().workspace?.analysis.report.table('FA03').row('2010302')?.label;

describe('导入科目表', () => {
  it('reads a GBK CSV under every scheme and detects 支出功能分类', async () => {
    const reading = await readCatalogFile({ name: '科目表.csv', bytes: encodeGbk(CSV) });
    expect(reading.detected).toBe('function');
    expect(reading.readings.function.entries.map((e) => e.name)).toEqual(['一般行政管理事务（综合）']);
    expect(reading.readings.deptEconomic.entries).toEqual([]);
    expect(reading.readings.function.problems).toHaveLength(1);
  });

  it('reads an .xlsx list of 政府经济分类 codes stored as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('科目');
    sheet.addRow(['科目编码', '科目名称']);
    sheet.addRow([501, '机关工资福利支出']);
    sheet.addRow([50101, '工资奖金津补贴']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const reading = await readCatalogFile({ name: '政府经济分类.xlsx', bytes });
    expect(reading.detected).toBe('govEconomic');
    expect(reading.readings.govEconomic.entries.map((e) => e.code)).toEqual(['501', '50101']);
  });

  it('applies the confirmed scheme as one undoable edit that makes the project dirty', async () => {
    const store = openUnit();
    const before = store.getState().workspace?.history.present;
    expect(label(store)).toBe('一般行政管理事务');
    const reading = await readCatalogFile({ name: '科目表.csv', bytes: new TextEncoder().encode(CSV) });
    expect(applyCatalogImport(store, reading, reading.detected)).toBe(true);
    expect(label(store)).toBe('一般行政管理事务（综合）');
    expect(store.getState().workspace?.history.present.catalog.map((e) => e.note)).toEqual(['反映行政单位一般行政管理事务的支出。']);
    expect(isDirty(store.getState().workspace)).toBe(true);
    expect(store.getState().notice).toMatchObject({ kind: 'info', text: expect.stringMatching(/^已导入 1 个科目（支出功能分类），1 行未导入/) });

    store.getState().undo();
    expect(store.getState().workspace?.history.present).toBe(before);
    expect(label(store)).toBe('一般行政管理事务');
    expect(isDirty(store.getState().workspace)).toBe(false);
    store.getState().redo();
    expect(label(store)).toBe('一般行政管理事务（综合）');
  });

  it('leaves the project untouched when the chosen scheme has no entries', async () => {
    const store = openUnit();
    const before = store.getState().workspace?.history.present;
    const reading = await readCatalogFile({ name: '科目表.csv', bytes: new TextEncoder().encode(CSV) });
    expect(applyCatalogImport(store, reading, 'deptEconomic')).toBe(false);
    expect(store.getState().workspace?.history.present).toBe(before);
    expect(store.getState().notice?.text).toBe('“科目表.csv”中没有可导入的部门预算支出经济分类科目，项目未改动。');
  });

  it('opens the dialog for a readable file and gives a notice naming an unreadable one', async () => {
    const store = openUnit();
    const before = store.getState().workspace?.history.present;
    await startCatalogImport(store, async () => ({ ok: true, value: { name: '科目表.csv', bytes: new TextEncoder().encode(CSV) } }));
    expect(catalogImportStore.getState().reading?.fileName).toBe('科目表.csv');
    closeCatalogImport();

    await startCatalogImport(store, async () => ({ ok: true, value: { name: '坏表.xlsx', bytes: new Uint8Array([1, 2, 3]) } }));
    expect(catalogImportStore.getState().reading).toBeNull();
    expect(store.getState().notice).toMatchObject({ kind: 'error', text: expect.stringMatching(/无法读取“坏表\.xlsx”.*项目未改动。$/) });

    await startCatalogImport(store, async () => ({ ok: true, value: { name: '说明.csv', bytes: new TextEncoder().encode('随便写的文字\n') } }));
    expect(store.getState().notice?.text).toMatch(/“说明\.csv”.*没有找到科目表的表头行/);

    await startCatalogImport(store, async () => ({ ok: false, code: 'tooLarge' }));
    expect(store.getState().notice?.text).toBe('文件过大，无法处理。');
    expect(store.getState().workspace?.history.present).toBe(before);
    expect(catalogImportStore.getState().reading).toBeNull();
  });
});
