// Maps the amount columns of a sheet to the columns of a table definition: by 栏次 when the header
// has a 栏次 row, otherwise by header words (own header, then group headers break ties, then order).
import type { TableId } from '../tables/cell-address';
import type { ColumnDefinition } from '../tables/definition';
import { columnGroups, columnWords } from './table-words';

export interface SheetColumn {
  readonly column: number;
  readonly path: readonly string[];
}

function related(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)));
}

/** How well a sheet column's header path fits a definition column; 0 = not at all. */
export function columnScore(table: TableId, definition: ColumnDefinition, path: readonly string[]): number {
  const leaf = path.at(-1);
  if (leaf === undefined) return 0;
  const words = columnWords(table, definition);
  let score: number;
  if (words.has(leaf)) score = 10;
  else if (words.has(path.join(''))) score = 9;
  else return 0;
  const above = path.slice(0, -1);
  for (const group of columnGroups(definition)) {
    if (above.some((word) => related(word, group))) score += 2;
  }
  return score;
}

/**
 * Best assignment by score; equal scores pair the sheet's columns with the definition's in order
 * (the left "金额" under no group → c1, the right → c2).
 */
export function assignByWords(table: TableId, definitions: readonly ColumnDefinition[], columns: readonly SheetColumn[]): Map<number, string> {
  const pairs: { column: number; key: string; index: number; score: number }[] = [];
  definitions.forEach((definition, index) => {
    for (const sheetColumn of columns) {
      const score = columnScore(table, definition, sheetColumn.path);
      if (score > 0) pairs.push({ column: sheetColumn.column, key: definition.key, index, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column || a.index - b.index);
  const assigned = new Map<number, string>();
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (assigned.has(pair.column) || taken.has(pair.key)) continue;
    assigned.set(pair.column, pair.key);
    taken.add(pair.key);
  }
  return assigned;
}

/** By 栏次: the column numbered n is the definition column with `no` n. */
export function assignByNumbers(definitions: readonly ColumnDefinition[], numbers: ReadonlyMap<number, number>, columns: readonly SheetColumn[]): Map<number, string> {
  const assigned = new Map<number, string>();
  for (const { column } of columns) {
    const no = numbers.get(column);
    if (no === undefined) continue;
    const definition = definitions.find((d) => d.no === no);
    if (definition !== undefined) assigned.set(column, definition.key);
  }
  return assigned;
}

/** 栏次 when the header numbers the columns, else header words. */
export function assignColumns(
  table: TableId,
  definitions: readonly ColumnDefinition[],
  numbers: ReadonlyMap<number, number>,
  columns: readonly SheetColumn[],
): Map<number, string> {
  const byNumber = assignByNumbers(definitions, numbers, columns);
  return byNumber.size > 0 ? byNumber : assignByWords(table, definitions, columns);
}
