// Words that identify the nine tables and their columns in workbooks from different sources: the
// template's own titles and headers plus the variants finance systems and colleagues use.
import type { TableId } from '../tables/cell-address';
import type { ColumnDefinition } from '../tables/definition';
import { headerWord } from './text-match';

/** Further titles a table is printed under (seed 001 heads its last table 政府采购预算表, the 目录 政府采购预算情况表). */
export const TITLE_ALIASES: Readonly<Partial<Record<TableId, readonly string[]>>> = {
  BG07: ['一般公共预算“三公”经费支出预算表', '“三公”经费支出预算情况表'],
  BG12: ['政府采购预算表'],
};

/** Further names a column's own (lowest) header is known by, per table and column key. */
const COLUMN_SYNONYMS: Readonly<Partial<Record<TableId, Readonly<Record<string, readonly string[]>>>>> = {
  FA01: { c1: ['金额', '决算数', '本年数'], c2: ['金额', '决算数', '本年数'] },
  FA02: {
    c1: ['本年收入合计', '收入合计', '合计', '本年收入', '小计'],
    c2: ['财政拨款收入', '财政拨款'],
    c3: ['上级补助收入'],
    c4: ['事业收入'],
    c5: ['经营收入'],
    c6: ['附属单位上缴收入'],
    c7: ['其他收入'],
  },
  FA03: {
    c1: ['本年支出合计', '支出合计', '合计', '本年支出', '小计'],
    c2: ['基本支出'],
    c3: ['项目支出'],
    c4: ['上缴上级支出'],
    c5: ['经营支出'],
    c6: ['对附属单位补助支出'],
  },
  FA04: {
    c1: ['金额', '决算数'],
    c2: ['合计', '小计', '支出合计'],
    c3: ['一般公共预算财政拨款', '一般公共预算'],
    c4: ['政府性基金预算财政拨款', '政府性基金预算'],
    c5: ['国有资本经营预算财政拨款', '国有资本经营预算'],
  },
  FA05: { c1: ['小计', '合计', '本年支出合计', '本年支出小计', '本年支出', '支出合计'], c2: ['基本支出'], c3: ['项目支出'] },
  FA06: { c1: ['金额', '决算数', '本年支出'] },
  FA07: {
    c1: ['年初结转和结余', '年初结转结余'],
    c2: ['本年收入'],
    c3: ['小计', '本年支出小计', '本年支出合计', '本年支出', '合计'],
    c4: ['基本支出'],
    c5: ['项目支出'],
    c6: ['年末结转和结余', '年末结转结余'],
  },
  FA08: { c1: ['小计', '合计', '本年支出合计', '本年支出小计', '本年支出', '支出合计'], c2: ['基本支出'], c3: ['项目支出'] },
  FA09: {
    c1: ['合计', '总计'],
    c2: ['因公出国(境)费', '因公出国(境)费用', '因公出国境费'],
    c3: ['小计', '公务用车购置及运行维护费', '公务用车购置及运行费'],
    c4: ['公务用车购置费', '公务用车购置'],
    c5: ['公务用车运行维护费', '公务用车运行费'],
    c6: ['公务接待费'],
    c7: ['合计', '总计'],
    c8: ['因公出国(境)费', '因公出国(境)费用', '因公出国境费'],
    c9: ['小计', '公务用车购置及运行维护费', '公务用车购置及运行费'],
    c10: ['公务用车购置费', '公务用车购置'],
    c11: ['公务用车运行维护费', '公务用车运行费'],
    c12: ['公务接待费'],
  },
  BG02: { c1: ['收入合计', '总计'], c6: ['事业收入'], c7: ['经营收入'] },
  BG07: {
    c1: ['总计'],
    c2: ['因公出国(境)费', '因公出国(境)费用', '因公出国境经费'],
    c4: ['公务用车购置费', '公务用车购置'],
    c5: ['公务用车运行费', '公务用车运行维护经费'],
    c7: ['总计'],
    c8: ['因公出国(境)费', '因公出国(境)费用', '因公出国境经费'],
    c10: ['公务用车购置费', '公务用车购置'],
    c11: ['公务用车运行费', '公务用车运行维护经费'],
  },
};

/** The own-header words of a column: its template header and the known variants, normalised. */
export function columnWords(table: TableId, column: ColumnDefinition): ReadonlySet<string> {
  const own = column.header.at(-1) ?? '';
  return new Set([own, ...(COLUMN_SYNONYMS[table]?.[column.key] ?? [])].map(headerWord));
}

/** The group headers above a column's own header (本年支出, 预 算 数 …), normalised. */
export function columnGroups(column: ColumnDefinition): readonly string[] {
  return column.header.slice(0, -1).map(headerWord);
}

/** Headers of the 科目编码 column (a split layout has 类 / 款 / 项 under it). */
export const CODE_HEADERS: ReadonlySet<string> = new Set(['科目编码', '功能分类科目编码', '支出功能分类科目编码', '科目代码', '编码', '代码', '功能科目编码', '科目编号']);
export const NAME_HEADERS: ReadonlySet<string> = new Set(['科目名称', '名称', '功能分类科目名称', '支出功能分类科目名称', '项目名称', '科目']);
/** A single column holding code and name ("2010301 行政运行"). */
export const COMBINED_HEADERS: ReadonlySet<string> = new Set(['项目', '科目', '支出功能分类科目', '功能分类科目']);
export const SPLIT_CODE_HEADERS = ['类', '款', '项'] as const;
export const ROW_NO_HEADERS: ReadonlySet<string> = new Set(['行次', '行号', '序号']);
export const COLUMN_NO_HEADERS: ReadonlySet<string> = new Set(['栏次', '栏号']);
export const LABEL_HEADERS: ReadonlySet<string> = new Set(['项目', '项目名称', '收入项目', '支出项目']);

/** Group headers that tell which side of 01/04 a column belongs to. */
export const INCOME_SIDE = '收入';
export const EXPENDITURE_SIDE = '支出';

/** Hints in a sheet name that decide between tables whose headers are the same (05 / 08). */
export const SHEET_NAME_HINTS: readonly { readonly table: TableId; readonly words: readonly string[] }[] = [
  { table: 'FA05', words: ['一般公共预算'] },
  { table: 'FA08', words: ['国有资本'] },
  { table: 'FA07', words: ['政府性基金'] },
  { table: 'FA09', words: ['三公'] },
  { table: 'FA06', words: ['基本支出明细', '经济分类'] },
];
