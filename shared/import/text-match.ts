// Text normalisation for recognising titles, labels and headers whatever spacing, width and quotes
// the workbook uses ("公开 01 表", "因公出国(境)费", "财政拨款“三公”经费", "合 计" with an ideographic space).

/** Cell texts repeat across readers and tables; the cache is bounded and simply starts over when full. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/**
 * NFKC (full-width digits, letters, brackets and colons → half-width), then without whitespace and
 * quotes: "财政拨款“三公”经费 支出" → "财政拨款三公经费支出", "（汇总）" → "(汇总)".
 */
export function normalizeText(text: string): string {
  let normal = cache.get(text);
  if (normal === undefined) {
    normal = text
      .normalize('NFKC')
      .replace(/[\s\u3000\u00a0\ufeff]+/g, '')
      .replace(/["'“”‘’「」『』]/g, '');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, normal);
  }
  return normal;
}

/** Header text without a trailing unit remark: "金额(万元)" → "金额"; the unit is read separately. */
export function headerWord(text: string): string {
  return normalizeText(text).replace(/[(（][^()（）]*元[)）]$/, '').replace(/[:：]$/, '');
}

/** The amount unit a header or caption names: "(万元)", "金额单位:元", "单位:万元". */
export function unitInText(text: string): 'yuan' | 'wanYuan' | undefined {
  const t = normalizeText(text);
  const match = /(?:金额单位|单位)[:：]?(万元|元)(?![\u4e00-\u9fff])/.exec(t) ?? /[(（](万元|元)[)）]$/.exec(t);
  if (match === null) return undefined;
  return match[1] === '万元' ? 'wanYuan' : 'yuan';
}

const ORDINAL = /^(?:[一二三四五六七八九十]+|\d+)[、.．]/;

/** A row label for comparison: normalised, without ordinal ("一、") and bracketed remarks. */
export function labelKey(text: string): string {
  return normalizeText(text)
    .replace(ORDINAL, '')
    .replace(/[(（][^()（）]*[)）]/g, '');
}

/** Digits of a code cell: full-width digits folded, spaces removed; undefined when not all digits. */
export function digitsOf(text: string): string | undefined {
  const t = normalizeText(text).replace(/\.0+$/, '');
  return /^\d+$/.test(t) ? t : undefined;
}

/** 支出功能分类 code shape: 类 3, 款 5, 项 7 digits. */
export function isFunctionCode(text: string): boolean {
  return /^\d{3}(?:\d{2}){0,2}$/.test(text);
}

/** "合计", "合 计", "总计" (the 合计 row of a 科目 table). */
export function isTotalLabel(text: string): boolean {
  const t = normalizeText(text);
  return t === '合计' || t === '总计' || t === '本年合计';
}

/** A note or explanation under a table: "注：…", "注1.…", "说明：…", "备注：…". */
export function isNoteText(text: string): boolean {
  return /^\(?(?:注|说明|备注|填报说明)(?:\d|[:：.、]|$)/.test(normalizeText(text));
}

/** A column group headed by a year ("2024年预算数", "2025年度预算数"): a header, not a heading. */
export function isYearGroupHeader(text: string): boolean {
  return /^(?:19|20)\d{2}年度?(?:预算|决算)数$/.test(normalizeText(text));
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
