// Read rows → project table inputs: amounts converted to 万元, leaf cells of the template into
// `values`, printed derived cells into `reported` (kept for validation, never dropped), zero rows left out.
import { toWanYuan, type Amount } from '../money/money';
import type { Catalog } from '../catalog/catalog';
import type { Project, RowInput } from '../project/schema';
import type { ReportTemplate } from '../report/template';
import { TOTAL_ROW, tableLabel, type TableId } from '../tables/cell-address';
import type { TableDefinition } from '../tables/definition';
import { mostFrequent } from './caption-facts';
import type { FoundTable } from './import-types';
import type { ReadRow } from './region';
import type { TableRead, WorkbookRead } from './read-workbook';
import { normalizeText } from './text-match';

/** Stored amount text: two decimals when that is exact ("234.90"), else every digit needed. */
export function storedAmount(value: Amount): string {
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
}

function isParentIn(keys: ReadonlySet<string>): (key: string) => boolean {
  const parents = new Set<string>([TOTAL_ROW]);
  for (const key of keys) {
    if (key === TOTAL_ROW) continue;
    if (key.length === 7) parents.add(key.slice(0, 5));
    if (key.length >= 5) parents.add(key.slice(0, 3));
  }
  return (key) => parents.has(key);
}

/** Which cells of a row are typed inputs (`values`) and which are printed derived figures (`reported`). */
function cellKinds(definition: TableDefinition, rows: readonly ReadRow[]): (row: ReadRow, column: string) => 'values' | 'reported' {
  if (definition.kind === 'subject') {
    const isParent = isParentIn(new Set(rows.map((r) => r.key)));
    const formula = new Set(definition.columns.filter((c) => c.formula !== undefined).map((c) => c.key));
    return (row, column) => (isParent(row.key) || formula.has(column) ? 'reported' : 'values');
  }
  if (definition.kind === 'list') {
    const formula = new Set(definition.columns.filter((c) => c.formula !== undefined).map((c) => c.key));
    return (row, column) => (row.key === TOTAL_ROW || formula.has(column) ? 'reported' : 'values');
  }
  const specs = new Map(definition.rows.map((r) => [r.key, r.cells]));
  return (row, column) => (specs.get(row.key)?.[column] === 'input' ? 'values' : 'reported');
}

export interface BuiltTables {
  readonly tables: Project['tables'];
  readonly found: FoundTable[];
  readonly warnings: string[];
}

function where(file: string, read: TableRead, ref: string): string {
  return `文件“${file}”工作表“${read.sheet}”单元格 ${ref}`;
}

export function buildTables(workbook: WorkbookRead, template: ReportTemplate, catalog: Catalog): BuiltTables {
  const tables: Project['tables'] = {};
  const found: FoundTable[] = [];
  const warnings: string[] = [...workbook.warnings];
  const defaultUnit = mostFrequent([...workbook.tables.values()].flatMap((t) => (t.unit !== undefined ? [t.unit] : [])));
  for (const [id, read] of workbook.tables) {
    const definition = template.table(id);
    const unit = read.unit ?? defaultUnit ?? 'wanYuan';
    if (read.unit === undefined) {
      warnings.push(`文件“${workbook.file}”工作表“${read.sheet}”的${tableLabel(id)}没有注明金额单位，按${unit === 'yuan' ? '元' : '万元'}读取。请核对。`);
    }
    const kindOf = cellKinds(definition, read.read.rows);
    const rows: RowInput[] = [];
    let zeroRows = 0;
    for (const row of read.read.rows) {
      const values: Record<string, string> = {};
      const reported: Record<string, string> = {};
      for (const [column, cell] of row.cells) {
        if (cell.amount.isZero()) continue;
        const text = storedAmount(toWanYuan(cell.amount, unit));
        if (kindOf(row, column) === 'values') values[column] = text;
        else reported[column] = text;
      }
      if (Object.keys(values).length === 0 && Object.keys(reported).length === 0) {
        if (definition.kind === 'subject' && row.key !== TOTAL_ROW) zeroRows += 1;
        continue;
      }
      if (definition.kind === 'subject' && row.key !== TOTAL_ROW && row.name !== undefined) {
        const entry = catalog.lookup(definition.scheme, row.key);
        if (entry !== undefined && normalizeText(row.name) !== normalizeText(entry.name)) {
          warnings.push(`${where(workbook.file, read, row.ref)}：${tableLabel(id)}科目 ${row.key} 的名称“${row.name}”与科目表中的“${entry.name}”不一致，公开时采用科目表名称。`);
        }
      }
      const name = definition.kind !== 'fixed' && row.key !== TOTAL_ROW ? row.name : undefined;
      const texts = row.texts !== undefined && Object.keys(row.texts).length > 0 ? { texts: { ...row.texts } } : {};
      const paired = row.pairedCode !== undefined ? { pairedCode: row.pairedCode } : {};
      rows.push({ row: row.key, ...(name !== undefined ? { name } : {}), ...texts, values, reported, ...paired });
    }
    if (zeroRows > 0) read.ignored.push(`${zeroRows} 个金额全为 0 的科目行未导入（公开表只列有金额的科目）`);
    tables[id] = { rows };
    found.push({
      table: id,
      found: true,
      sheet: read.sheet,
      range: read.range,
      foundBy: read.foundBy,
      amountUnit: unit,
      rowCount: rows.length,
      ignored: read.ignored,
    });
    warnings.push(...read.read.warnings);
  }
  return { tables, found, warnings };
}

/** The tables of the template that the workbook lacks. */
export function missingTables(workbook: WorkbookRead, template: ReportTemplate): TableId[] {
  return template.tables.map((t) => t.id).filter((id) => !workbook.tables.has(id));
}
