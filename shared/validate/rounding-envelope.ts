// How many independently rounded figures a value rests on: the 尾数 envelope of a relation grows with it.
import type { CellAddress } from '../tables/cell-address';
import type { DerivedCell, DerivedReport } from '../derive/derived-model';

/**
 * A typed figure or a 报表数 was rounded once; a value the core computed carries the roundings of every
 * non-zero figure it sums. So a total compared with n printed parts counts n + 1 figures (README §4), and
 * a total computed from un-printed subtotals counts all the leaves beneath them.
 */
export function roundedFigureCounter(report: DerivedReport): (address: CellAddress) => number {
  const count = (address: CellAddress): number => {
    const direct = report.tables.get(address.table)?.figureCount?.(address.row, address.column);
    if (direct !== undefined) return direct;
    const cell = report.cell(address);
    if (!cell || cell.value.isZero()) return 0;
    if (cell.kind === 'input' || cell.reported) return 1;
    const known = figureCounts.get(cell);
    if (known !== undefined) return known;
    let n = 0;
    for (const read of report.reads(address)) n += count(read.address);
    figureCounts.set(cell, n);
    return n;
  };
  return count;
}

/**
 * Counts by derived cell. A derived cell is a new object whenever what it sums changed, and a table
 * left unchanged by an edit keeps its cells, so a 合计 over thousands of rows is counted once, not on
 * every re-validation that compares it.
 */
const figureCounts = new WeakMap<DerivedCell, number>();
