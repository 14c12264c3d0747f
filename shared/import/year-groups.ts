// Column groups headed by a year (budget 三公 table: "{priorYear}年预算数" | "{year}年预算数"): matched by the
// year they print, so a sheet that puts this year's group first is still read right.
import type { TableDefinition } from '../tables/definition';
import { yearsIn } from './caption-facts';

type Side = 'prior' | 'current';

function sideOf(group: string | undefined): Side | undefined {
  if (group === undefined) return undefined;
  if (group.includes('{priorYear}')) return 'prior';
  return group.includes('{year}') ? 'current' : undefined;
}

/**
 * The column mapping with the two year groups exchanged when the sheet's prior-year columns print a
 * later year than its current-year ones; otherwise unchanged.
 */
export function matchYearGroups(definition: TableDefinition, mapped: ReadonlyMap<number, string>, paths: ReadonlyMap<number, readonly string[]>): Map<number, string> {
  const columns = new Map(definition.columns.map((c) => [c.key, c]));
  const years: Record<Side, number[]> = { prior: [], current: [] };
  for (const [column, key] of mapped) {
    const side = sideOf(columns.get(key)?.header[0]);
    const year = paths.get(column)?.flatMap(yearsIn)[0];
    if (side !== undefined && year !== undefined) years[side].push(year);
  }
  if (years.prior.length === 0 || years.current.length === 0 || Math.min(...years.prior) <= Math.max(...years.current)) return new Map(mapped);
  const counterpart = (key: string): string => {
    const column = columns.get(key);
    const side = sideOf(column?.header[0]);
    if (column === undefined || side === undefined) return key;
    const rest = column.header.slice(1).join('/');
    const other = definition.columns.find((c) => sideOf(c.header[0]) !== undefined && sideOf(c.header[0]) !== side && c.header.slice(1).join('/') === rest);
    return other?.key ?? key;
  };
  return new Map([...mapped].map(([column, key]) => [column, counterpart(key)]));
}
