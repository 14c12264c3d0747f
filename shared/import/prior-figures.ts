// Prior-year figures (templates/…/prior-figures.json) from last year's tables: each figure is the sum
// of its cells in the derived report, taken only when every cell can be known from the tables found.
import { fromWanYuan, type EntryUnit } from '../money/money';
import { printedSum } from '../derive/printed-sum';
import type { DerivedReport } from '../derive/derived-model';
import type { ReportTemplate } from '../report/template';
import { cellAddress, cellKey, parseCellRef, type CellAddress, type TableId } from '../tables/cell-address';
import { storedAmount } from './build-tables';

/**
 * Whether a cell's value follows from the tables found: it is in one of them, or it is computed
 * (copied, summed) only from cells that are.
 */
export function knownFrom(report: DerivedReport, found: ReadonlySet<TableId>): (address: CellAddress) => boolean {
  const memo = new Map<string, boolean>();
  const known = (address: CellAddress, visiting: Set<string>): boolean => {
    if (found.has(address.table)) return true;
    const key = cellKey(address);
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    if (visiting.has(key)) return false;
    visiting.add(key);
    const reads = report.reads(address);
    const result = reads.length > 0 && reads.every((r) => known(r.address, visiting));
    visiting.delete(key);
    memo.set(key, result);
    return result;
  };
  return (address) => known(address, new Set());
}

export interface PriorFigureValues {
  /** Figure id → amount text in the project's entry unit. */
  readonly figures: Record<string, string>;
  readonly found: string[];
  readonly missing: string[];
}

function figureAddresses(current: readonly string[]): CellAddress[] {
  return current.map((text) => {
    const ref = parseCellRef(text);
    return cellAddress(ref.table, ref.row, ref.column);
  });
}

/**
 * Every prior figure of the template whose cells are known, as last year's text printed it: each cell
 * rounded to 0.01 万元, then added up; in the project's entry unit.
 */
export function priorFigureValues(report: DerivedReport, template: ReportTemplate, found: ReadonlySet<TableId>, unit: EntryUnit): PriorFigureValues {
  const known = knownFrom(report, found);
  const figures: Record<string, string> = {};
  const foundIds: string[] = [];
  const missing: string[] = [];
  for (const figure of template.priorFigures) {
    const addresses = figureAddresses(figure.current);
    if (!addresses.every(known)) {
      missing.push(figure.id);
      continue;
    }
    figures[figure.id] = storedAmount(fromWanYuan(printedSum(report, figure.current), unit));
    foundIds.push(figure.id);
  }
  return { figures, found: foundIds, missing };
}
