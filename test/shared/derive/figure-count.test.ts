// The 科目 tables count the rounded figures beneath a cell themselves (for the rounding envelope);
// the count must be the one the generic walk over `reads` gives, on every cell of the samples.
import { describe, expect, it } from 'vitest';
import type { DerivedReport } from '../../../shared/derive/derived-model';
import { withoutReportedFigures } from '../../../shared/derive/derive-report';
import { analyseProject } from '../../../shared/report/final-account';
import { cellAddress, type CellAddress } from '../../../shared/tables/cell-address';
import { loadSample, type SampleName } from '../../helpers/samples';

function walkedCount(report: DerivedReport, address: CellAddress): number {
  const cell = report.cell(address);
  if (!cell || cell.value.isZero()) return 0;
  if (cell.kind === 'input' || cell.reported) return 1;
  return report.reads(address).reduce((n, read) => n + walkedCount(report, read.address), 0);
}

describe('figure counts of 科目 tables', () => {
  for (const sample of ['final-2024-unit', 'final-2024-department', 'budget-2025-unit'] as const satisfies readonly SampleName[]) {
    it(`equal the walk over reads on every cell of ${sample}, with and without its 报表数`, () => {
      let compared = 0;
      let above1 = 0;
      // The 决算 samples carry the printed 报表数 on every total (each counts 1); without them the counts go deep.
      for (const project of [loadSample(sample), withoutReportedFigures(loadSample(sample))]) {
        const { report } = analyseProject(project);
        for (const table of report.tables.values()) {
          if (table.figureCount === undefined) continue;
          for (const row of table.rows) {
            for (const column of row.cells.keys()) {
              const counted = table.figureCount(row.key, column);
              expect(counted, `${table.id}[${row.key}].${column}`).toBe(walkedCount(report, cellAddress(table.id, row.key, column)));
              compared += 1;
              if ((counted ?? 0) > 1) above1 += 1;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(100);
      expect(above1).toBeGreaterThan(10);
    });
  }
});
