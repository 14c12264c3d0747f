// Checks every 报表数 (figure typed from the official printout) against the value the core computes.
import { formatMessageAmount, toleranceForFigures, ZERO } from '../money/money';
import { roundedFigureCounter } from './rounding-envelope';
import type { CellAddress } from '../tables/cell-address';
import type { DerivedCell, DerivedReport } from '../derive/derived-model';
import type { Project } from '../project/schema';
import { cellLocation, describeCell, formatDifference, type Issue } from './issue';

function compressNumbers(numbers: readonly number[]): string {
  const parts: string[] = [];
  let start = numbers[0];
  let prev = start;
  for (const n of [...numbers.slice(1), Number.NaN]) {
    if (prev !== undefined && n === prev + 1) {
      prev = n;
      continue;
    }
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join('、');
}

/** How the computed value comes about, in words: 下级科目之和, 本行第2–7栏之和, 公开04表第1行…. */
export function describeFormula(report: DerivedReport, address: CellAddress, cell: DerivedCell): string {
  const reads = report.reads(address);
  const first = reads[0];
  if (cell.kind === 'copied' && first) return describeCell(report, first.address);
  if (!first) return '计算值';
  const table = report.tables.get(address.table);
  const isChild = (row: string): boolean =>
    table?.definition.kind === 'subject' ? row !== address.row : row !== address.row && row.startsWith(address.row);
  if (reads.every((r) => r.address.table === address.table && r.address.column === address.column && isChild(r.address.row))) {
    return '下级科目之和';
  }
  const hasNegative = reads.some((r) => r.negate);
  const sameTable = reads.every((r) => r.address.table === address.table);
  const sameRow = sameTable && reads.every((r) => r.address.row === address.row);
  const columnNumbers = reads.map((r) => table?.definition.columns.find((c) => c.key === r.address.column)?.no);
  if (!hasNegative && sameRow && columnNumbers.every((n) => n !== undefined)) {
    return `本行第${compressNumbers(columnNumbers.filter((n): n is number => n !== undefined))}栏之和`;
  }
  const sameColumn = sameTable && reads.every((r) => r.address.column === reads[0]?.address.column);
  if (!hasNegative && sameColumn && reads.every((r) => /^\d+$/.test(r.address.row))) {
    return `第${compressNumbers(reads.map((r) => Number(r.address.row)))}行之和`;
  }
  return reads.map((r, i) => `${i === 0 ? '' : r.negate ? '减' : '加'}${describeCell(report, r.address)}`).join('');
}

export function checkReportedFigures(report: DerivedReport, project: Project): Issue[] {
  const issues: Issue[] = [];
  const figuresAt = roundedFigureCounter(report);
  for (const table of report.tables.values()) {
    for (const row of table.rows) {
      // forEach: no entry pairs are allocated for the thousands of cells without a 报表数.
      row.cells.forEach((cell, column) => {
        if (!cell.reported || cell.kind === 'input') return;
        const diff = cell.reported.minus(cell.computed);
        if (diff.isZero()) return;
        const address = { table: table.id, row: row.key, column };
        // The printed figure plus every rounded figure the computed value rests on.
        const figures = 1 + report.reads(address).reduce((n, r) => n + figuresAt(r.address), 0);
        const tolerance = project.entryUnit === 'yuan' ? ZERO : toleranceForFigures(figures);
        const where = describeCell(report, address);
        const formula = describeFormula(report, address, cell);
        const base = `${where}的报表数与${formula}不一致：${formatDifference(cell.computed, cell.reported)}`;
        const within = diff.abs().lte(tolerance);
        issues.push({
          id: cell.rule ?? 'REPORTED',
          severity: within ? 'info' : 'error',
          location: cellLocation(address),
          message: within
            ? `${base}，在尾数误差允许范围（涉及 ${figures} 个各自四舍五入到 0.01 万元的数，允许 ±${formatMessageAmount(tolerance)} 万元）内，按报表数公开。`
            : `${base}。请核对下级数字或报表数。`,
        });
      });
    }
  }
  return issues;
}
