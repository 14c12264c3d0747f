// Budget 科目 tables (预算 02, 03, 05, 06, 08, 09, 10, 12): the 科目编码 printed in one column per level
// (类 | 款 | 项) under one 科目编码 header, no 栏次 row; 06 and 10 also print the paired 政府预算支出经济分类
// code and name beside the 部门 code (budget-tables.md §0, §8).
import type { DerivedRow, DerivedTable } from '../derive/derived-model';
import { TOTAL_ROW } from '../tables/cell-address';
import type { SplitCode, SubjectTableDefinition } from '../tables/definition';
import type { TableGridCell } from './table-grid-model';
import {
  amountCell,
  amountColumnWidth,
  BLANK,
  headerCell,
  headerDepth,
  labelCell,
  placeColumnHeaders,
  placementMatrix,
  printsNonZero,
  WIDTH,
  type GridLayout,
  type PlacementMatrix,
} from './table-grid-cells';

/** Width of one code-level column (类 "201", 款 "03"). */
const LEVEL_WIDTH = 5;
/** Wide budget tables (收入总体情况表: twelve amounts) let the headers wrap so the 科目名称 stays readable. */
const WIDE_FROM_COLUMNS = 7;
const WIDE_AMOUNT_WIDTH = 11;
const WIDE_NAME_WIDTH = 36;

/** Digits of each level: 2010301 → 201 | 03 | 01; 30101 → 301 | 01. */
function codeParts(code: string): string[] {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter((part) => part !== '');
}

/**
 * The code cells of a row. Function-class tables print only the row's own level (款 rows: "03" in 款),
 * economic tables repeat the 类 on every 款 row ("301 | 01") — both as the seed prints them.
 */
function codeCells(code: string | undefined, split: SplitCode, repeatParents: boolean): TableGridCell[] {
  const parts = code === undefined ? [] : codeParts(code);
  return split.levels.map((_, i) => {
    const text = parts[i];
    const own = i === parts.length - 1;
    return text !== undefined && (own || repeatParents) ? { text, kind: 'code' } : BLANK;
  });
}

function placeStub(matrix: PlacementMatrix, left: number, rows: number, split: SplitCode): number {
  matrix.place(0, left, headerCell(split.header), rows - 1, split.levels.length);
  split.levels.forEach((level, i) => matrix.place(rows - 1, left + i, headerCell(level)));
  matrix.place(0, left + split.levels.length, headerCell(split.nameHeader), rows);
  return left + split.levels.length + 1;
}

function header(definition: SubjectTableDefinition, split: SplitCode): TableGridCell[][] {
  const paths = definition.columns.map((column) => column.header);
  const paired = definition.paired?.splitCode;
  const rows = Math.max(2, headerDepth(paths));
  const stub = split.levels.length + 1 + (paired === undefined ? 0 : paired.levels.length + 1);
  const matrix = placementMatrix(rows, stub + paths.length);
  const afterOwn = placeStub(matrix, 0, rows, split);
  const left = paired === undefined ? afterOwn : placeStub(matrix, afterOwn, rows, paired);
  placeColumnHeaders(matrix, 0, left, rows, paths);
  return matrix.rows();
}

function amounts(row: DerivedRow, definition: SubjectTableDefinition): TableGridCell[] {
  return definition.columns.map((column) => amountCell(row.cells.get(column.key)?.value));
}

export function splitCodeLayout(table: DerivedTable, definition: SubjectTableDefinition, split: SplitCode): GridLayout {
  const paired = definition.paired?.splitCode;
  const repeatParents = definition.scheme !== 'function';
  const body: TableGridCell[][] = [];
  const prints = (row: DerivedRow): boolean => definition.columns.some((column) => printsNonZero(row.cells.get(column.key)?.value));
  const empty = !table.rows.some(prints);
  for (const row of table.rows) {
    const total = row.key === TOTAL_ROW;
    // An empty budget table prints its header and the note only, without a blank 合计 row (seed 001).
    if (!prints(row) && (!total || empty)) continue;
    const own = [...codeCells(total ? undefined : row.code, split, repeatParents), total ? labelCell('合计') : labelCell(row.label)];
    const pair =
      paired === undefined
        ? []
        : [...codeCells(total ? undefined : row.pairedCode, paired, true), total ? BLANK : labelCell(row.pairedLabel ?? '')];
    body.push([...own, ...pair, ...amounts(row, definition)]);
  }
  const wide = definition.columns.length >= WIDE_FROM_COLUMNS;
  const stubWidths = (s: SplitCode): number[] => [...s.levels.map(() => LEVEL_WIDTH), wide ? WIDE_NAME_WIDTH : WIDTH.name];
  return {
    header: header(definition, split),
    body,
    columnWidths: [
      ...stubWidths(split),
      ...(paired === undefined ? [] : stubWidths(paired)),
      ...definition.columns.map((c) => (wide ? WIDE_AMOUNT_WIDTH : amountColumnWidth(c.header))),
    ],
  };
}
