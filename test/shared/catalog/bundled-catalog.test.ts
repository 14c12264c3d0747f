import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import economicData from '../../../templates/catalog/economic-classification.json';
import functionData from '../../../templates/catalog/function-classification.json';
import {
  bundledCatalog,
  catalogSchemes,
  economicLevel,
  functionLevel,
  parentCode,
  parseCatalogFile,
  type CatalogScheme,
} from '../../../shared/catalog/catalog';

const seedText = (file: string): string => readFileSync(new URL(`../../fixtures/seeds/${file}`, import.meta.url), 'utf8');
const seedFinalUnit = seedText('000-final-2024-unit.txt');
const seedBudgetUnit = seedText('001-budget-2025-unit.txt');
const seedFinalDept = seedText('003-final-2024-department.txt');

/** Printed names with the extraction's spaces removed and ASCII parentheses made full-width. */
const normalizeName = (name: string): string => name.replace(/\s/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** Part 2 (the tables) of a final-account seed: from the line “第二部分” to the line “第三部分”. */
function tablesPart(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === '第二部分');
  const end = lines.findIndex((line, index) => index > start && line.trim() === '第三部分');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start, end);
}

interface Printed {
  scheme: CatalogScheme;
  code: string;
  name: string;
}

/** Every (科目编码, 科目名称) cell pair in the 科目 tables 02/03/05/07 and the 06 table of a final account. */
function printedInFinalAccount(text: string): Printed[] {
  const found: Printed[] = [];
  for (const line of tablesPart(text)) {
    const cells = line.split('\t').map((cell) => cell.trim());
    cells.forEach((cell, index) => {
      const name = cells[index + 1] ?? '';
      if (!/^[23]\d{2}(\d{2}){0,2}$/.test(cell) || name === '' || /^[\d,.]+$/.test(name)) return;
      found.push({ scheme: cell.startsWith('2') ? 'function' : 'deptEconomic', code: cell, name: normalizeName(name) });
    });
  }
  return found;
}

/** 功能分类 rows of the budget seed, whose codes are split into 类 | 款 | 项 columns. */
function printedFunctionInBudget(text: string): Printed[] {
  const found: Printed[] = [];
  let category = '';
  let section = '';
  for (const line of text.split('\n')) {
    const [lei = '', kuan = '', xiang = '', name = ''] = line.split('\t').map((cell) => cell.trim());
    if (/^2\d{2}$/.test(lei) && kuan === '' && xiang === '') {
      category = lei;
      found.push({ scheme: 'function', code: lei, name: normalizeName(name) });
    } else if (lei === '' && /^\d{2}$/.test(kuan) && xiang === '' && category !== '') {
      section = category + kuan;
      found.push({ scheme: 'function', code: section, name: normalizeName(name) });
    } else if (lei === '' && kuan === '' && /^\d{2}$/.test(xiang) && section !== '') {
      found.push({ scheme: 'function', code: section + xiang, name: normalizeName(name) });
    }
  }
  return found;
}

/** The 部门/政府 economic pairs of the budget seed's 基本支出 tables: 类 | 款 | 名称 | 类 | 款 | 名称. */
function printedEconomicPairs(text: string): { dept: Printed; gov: Printed }[] {
  const pairs: { dept: Printed; gov: Printed }[] = [];
  for (const line of text.split('\n')) {
    const [deptLei = '', deptKuan = '', deptName = '', govLei = '', govKuan = '', govName = ''] = line.split('\t').map((c) => c.trim());
    if (!/^3\d{2}$/.test(deptLei) || !/^5\d{2}$/.test(govLei)) continue;
    pairs.push({
      dept: { scheme: 'deptEconomic', code: deptLei + deptKuan, name: normalizeName(deptName) },
      gov: { scheme: 'govEconomic', code: govLei + govKuan, name: normalizeName(govName) },
    });
  }
  return pairs;
}

const catalog = bundledCatalog();

