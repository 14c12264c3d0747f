// Comparing imported projects with the bundled samples: table by table, rows in any order, amounts
// by value ("234.9" = "234.90"), names only on 科目 rows (fixed rows carry none in the samples).
import { expect } from 'vitest';
import { amount } from '../../../shared/money/money';
import type { ImportResult } from '../../../shared/import/import-types';
import type { Project, RowInput } from '../../../shared/project/schema';
import { FINAL_ACCOUNT_TABLE_IDS } from '../../../shared/tables/cell-address';

const FIXED = new Set(['FA01', 'FA04', 'FA06', 'FA09']);

function amounts(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, text]) => !amount(text).isZero())
      .map(([column, text]): [string, string] => [column, amount(text).toFixed()])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

function rowText(table: string, row: RowInput): string {
  const name = FIXED.has(table) ? undefined : row.name;
  return JSON.stringify({ row: row.row, name, values: amounts(row.values), reported: amounts(row.reported) });
}

/** Every table as a sorted list of canonical row texts (absent tables are empty). */
export function comparableTables(project: Project): Record<string, string[]> {
  return Object.fromEntries(FINAL_ACCOUNT_TABLE_IDS.map((id) => [id, (project.tables[id]?.rows ?? []).map((r) => rowText(id, r)).sort()]));
}

/** Only the typed inputs (`values`), rows without any left out. */
export function comparableInputs(project: Project): Record<string, string[]> {
  return Object.fromEntries(
    FINAL_ACCOUNT_TABLE_IDS.map((id) => [
      id,
      (project.tables[id]?.rows ?? [])
        .map((r) => ({ row: r.row, values: amounts(r.values) }))
        .filter((r) => Object.keys(r.values).length > 0)
        .map((r) => JSON.stringify(r))
        .sort(),
    ]),
  );
}

export function expectOk(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) expect.fail(`导入失败 [${result.code}] ${result.message}`);
  return result;
}

export function expectFailure(result: ImportResult): Extract<ImportResult, { ok: false }> {
  if (result.ok) expect.fail('导入应当失败，却成功了');
  return result;
}
