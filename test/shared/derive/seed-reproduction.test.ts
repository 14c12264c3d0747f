// The core's derived tables against every printed cell of the seeds' nine tables.
import { describe, expect, it } from 'vitest';
import { roundForDisplay } from '../../../shared/money/money';
import { analyseProject } from '../../../shared/report/final-account';
import { withoutReportedFigures } from '../../../shared/derive/derive-report';
import type { DerivedReport } from '../../../shared/derive/derived-model';
import { readSeedTables } from '../../fixtures/seed-tables';
import { tableIdSchema } from '../../../shared/tables/cell-address';
import { loadSample, type SampleName } from '../../helpers/samples';

/** Every non-zero published cell of a report, as printed (two decimals), keyed like the seed reader. */
function printedCells(report: DerivedReport, pick: 'value' | 'computed'): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of report.tables.values()) {
    for (const row of table.rows) {
      for (const [column, cell] of row.cells) {
        const shown = roundForDisplay(cell[pick]);
        if (!shown.isZero()) out.set(`${table.id}[${row.key}].${column}`, shown.toFixed(2));
      }
    }
  }
  return out;
}

interface Case {
  readonly sample: SampleName;
  readonly seed: string;
  /**
   * Cells where the typed leaves alone give a different total than the seed prints: the finance
   * system rounds every printed cell from 元 on its own (尾数误差, final-account-tables.md §3–§8).
   * Each entry: cell → [derived from the leaves, printed].
   */
  readonly tails: Readonly<Record<string, readonly [string, string]>>;
}

const CASES: readonly Case[] = [
  {
    sample: 'final-2024-unit',
    seed: '000-final-2024-unit.txt',
    tails: {
      // 02: 20103 Σ 项 7,508.54 (财政拨款 7,507.87) against 7,508.55 (7,507.88); the tail climbs to 201 and 合计.
      'FA02[20103].c1': ['7508.54', '7508.55'],
      'FA02[20103].c2': ['7507.87', '7507.88'],
      'FA02[201].c1': ['7508.54', '7508.55'],
      'FA02[201].c2': ['7507.87', '7507.88'],
      'FA02[TOTAL].c1': ['8679.92', '8679.94'],
      'FA02[TOTAL].c2': ['8679.25', '8679.27'],
      // 03: 20103 项目支出 4,556.70 + 17.03 = 4,573.73 against 4,573.74; 合计 基本 3,826.84 against 3,826.85.
      'FA03[20103].c1': ['7509.87', '7509.88'],
      'FA03[20103].c3': ['4573.73', '4573.74'],
      'FA03[201].c1': ['7509.87', '7509.88'],
      'FA03[201].c3': ['4573.73', '4573.74'],
      'FA03[TOTAL].c1': ['8681.25', '8681.27'],
      'FA03[TOTAL].c2': ['3826.84', '3826.85'],
      'FA03[TOTAL].c3': ['4854.41', '4854.42'],
      // 05: the same two tails as 03 (all of 05 is 03 less 其他收入 and balances).
      'FA05[20103].c1': ['7507.87', '7507.88'],
      'FA05[20103].c3': ['4573.73', '4573.74'],
      'FA05[201].c1': ['7507.87', '7507.88'],
      'FA05[201].c3': ['4573.73', '4573.74'],
      'FA05[TOTAL].c1': ['8679.25', '8679.27'],
      'FA05[TOTAL].c2': ['3824.84', '3824.85'],
      'FA05[TOTAL].c3': ['4854.41', '4854.42'],
      // 01 and 04 copy 02/03/05 totals and 类 lines, so they carry the same tails.
      'FA01[1].c1': ['8679.25', '8679.27'],
      'FA01[27].c1': ['8679.92', '8679.94'],
      'FA01[31].c1': ['8683.13', '8683.15'],
      'FA01[32].c2': ['7509.87', '7509.88'],
      'FA01[58].c2': ['8681.25', '8681.27'],
      'FA01[62].c2': ['8683.13', '8683.15'],
      'FA04[1].c1': ['8679.25', '8679.27'],
      'FA04[27].c1': ['8679.25', '8679.27'],
      'FA04[32].c1': ['8679.25', '8679.27'],
      'FA04[33].c2': ['7507.87', '7507.88'],
      'FA04[33].c3': ['7507.87', '7507.88'],
      'FA04[59].c2': ['8679.25', '8679.27'],
      'FA04[59].c3': ['8679.25', '8679.27'],
      'FA04[64].c2': ['8679.25', '8679.27'],
      'FA04[64].c3': ['8679.25', '8679.27'],
      // 06: 301 Σ 10 items 2,768.25 against 2,768.27; 310 31.82 + 0.98 = 32.80 against 32.81.
      'FA06[301].c1': ['2768.25', '2768.27'],
      'FA06[310].c1': ['32.80', '32.81'],
      'FA06[personnelTotal].c1': ['3203.84', '3203.87'],
      'FA06[operatingTotal].c1': ['620.97', '620.98'],
    },
  },
  {
    sample: 'final-2024-department',
    seed: '003-final-2024-department.txt',
    tails: {
      // 03/05 合计 基本支出: Σ 类 3,153.48 against 3,153.47; 06 301 Σ 2,456.32 / 303 Σ 302.07.
      'FA03[TOTAL].c2': ['3153.48', '3153.47'],
      'FA05[TOTAL].c2': ['3153.48', '3153.47'],
      'FA06[301].c1': ['2456.32', '2456.31'],
      'FA06[303].c1': ['302.07', '302.08'],
    },
  },
];

describe.each(CASES)('$sample reproduces seed $seed', ({ sample, seed, tails }) => {
  const printed = readSeedTables(seed).cells;

  it('derives every printed cell from the typed leaves alone, except the stated rounding tails', () => {
    const project = withoutReportedFigures(loadSample(sample));
    const derived = printedCells(analyseProject(project).report, 'computed');
    const differences: Record<string, readonly [string, string]> = {};
    for (const key of new Set([...printed.keys(), ...derived.keys()])) {
      const mine = derived.get(key) ?? '0.00';
      const theirs = printed.get(key) ?? '0.00';
      if (mine !== theirs) differences[key] = [mine, theirs];
    }
    expect(differences).toEqual(tails);
  });

  it('publishes exactly the printed figures once the 报表数 are typed', () => {
    const published = printedCells(analyseProject(loadSample(sample)).report, 'value');
    expect(Object.fromEntries(published)).toEqual(Object.fromEntries(printed));
  });

  it('lists the printed 科目 rows in the printed order with the printed names', () => {
    const { report } = analyseProject(loadSample(sample));
    const seedRows = readSeedTables(seed).subjectRows;
    for (const [table, rows] of seedRows) {
      const derived = report.tables.get(tableIdSchema.parse(table));
      const listed = (derived?.rows ?? [])
        .filter((r) => r.key === 'TOTAL' || [...r.cells.values()].some((c) => !c.value.isZero()))
        .map((r) => ({ code: r.key, name: r.key === 'TOTAL' ? '合计' : r.label }));
      expect(listed, table).toEqual(rows.map((r) => ({ code: r.code, name: r.code === 'TOTAL' ? '合计' : r.name })));
    }
  });
});
