// A figure as the published text states it: the sum of table cells, each rounded as printed (0.01 万元).
// The text, its editors and the prior-year import all read figures this way, so they agree to the cent.
import { add, roundForDisplay, ZERO, type Amount } from '../money/money';
import { cellAddress, parseCellRef } from '../tables/cell-address';
import type { DerivedReport } from './derived-model';

export function printedSum(report: DerivedReport, refs: readonly string[]): Amount {
  let total: Amount = ZERO;
  for (const text of refs) {
    const ref = parseCellRef(text);
    total = add(total, roundForDisplay(report.value(cellAddress(ref.table, ref.row, ref.column))));
  }
  return total;
}
