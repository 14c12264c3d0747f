// Paired 科目 tables (budget 6 and 10): each 部门预算支出经济分类 row also prints the 政府预算支出经济分类
// code it maps to (budget-tables.md §8, B6.4). The pair is derived from the catalog; a printed pair
// (imported) stands in only where the catalog has no mapping, and validation compares the two.
import type { Catalog } from '../catalog/catalog';
import type { RowInput } from '../project/schema';
import type { DerivedRow, DerivedTable } from './derived-model';

/** The catalog's 政府 code for a 部门 code, or undefined where the catalog holds no mapping. */
export function catalogPair(catalog: Catalog, deptCode: string): string | undefined {
  return catalog.lookup('deptEconomic', deptCode)?.govCode;
}

export function withPairedCodes(table: DerivedTable, inputs: readonly RowInput[], catalog: Catalog): DerivedTable {
  const printed = new Map<string, string>();
  for (const input of inputs) if (input.pairedCode !== undefined && !printed.has(input.row)) printed.set(input.row, input.pairedCode);
  const rows: DerivedRow[] = table.rows.map((row) => {
    if (row.code === undefined) return row;
    const pairedCode = catalogPair(catalog, row.code) ?? printed.get(row.code);
    if (pairedCode === undefined) return row;
    const pairedLabel = catalog.lookup('govEconomic', pairedCode)?.name ?? '';
    return { ...row, pairedCode, pairedLabel };
  });
  const index = new Map(rows.map((r) => [r.key, r]));
  return { ...table, rows, row: (key) => index.get(key), rowByCode: (code) => index.get(code) };
}
