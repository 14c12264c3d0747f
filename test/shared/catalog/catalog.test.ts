import { describe, expect, it } from 'vitest';
import {
  bundledCatalog,
  catalogEntrySchema,
  createCatalog,
  economicLevel,
  functionLevel,
  parentCode,
  parseCatalogFile,
  type CatalogEntry,
} from '../../../shared/catalog/catalog';

const entry = (code: string, name: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({
  scheme: 'function',
  code,
  name,
  source: 'seed',
  verified: true,
  ...extra,
});

describe('code levels', () => {
  it('reads 类/款/项 from the code length', () => {
    expect(functionLevel('201')).toBe(1);
    expect(functionLevel('20103')).toBe(2);
    expect(functionLevel('2010301')).toBe(3);
    expect(functionLevel('2010')).toBeUndefined();
    expect(functionLevel('20A')).toBeUndefined();
    expect(functionLevel('')).toBeUndefined();
    expect(economicLevel('302')).toBe(1);
    expect(economicLevel('30239')).toBe(2);
    expect(economicLevel('3023901')).toBeUndefined();
  });

  it('finds the parent code', () => {
    expect(parentCode('2010301')).toBe('20103');
    expect(parentCode('20103')).toBe('201');
    expect(parentCode('201')).toBeUndefined();
    expect(parentCode('2010')).toBeUndefined();
  });
});

describe('createCatalog', () => {
  const catalog = createCatalog([
    entry('2010301', '行政运行'),
    entry('201', '一般公共服务支出'),
    entry('20103', '政府办公厅（室）及相关机构事务'),
    entry('208', '社会保障和就业支出'),
    entry('2010399', '其他政府办公厅（室）及相关机构事务支出'),
    { scheme: 'deptEconomic', code: '30239', name: '其他交通费用', source: 'seed', verified: true, govCode: '50201' },
  ]);

  it('looks codes up per scheme', () => {
    expect(catalog.lookup('function', '2010301')?.name).toBe('行政运行');
    expect(catalog.lookup('deptEconomic', '30239')?.govCode).toBe('50201');
    expect(catalog.lookup('function', '30239')).toBeUndefined();
    expect(catalog.lookup('govEconomic', '50201')).toBeUndefined();
  });

  it('lists entries in code order, each 类 followed by its 款 and 项', () => {
    expect(catalog.entries('function').map((e) => e.code)).toEqual(['201', '20103', '2010301', '2010399', '208']);
    expect(catalog.entries('govEconomic')).toEqual([]);
  });

  it('lets later entries override earlier ones, without changing the original', () => {
    const imported = catalog.with([
      entry('2010301', '行政运行', { source: '2025年科目表.xlsx', note: '反映行政单位的基本支出。' }),
      entry('2010302', '一般行政管理事务', { source: '2025年科目表.xlsx' }),
    ]);
    expect(imported.lookup('function', '2010301')).toMatchObject({ source: '2025年科目表.xlsx', note: '反映行政单位的基本支出。' });
    expect(imported.entries('function').map((e) => e.code)).toEqual(['201', '20103', '2010301', '2010302', '2010399', '208']);
    expect(catalog.lookup('function', '2010301')?.source).toBe('seed');
    expect(catalog.lookup('function', '2010302')).toBeUndefined();
    expect(imported.lookup('deptEconomic', '30239')?.name).toBe('其他交通费用');
    // The same code twice in one list: the later one wins.
    const twice = createCatalog([entry('201', '旧名称'), entry('201', '一般公共服务支出')]);
    expect(twice.entries('function')).toHaveLength(1);
    expect(twice.lookup('function', '201')?.name).toBe('一般公共服务支出');
  });

  it('hands out frozen entries', () => {
    const found = catalog.lookup('function', '201');
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(catalog.entries('function'))).toBe(true);
  });

  it('keeps the bundled catalog as one shared instance', () => {
    expect(bundledCatalog()).toBe(bundledCatalog());
    const extended = bundledCatalog().with([entry('2010301', '行政运行', { source: '官方科目表' })]);
    expect(extended.lookup('function', '2010301')?.source).toBe('官方科目表');
    expect(bundledCatalog().lookup('function', '2010301')?.source).toBe('seed');
  });
});

describe('parseCatalogFile', () => {
  const file = (entries: unknown[]): unknown => ({ title: '测试', provenance: '测试数据', entries });

  it('returns the entries of a valid file', () => {
    const entries = parseCatalogFile(file([entry('201', '一般公共服务支出'), entry('20103', '政府办公厅（室）及相关机构事务')]));
    expect(entries.map((e) => e.code)).toEqual(['201', '20103']);
  });

  it('throws a Chinese message on bad data', () => {
    expect(() => parseCatalogFile('not a catalog')).toThrow(/科目目录数据无效/);
    expect(() => parseCatalogFile({ title: '测试', entries: [] })).toThrow(/provenance/);
    expect(() => parseCatalogFile(file([entry('2010', '行政运行')]))).toThrow(/entries\[0\]\.code：科目编码必须是3、5或7位数字/);
    expect(() => parseCatalogFile(file([entry('201', '')]))).toThrow(/科目名称不能为空/);
    expect(() => parseCatalogFile(file([{ ...entry('201', '一般公共服务支出'), verified: 'yes' }]))).toThrow(/verified/);
    expect(() => parseCatalogFile(file([entry('2010301', '行政运行', { scheme: 'deptEconomic' })]))).toThrow(/部门预算支出经济分类的编码必须是3或5位数字/);
    expect(() => parseCatalogFile(file([entry('301', '工资福利支出')]))).toThrow(/支出功能分类的编码应以2开头/);
    expect(() => parseCatalogFile(file([entry('201', '一般公共服务支出', { govCode: '501' })]))).toThrow(/govCode/);
    expect(() => parseCatalogFile(file([{ ...entry('201', '一般公共服务支出'), extra: 1 }]))).toThrow(/科目目录数据无效/);
    expect(() => parseCatalogFile(file([entry('201', '一般公共服务支出'), entry('201', '一般公共服务支出')]))).toThrow(
      /支出功能分类编码“201”与 entries\[0\] 重复/,
    );
  });

  it('exposes the entry schema for other modules', () => {
    expect(catalogEntrySchema.safeParse(entry('2299999', '其他支出')).success).toBe(true);
    expect(catalogEntrySchema.safeParse({ ...entry('30239', '其他交通费用'), scheme: 'deptEconomic', govCode: '50201' }).success).toBe(true);
  });
});
