// Fuzz: 1,000 damaged workbooks (zip bytes flipped, cut, zeroed; rows shuffled, random text in cells,
// sheets deleted or renamed). No crash, no hang: every import ends within its time budget, either
// with a valid project or with a coded error and a Chinese message.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFinalAccount } from '../../../shared/import/import-workbook';
import { IMPORT_ERROR_CODES, type ImportResult } from '../../../shared/import/import-types';
import { parseProject, serializeProject } from '../../../shared/project/load-project';
import { LAYOUTS, PUBLISHED } from './fixture-layouts';
import { DEPARTMENT_SEED, UNIT_SEED, fixtureBytes, fixtureWorkbook, workbookBytes } from './fixture-workbooks';

const CASES = 1000;
const STRUCTURAL_EVERY = 3; // every third case damages the workbook's content, the others its bytes
const BUDGET_MS = 5_000;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed by its case number. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
};
const int = (rng: Rng, max: number): number => Math.floor(rng() * max);

function damageBytes(base: Uint8Array, rng: Rng): Uint8Array {
  const bytes = base.slice();
  switch (int(rng, 5)) {
    case 0: // flip a few bytes
      for (let k = 1 + int(rng, 8); k > 0; k -= 1) bytes[int(rng, bytes.length)] = int(rng, 256);
      return bytes;
    case 1: // cut off
      return bytes.slice(0, int(rng, bytes.length));
    case 2: {
      // zero a range
      const start = int(rng, bytes.length);
      bytes.fill(0, start, start + 1 + int(rng, 2000));
      return bytes;
    }
    case 3: {
      // a chunk repeated somewhere else
      const from = int(rng, bytes.length);
      const chunk = bytes.slice(from, from + 1 + int(rng, 500));
      const at = int(rng, bytes.length);
      return new Uint8Array([...bytes.slice(0, at), ...chunk, ...bytes.slice(at)]);
    }
    default: {
      // the zip's central directory damaged near the end
      const at = bytes.length - 1 - int(rng, Math.min(bytes.length, 400));
      bytes[at] = (bytes[at] ?? 0) ^ (1 + int(rng, 255));
      return bytes;
    }
  }
}

const JUNK: readonly ExcelJS.CellValue[] = [
  '合计', '合 计', '2010301', '20103', '301', '公开05表', '收入决算表', '支出决算表', '栏次', '项目', '科目编码', '金额单位：元',
  '单位：某单位本级', '注：本表无数据', 'abc', '一百万', '#N/A', '-', '1,2,3', '（12.5）', '1e308', '', ' ', '9'.repeat(400),
  1e308, -0.0001, 123456789.123, 0, 2024, new Date(2024, 0, 1), true, { formula: 'SUM(A1:A3)', result: 7 }, { formula: 'A1/0', result: { error: '#DIV/0!' } },
];

function damageStructure(workbook: ExcelJS.Workbook, rng: Rng): void {
  const sheets = workbook.worksheets;
  const sheet = pick(rng, sheets);
  const rows = Math.max(sheet.rowCount, 1);
  const columns = Math.max(sheet.columnCount, 1);
  switch (int(rng, 5)) {
    case 0: // shuffle rows
      for (let k = 1 + int(rng, 6); k > 0; k -= 1) {
        const a = sheet.getRow(1 + int(rng, rows));
        const b = sheet.getRow(1 + int(rng, rows));
        const values = a.values;
        a.values = b.values;
        b.values = values;
      }
      return;
    case 1: // random text and values in cells
      for (let k = 1 + int(rng, 10); k > 0; k -= 1) sheet.getCell(1 + int(rng, rows + 2), 1 + int(rng, columns + 2)).value = pick(rng, JUNK);
      return;
    case 2: // a sheet deleted
      if (sheets.length > 1) workbook.removeWorksheet(sheet.id);
      return;
    case 3: // a sheet renamed like another table
      sheet.name = `公开0${1 + int(rng, 9)}表-${int(rng, 1000)}`;
      return;
    default: // cells cleared
      for (let k = 1 + int(rng, 20); k > 0; k -= 1) sheet.getCell(1 + int(rng, rows), 1 + int(rng, columns)).value = null;
  }
}

function checkResult(result: ImportResult, label: string): void {
  if (result.ok) {
    const reloaded = parseProject(serializeProject(result.project), 'fuzz.json');
    expect(reloaded.ok, `${label}: imported project does not reload`).toBe(true);
    return;
  }
  expect(IMPORT_ERROR_CODES, `${label}: unknown code ${result.code}`).toContain(result.code);
  expect(result.message, label).toMatch(/[\u4e00-\u9fff]/);
  expect(result.message, label).toContain('“fuzz.xlsx”');
  expect(result.message, `${label}: ${result.message}`).not.toContain('内部错误');
}

describe('import fuzz', () => {
  it(`survives ${CASES} damaged workbooks`, async () => {
    const base = await fixtureBytes(UNIT_SEED, PUBLISHED);
    const seeds = [UNIT_SEED, DEPARTMENT_SEED];
    const outcomes = new Map<string, number>();
    const started = performance.now();
    let slowest = 0;
    for (let n = 0; n < CASES; n += 1) {
      const rng = random(n + 1);
      let data: Uint8Array;
      if (n % STRUCTURAL_EVERY === 0) {
        const workbook = fixtureWorkbook(pick(rng, seeds), pick(rng, LAYOUTS));
        for (let k = 1 + int(rng, 3); k > 0; k -= 1) damageStructure(workbook, rng);
        data = await workbookBytes(workbook).catch(() => damageBytes(base, rng));
      } else {
        data = damageBytes(base, rng);
      }
      const before = performance.now();
      const result = await importFinalAccount({ data, label: 'fuzz.xlsx' }, n % 2 === 0 ? { year: 2024 } : {});
      const took = performance.now() - before;
      slowest = Math.max(slowest, took);
      expect(took, `case ${n} took ${took.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
      checkResult(result, `case ${n}`);
      const outcome = result.ok ? 'ok' : result.code;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    // No total budget: the per-case budget is the hang guard, and the sum depends on the machine's load.
    const total = performance.now() - started;
    // Both kinds of outcome occur: damage that is caught and damage the reader works around.
    expect(outcomes.get('ok') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('damaged') ?? 0).toBeGreaterThan(0);
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
    console.info(`fuzz: ${CASES} cases in ${(total / 1000).toFixed(1)} s, slowest ${slowest.toFixed(0)} ms`, Object.fromEntries(outcomes));
  }, 300_000);
});
