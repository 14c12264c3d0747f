// Paired 科目 tables (budget 6 and 10): the 政府预算支出经济分类 code beside each 部门 code is derived
// from the catalog (B6.4); a printed (imported) pair that disagrees is an error at that row's pair.
import type { Catalog } from '../catalog/catalog';
import type { DerivedReport } from '../derive/derived-model';
import { catalogPair } from '../derive/paired-codes';
import type { Project } from '../project/schema';
import type { ReportTemplate } from '../report/template';
import { tableLabel } from '../tables/cell-address';
import { PAIRED_CODE_COLUMN } from '../tables/definition';
import type { Issue } from './issue';

export function checkPairedCodes(template: ReportTemplate, project: Project, report: DerivedReport, catalog: Catalog): Issue[] {
  const issues: Issue[] = [];
  for (const definition of template.tables) {
    if (definition.kind !== 'subject' || !definition.paired) continue;
    const { id } = definition;
    const rule = definition.paired.rule;
    const table = report.table(id);
    const rowName = (code: string): string => `${tableLabel(id)}“${code} ${table.row(code)?.label ?? ''}”行`;
    const printed = new Set<string>();
    for (const input of project.tables[id]?.rows ?? []) {
      const typed = input.pairedCode;
      if (typed === undefined || printed.has(input.row)) continue;
      printed.add(input.row);
      const location = { kind: 'cell' as const, table: id, row: input.row, column: PAIRED_CODE_COLUMN };
      const expected = catalogPair(catalog, input.row);
      if (expected !== undefined && expected !== typed) {
        const name = catalog.lookup('govEconomic', expected)?.name ?? '';
        issues.push({
          id: rule,
          severity: 'error',
          location,
          message: `${rowName(input.row)}：对应的政府预算支出经济分类科目应为 ${expected} ${name}，表中为 ${typed}。部门预算支出经济分类与政府预算支出经济分类按对照表一一对应，请核对；单位适用其他对照时请导入官方对照表。`,
        });
      } else if (typed.length !== input.row.length) {
        issues.push({
          id: rule,
          severity: 'error',
          location,
          message: `${rowName(input.row)}：对应的政府预算支出经济分类编码 ${typed} 与部门科目不是同一级次（类对类、款对款），请核对。`,
        });
      }
    }
    for (const row of table.rows) {
      if (row.code === undefined || row.pairedCode !== undefined) continue;
      if ([...row.cells.values()].every((c) => c.value.isZero())) continue;
      issues.push({
        id: 'PAIR.UNKNOWN',
        severity: 'warning',
        location: { kind: 'cell', table: id, row: row.key, column: PAIRED_CODE_COLUMN },
        message: `${rowName(row.key)}：科目表中没有该科目对应的政府预算支出经济分类科目，公开表中该栏将空白。请导入财政部门的经济分类对照表，或按公开表录入对应编码。`,
      });
    }
  }
  return issues;
}
