// What a grid cell shows: the amount in the project's entry unit with thousands separators, whether
// the officer may type in it, and — for derived and copied cells — where the value comes from.
import type { DerivedReport } from '../../../shared/derive/derived-model';
import { formatTableAmount, fromWanYuan, type EntryUnit } from '../../../shared/money/money';
import type { Project } from '../../../shared/project/schema';
import { cellKey, type CellAddress } from '../../../shared/tables/cell-address';
import { describeCell, type Issue } from '../../../shared/validate/issue';
import type { EditGrid } from './edit-layout';
import type { Rect } from './grid-navigation';

export type CellRole = 'input' | 'derived' | 'copied' | 'none';

export interface CellView {
  readonly role: CellRole;
  /** Display text: two decimals, separators, zero blank. */
  readonly text: string;
  /** Input cells: the stored figure, what the editor starts with. */
  readonly raw: string;
  readonly hasReported: boolean;
}

export function cellView(report: DerivedReport, project: Project, address: CellAddress): CellView {
  const cell = report.cell(address);
  if (cell === undefined) return { role: 'none', text: '', raw: '', hasReported: false };
  const text = formatTableAmount(fromWanYuan(cell.value, project.entryUnit));
  const raw = cell.kind === 'input' ? (project.tables[address.table]?.rows.find((r) => r.row === address.row)?.values[address.column] ?? '') : '';
  return { role: cell.kind, text, raw, hasReported: cell.reported !== undefined };
}

export function unitWord(unit: EntryUnit): string {
  return unit === 'yuan' ? '元' : '万元';
}

/** How many addends a tooltip lists before "等 n 项". */
const LISTED_READS = 8;

/** "= 公开03表“201 …”行第2栏“基本支出” + …" — the origin of a derived or copied value. */
export function provenance(report: DerivedReport, project: Project, address: CellAddress): string {
  const cell = report.cell(address);
  if (cell === undefined) return '';
  if (cell.kind === 'input') return '录入数';
  const reads = report.reads(address);
  const unit = project.entryUnit;
  const figure = (value: typeof cell.value): string => `${formatTableAmount(fromWanYuan(value, unit)) || '0'} ${unitWord(unit)}`;
  let text: string;
  if (cell.kind === 'copied') {
    const from = reads[0];
    text = from === undefined ? '取自其他表' : `取自${describeCell(report, from.address)}`;
  } else {
    const terms = reads.slice(0, LISTED_READS).map((r, i) => `${r.negate ? '－' : i === 0 ? '' : '＋'}${describeCell(report, r.address)}`);
    const more = reads.length > LISTED_READS ? `等 ${reads.length} 项` : '';
    text = reads.length === 0 ? '计算值（无下级数据）' : `计算值 = ${terms.join(' ')}${more}`;
  }
  if (cell.rule !== undefined) text += `（${cell.rule}）`;
  if (cell.reported !== undefined) text += `；报表数 ${figure(cell.reported)}，计算值 ${figure(cell.computed)}`;
  return text;
}

export interface IssueIndex {
  readonly byCell: ReadonlyMap<string, readonly Issue[]>;
  /** Issues of a whole row (no column), by `table[row]`. */
  readonly byRow: ReadonlyMap<string, readonly Issue[]>;
}

export function rowKey(table: string, row: string): string {
  return `${table}[${row}]`;
}

/** Errors and warnings by cell and by row; notes (info) stay in the issues panel. */
export function indexIssues(issues: readonly Issue[]): IssueIndex {
  const byCell = new Map<string, Issue[]>();
  const byRow = new Map<string, Issue[]>();
  for (const issue of issues) {
    const location = issue.location;
    if (location.kind !== 'cell' || issue.severity === 'info') continue;
    const key = location.column === undefined ? rowKey(location.table, location.row) : cellKey({ table: location.table, row: location.row, column: location.column });
    const map = location.column === undefined ? byRow : byCell;
    const list = map.get(key) ?? [];
    list.push(issue);
    map.set(key, list);
  }
  return { byCell, byRow };
}

export function worstSeverity(issues: readonly Issue[] | undefined): 'error' | 'warning' | undefined {
  if (issues === undefined || issues.length === 0) return undefined;
  return issues.some((i) => i.severity === 'error') ? 'error' : 'warning';
}

/** The texts of a rectangle of the grid as copied to the clipboard: amounts as shown, labels as printed. */
export function copiedLines(grid: EditGrid, report: DerivedReport, project: Project, rect: Rect): string[][] {
  const lines: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    const line: string[] = [];
    for (let c = rect.left; c <= rect.right; c += 1) {
      const cell = grid.rows[r]?.cells[c];
      if (cell?.kind === 'amount') line.push(cellView(report, project, cell.address).text);
      else line.push(cell !== undefined && 'text' in cell ? cell.text : '');
    }
    lines.push(line);
  }
  return lines;
}