describe('bundled catalog: seed tables', () => {
  it('knows every code printed in the final-account tables 02/03/05/06/07 of both seeds, with the printed name', () => {
    const printed = [...printedInFinalAccount(seedFinalUnit), ...printedInFinalAccount(seedFinalDept)];
    expect(printed.length).toBeGreaterThan(150);
    for (const { scheme, code, name } of printed) {
      expect(catalog.lookup(scheme, code), `${scheme} ${code}`).toMatchObject({ code, name, verified: true, source: 'seed' });
    }
    // Seed 003's 06 table has the long block C (307 … 312 … 399), seed 000 the short one.
    const deptCodes = new Set(printed.filter((p) => p.scheme === 'deptEconomic').map((p) => p.code));
    expect(deptCodes.size).toBe(89);
  });

  it('knows every 功能分类 code of the budget seed, with the printed name', () => {
    const printed = printedFunctionInBudget(seedBudgetUnit);
    expect(printed.map((p) => p.code)).toContain('2080599');
    for (const { code, name } of printed) {
      expect(catalog.lookup('function', code)?.name, code).toBe(name);
    }
  });

  it('maps 部门 economic codes to the 政府 codes printed beside them in the budget seed', () => {
    const pairs = printedEconomicPairs(seedBudgetUnit);
    expect(pairs.length).toBeGreaterThanOrEqual(21);
    for (const { dept, gov } of pairs) {
      const entry = catalog.lookup('deptEconomic', dept.code);
      expect(entry?.govCode, dept.code).toBe(gov.code);
      // The budget seed prints 303 as “对个人和家庭补助”; the 06 tables print the book's “对个人和家庭的补助”.
      if (dept.code !== '303') expect(entry?.name, dept.code).toBe(dept.name);
      expect(catalog.lookup('govEconomic', gov.code)).toMatchObject({ name: gov.name, verified: true });
    }
    expect(catalog.lookup('deptEconomic', '303')?.name).toBe('对个人和家庭的补助');
  });

  it('has the exact printed names of a handful of real seed codes', () => {
    const expected: [CatalogScheme, string, string][] = [
      ['function', '201', '一般公共服务支出'],
      ['function', '20103', '政府办公厅（室）及相关机构事务'],
      ['function', '2010301', '行政运行'],
      ['function', '2010350', '事业运行'],
      ['function', '2010399', '其他政府办公厅（室）及相关机构事务支出'],
      ['function', '2080505', '机关事业单位基本养老保险缴费支出'],
      ['function', '2080506', '机关事业单位职业年金缴费支出'],
      ['function', '2080801', '死亡抚恤'],
      ['function', '2101103', '公务员医疗补助'],
      ['function', '21208', '国有土地使用权出让收入安排的支出'],
      ['function', '2120899', '其他国有土地使用权出让收入安排的支出'],
      ['function', '2210201', '住房公积金'],
      ['function', '229', '其他支出'],
      ['function', '22999', '其他支出'],
      ['function', '2299999', '其他支出'],
      ['deptEconomic', '30108', '机关事业单位基本养老保险缴费'],
      ['deptEconomic', '30212', '因公出国（境）费用'],
      ['deptEconomic', '30213', '维修（护）费'],
      ['deptEconomic', '30239', '其他交通费用'],
      ['deptEconomic', '30303', '退职（役）费'],
      ['deptEconomic', '31203', '政府投资基金股权投资'],
      ['deptEconomic', '39908', '对民间非营利组织和群众性自治组织补贴'],
      ['govEconomic', '50101', '工资奖金津补贴'],
      ['govEconomic', '50209', '维修（护）费'],
    ];
    for (const [scheme, code, name] of expected) {
      expect(catalog.lookup(scheme, code)?.name, `${scheme} ${code}`).toBe(name);
    }
  });

  it('carries the 说明 of the seeds’ 名词解释', () => {
    expect(catalog.lookup('function', '2010301')?.note).toBe('反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
    expect(catalog.lookup('function', '2080506')?.note).toBe(
      '反映机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出。（含职业年金补记支出。）',
    );
    expect(catalog.lookup('function', '2120899')?.note).toMatch(/^反映土地出让收入用于其他方面的支出。不包括市县级政府/);
    expect(catalog.lookup('function', '2299999')?.note).toBe('反映除上述项目以外其他不能划分到具体功能科目中的支出项目。');
    // Every 项 named in a seed's 名词解释 has a note.
    for (const text of [seedFinalUnit, seedFinalDept]) {
      const names = [...text.replace(/\n/g, '').matchAll(/[（(]款[）)]([^。：]+?)[（(]项[）)]：/g)].map((m) => m[1] ?? '');
      expect(names.length).toBeGreaterThanOrEqual(10);
      for (const name of names) {
        const withNote = catalog.entries('function').filter(
          (e) => functionLevel(e.code) === 3 && e.name === normalizeName(name) && e.source === 'seed',
        );
        expect(withNote.length, name).toBeGreaterThan(0);
        expect(withNote.every((e) => e.note !== undefined), name).toBe(true);
      }
    }
  });
});

describe('bundled catalog: contents', () => {
  it('has every 类 of the 2024/2025 book with the names of the 01 table', () => {
    const classes = catalog.entries('function').filter((e) => functionLevel(e.code) === 1);
    expect(classes.map((e) => e.code)).toEqual([
      '201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217',
      '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233', '234',
    ]);
    // The 26 expenditure lines of 公开01表 (names printed without codes) are all 类 names of the catalog.
    const lines = new Set(
      [...seedFinalUnit.matchAll(/^[^\t]*\t\d+\t[^\t]*\t[一二三四五六七八九十]+、([^\t]+)\t(?:3[2-9]|4\d|5[0-8])\t/gm)].map((m) => m[1]),
    );
    expect(lines.size).toBe(26);
    const names = new Set(classes.map((e) => e.name));
    for (const name of lines) expect(names.has(name ?? ''), name).toBe(true);
  });

  it('has the whole 201 款 list with the standard 项', () => {
    const sections = catalog.entries('function').filter((e) => e.code.startsWith('201') && functionLevel(e.code) === 2);
    expect(sections.length).toBeGreaterThanOrEqual(26);
    expect(catalog.lookup('function', '20199')?.name).toBe('其他一般公共服务支出');
    for (const section of sections) {
      if (section.code === '20199') continue;
      expect(catalog.lookup('function', `${section.code}01`)?.name, section.code).toBe('行政运行');
      expect(catalog.lookup('function', `${section.code}02`)?.name, section.code).toBe('一般行政管理事务');
      expect(catalog.lookup('function', `${section.code}99`)?.name, section.code).toMatch(/^其他/);
    }
    expect(catalog.lookup('function', '2010199')?.name).toBe('其他人大事务支出');
    expect(catalog.lookup('function', '2013199')?.name).toBe('其他党委办公厅（室）及相关机构事务支出');
  });

  it('has the personnel 项 every unit uses', () => {
    for (const code of ['2080501', '2080502', '2080503', '2080505', '2080506', '2080507', '2080599', '2080801', '2080802',
      '2089999', '2101101', '2101102', '2101103', '2101199', '2210201', '2210202', '2210203']) {
      expect(catalog.lookup('function', code), code).toBeDefined();
    }
  });

  it('has the full 06 table lists and the economic 类', () => {
    const dept = catalog.entries('deptEconomic');
    expect(dept.filter((e) => economicLevel(e.code) === 1).map((e) => e.code)).toEqual([
      '301', '302', '303', '307', '309', '310', '311', '312', '313', '399',
    ]);
    const gov = catalog.entries('govEconomic');
    expect(gov.filter((e) => economicLevel(e.code) === 1).map((e) => e.code)).toEqual([
      '501', '502', '503', '504', '505', '506', '507', '508', '509', '510', '511', '512', '513', '514', '599',
    ]);
    for (const entry of dept) {
      if (entry.govCode !== undefined) expect(catalog.lookup('govEconomic', entry.govCode), entry.code).toBeDefined();
    }
  });

  it('nests every code under an existing parent of the same scheme', () => {
    for (const scheme of catalogSchemes) {
      for (const entry of catalog.entries(scheme)) {
        const parent = parentCode(entry.code);
        if (parent === undefined) {
          expect(entry.code, `${scheme} ${entry.code}`).toHaveLength(3);
          continue;
        }
        expect(catalog.lookup(scheme, parent), `${scheme} ${entry.code} → ${parent}`).toBeDefined();
      }
    }
  });

  it('has no duplicate codes in the data files', () => {
    for (const data of [functionData, economicData]) {
      const keys = data.entries.map((e) => `${e.scheme}:${e.code}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(parseCatalogFile(data)).toHaveLength(keys.length);
    }
  });

  it('marks only seed and reference entries as verified', () => {
    for (const scheme of catalogSchemes) {
      for (const entry of catalog.entries(scheme)) {
        expect(['seed', 'reference', 'convention'], entry.code).toContain(entry.source);
        expect(entry.verified, `${scheme} ${entry.code}`).toBe(entry.source !== 'convention');
      }
    }
  });

  it('contains codes of the partial reference lists as verified reference entries', () => {
    const observed: [CatalogScheme, string, string][] = [
      ['function', '2010507', '专项普查活动'],
      ['function', '2013802', '一般行政管理事务'],
      ['function', '2040607', '公共法律服务'],
      ['function', '2080705', '公益性岗位补贴'],
      ['function', '2100717', '计划生育服务'],
      ['function', '2120104', '城管执法'],
      ['function', '2210203', '购房补贴'],
      ['function', '2210399', '其他城乡社区住宅支出'],
    ];
    for (const [scheme, code, name] of observed) {
      expect(catalog.lookup(scheme, code), code).toMatchObject({ name, source: 'reference', verified: true });
    }
  });

  it('states its provenance in Chinese', () => {
    for (const data of [functionData, economicData]) {
      expect(data.provenance).toMatch(/机器读取/);
      expect(data.provenance).toMatch(/convention/);
    }
  });
});
