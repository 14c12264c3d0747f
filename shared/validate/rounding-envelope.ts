// How many independently rounded figures a value rests on: the 尾数 envelope of a relation grows with it.
import type { CellAddress } from '../tables/cell-address';
import type { DerivedReport } from '../derive/derived-model';

/**
 * A typed figure or a 报表数 was rounded once; a value the core computed carries the roundings of every
 * non-zero figure it sums. So a total compared with n printed parts counts n + 1 figures (README §4), and
 * a total computed from un-printed subtotals counts all the leaves beneath them.
 */
export function roundedFigureCounter(report: DerivedReport): (address: CellAddress) => number {
  const memo = new Map<string, number>();
  const count = (address: CellAddress): number => {
    const key = `${address.table}[${address.row}].${address.column}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const cell = report.cell(address);
    let n: number;
    if (!cell || cell.value.isZero()) n = 0;
    else if (cell.kind === 'input' || cell.reported) n = 1;
    else n = report.reads(address).reduce((acc, r) => acc + count(r.address), 0);
    memo.set(key, n);
    return n;
  };
  return count;
}
