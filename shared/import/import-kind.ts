// What the importer needs to know per report kind (决算 / 预算): the tables an import cannot do without,
// the words of its messages, and which kind a workbook holds, told by the table titles it prints.
import type { ReportKind } from '../project/schema';
import { REPORT_KINDS, templateFor } from '../report/report-kind';
import type { TableId } from '../tables/cell-address';
import { labelTable, titleMatcher } from './find-regions';
import type { SheetGrid } from './sheet-grid';

export interface KindImport {
  /** Tables a current-year import cannot do without (决算 07/08 and 预算 8/9/12 are often empty and may be absent). */
  readonly required: readonly TableId[];
  /** 决算 / 预算 */
  readonly word: string;
  /** How the report names the scope: 单位（本级）决算 … */
  readonly scopeWords: Readonly<Record<'unit' | 'department', string>>;
  /** An example title and header words for the "nothing found" message. */
  readonly example: string;
  /** The --kind value of the command line. */
  readonly option: 'final' | 'budget';
}

export const KIND_IMPORT: Readonly<Record<ReportKind, KindImport>> = {
  finalAccount: {
    required: ['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA09'],
    word: REPORT_KINDS.finalAccount.word,
    scopeWords: { unit: '单位（本级）决算', department: '部门（汇总）决算' },
    example: '表名（如“收入支出决算总表”）、表号（如“公开01表”）或表头（如“科目编码”“本年收入合计”）',
    option: 'final',
  },
  budget: {
    required: ['BG01', 'BG02', 'BG03', 'BG04', 'BG05', 'BG06', 'BG07', 'BG10', 'BG11'],
    word: REPORT_KINDS.budget.word,
    scopeWords: { unit: '单位预算', department: '部门预算' },
    example: '表名（如“收支总体情况表”“项目支出预算情况表”）或表头（如“科目编码”“项目名称”）',
    option: 'budget',
  },
};

/** How a table is named in messages: 公开03表“支出决算表”; a budget table by its title alone. */
export function tableName(id: TableId, title: string, label: string): string {
  return label === title ? `“${title}”` : `${label}“${title}”`;
}

export interface KindEvidence {
  readonly kind: ReportKind;
  /** The first title or label that decided, for messages. */
  readonly example: string;
}

const KINDS: readonly ReportKind[] = ['finalAccount', 'budget'];

/**
 * The kind whose table titles (and 公开0N表 labels) the workbook prints more often; undefined when it
 * prints none of either. Reads short texts only, so it costs one pass over the cells.
 */
export function detectReportKind(grids: readonly SheetGrid[]): KindEvidence | undefined {
  const matchers = KINDS.map((kind) => ({ kind, match: titleMatcher(templateFor(kind).tables) }));
  const hits = new Map<ReportKind, { count: number; example: string }>();
  const count = (kind: ReportKind, text: string): void => {
    const entry = hits.get(kind) ?? { count: 0, example: text.trim() };
    entry.count += 1;
    hits.set(kind, entry);
  };
  for (const grid of grids) {
    for (const text of [grid.name, ...grid.rows.slice(0, 600).flatMap((r) => grid.columns(r).map((c) => grid.text(r, c)))]) {
      if (text.trim() === '' || text.length > 80) continue;
      const hit = matchers.find((m) => m.match(text) !== undefined);
      if (hit !== undefined) count(hit.kind, text);
      else if (labelTable(text) !== undefined) count('finalAccount', text);
    }
  }
  const ranked = [...hits].sort((a, b) => b[1].count - a[1].count);
  const [best, second] = ranked;
  if (best === undefined || (second !== undefined && second[1].count === best[1].count)) return undefined;
  return { kind: best[0], example: best[1].example };
}
