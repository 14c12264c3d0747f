// A derived cell printed blank (zero) whose computed value is not zero: no 报表数 is stored for a
// blank, so validation would not see it; the import says so instead of letting it pass silently.
import { formatMessageAmount, roundForDisplay } from '../money/money';
import { deriveReport } from '../derive/derive-report';
import type { Project } from '../project/schema';
import { projectCatalog } from '../report/final-account';
import type { ReportTemplate } from '../report/template';
import { cellAddress } from '../tables/cell-address';
import { describeCell } from '../validate/issue';
import type { WorkbookRead } from './read-workbook';

/** At most this many such warnings per table; the rest are counted. */
const PER_TABLE = 10;

export function blankDerivedWarnings(project: Project, template: ReportTemplate, read: WorkbookRead): string[] {
  const report = deriveReport(project, template, projectCatalog(project));
  const warnings: string[] = [];
  for (const [id, table] of read.tables) {
    const derived = report.table(id);
    let count = 0;
    for (const row of table.read.rows) {
      const derivedRow = derived.row(row.key);
      if (derivedRow === undefined) continue;
      for (const column of table.read.columns) {
        const cell = derivedRow.cells.get(column);
        if (cell === undefined || cell.kind === 'input') continue;
        const printed = row.cells.get(column);
        if (printed !== undefined && !printed.amount.isZero()) continue;
        if (roundForDisplay(cell.computed).isZero()) continue;
        count += 1;
        if (count > PER_TABLE) continue;
        const at = printed?.ref !== undefined ? `单元格 ${printed.ref}` : `第 ${row.ref.replace(/^[A-Z]+/, '')} 行`;
        warnings.push(
          `文件“${read.file}”工作表“${table.sheet}”${at}：${describeCell(report, cellAddress(id, row.key, column))}为空白（0），但按导入的数字计算为 ${formatMessageAmount(cell.computed)} 万元，将按计算值公开。请核对原表。`,
        );
      }
    }
    if (count > PER_TABLE) warnings.push(`文件“${read.file}”工作表“${table.sheet}”中另有 ${count - PER_TABLE} 处同类情况。`);
  }
  return warnings;
}
