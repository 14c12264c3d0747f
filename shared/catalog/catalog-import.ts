// Turns the rows of an officer's official classification list (.csv or .xlsx) into catalog entries.
// Format-neutral: the CSV and xlsx readers hand over rows of cell texts with their line numbers.
import {
  catalogSchemeLabels,
  isCodeShapeOf,
  schemeLeadingDigit,
  type CatalogEntry,
  type CatalogScheme,
} from './catalog-entry';

export interface CatalogImportResult {
  entries: CatalogEntry[];
  /** One Chinese sentence per skipped or doubtful row, with its line number. */
  problems: string[];
}

/** One row of the source: its line (CSV) or row (xlsx) number, 1-based, and its cells as text. */
export interface SourceRow {
  lineNo: number;
  cells: readonly string[];
}

export interface HeaderColumns {
  code: number;
  name: number;
  note: number | undefined;
  govCode: number | undefined;
}

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 10;

const headerWords = {
  code: ['编码', '科目编码', 'code', '科目代码'],
  name: ['名称', '科目名称', 'name'],
  note: ['说明', '备注', 'note', '科目说明'],
  govCode: ['govcode', '政府经济分类编码', '政府经济分类科目编码', '政府预算支出经济分类编码', '政府预算支出经济分类科目编码'],
} satisfies Record<keyof HeaderColumns, readonly string[]>;

/** Header text without spaces, case and a trailing remark in brackets (“科目编码（类款项）” → “科目编码”). */
function normalizeHeader(text: string): string {
  return text
    .replace(/[\s\u3000\ufeff]/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .toLowerCase();
}

function findColumn(cells: readonly string[], words: readonly string[]): number | undefined {
  const index = cells.findIndex((cell) => words.includes(normalizeHeader(cell)));
  return index < 0 ? undefined : index;
}

/** Recognises a header row by its texts: a 编码 column and a 名称 column are required. */
export function recognizeHeader(cells: readonly string[]): HeaderColumns | undefined {
  const code = findColumn(cells, headerWords.code);
  const name = findColumn(cells, headerWords.name);
  if (code === undefined || name === undefined || code === name) return undefined;
  return {
    code,
    name,
    note: findColumn(cells, headerWords.note),
    govCode: findColumn(cells, headerWords.govCode),
  };
}

/** The first row among the first HEADER_SEARCH_ROWS that is a recognisable header row. */
export function findHeaderRow(rows: readonly SourceRow[]): { index: number; columns: HeaderColumns } | undefined {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const row = rows[index];
    const columns = row === undefined ? undefined : recognizeHeader(row.cells);
    if (columns !== undefined) return { index, columns };
  }
  return undefined;
}

export function headerNotFoundMessage(sourceLabel: string, where: string): string {
  return (
    `“${sourceLabel}”${where}没有找到科目表的表头行：前${HEADER_SEARCH_ROWS}行中应有一行同时含有` +
    '“科目编码”（或“编码”“code”）和“科目名称”（或“名称”“name”）两列。'
  );
}

/** Full-width digits to ASCII, spaces and a leading text-marker apostrophe removed. */
function normalizeCode(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .replace(/^'/, '');
}

/** Names as the published tables print them: no spaces, full-width parentheses. */
function normalizeName(text: string): string {
  return text.replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function shapeDescription(scheme: CatalogScheme): string {
  return scheme === 'function' ? '3、5或7位数字' : '3或5位数字';
}

/**
 * Reads the data rows that follow the header. Bad rows are skipped and reported in `problems`
 * (prefixed with `where`, e.g. a sheet name, and the line number); nothing is thrown. A code listed
 * twice keeps the later row. Every entry gets `source` = sourceLabel and `verified: true`.
 */
export function rowsToEntries(
  rows: readonly SourceRow[],
  columns: HeaderColumns,
  scheme: CatalogScheme,
  sourceLabel: string,
  where = '',
): CatalogImportResult {
  const problems: string[] = [];
  const byCode = new Map<string, { lineNo: number; entry: CatalogEntry }>();
  const label = catalogSchemeLabels[scheme];
  const leading = schemeLeadingDigit[scheme];

  for (const { lineNo, cells } of rows) {
    const at = `${where}第${lineNo}行：`;
    const rawCode = (cells[columns.code] ?? '').trim();
    const name = normalizeName(cells[columns.name] ?? '');
    const note = columns.note === undefined ? '' : (cells[columns.note] ?? '').trim();
    const rawGovCode = columns.govCode === undefined ? '' : normalizeCode(cells[columns.govCode] ?? '');

    if (rawCode === '' && name === '') continue;
    if (headerWords.code.includes(normalizeHeader(rawCode))) continue; // header repeated on a new page
    if (rawCode === '') {
      problems.push(`${at}科目“${name}”缺少科目编码，已跳过`);
      continue;
    }
    const code = normalizeCode(rawCode);
    if (!isCodeShapeOf(scheme, code)) {
      problems.push(`${at}科目编码“${rawCode}”不是${shapeDescription(scheme)}，已跳过`);
      continue;
    }
    if (!code.startsWith(leading)) {
      problems.push(`${at}科目编码“${rawCode}”不是${label}的编码（应以${leading}开头），已跳过`);
      continue;
    }
    if (name === '') {
      problems.push(`${at}科目编码“${code}”没有科目名称，已跳过`);
      continue;
    }

    const entry: CatalogEntry = { scheme, code, name, source: sourceLabel, verified: true };
    if (note !== '') entry.note = note;
    if (rawGovCode !== '' && scheme === 'deptEconomic') {
      if (/^5\d{2}(\d{2})?$/.test(rawGovCode)) entry.govCode = rawGovCode;
      else problems.push(`${at}政府经济分类编码“${rawGovCode}”不是以5开头的3或5位数字，已忽略该对照`);
    }

    const earlier = byCode.get(code);
    if (earlier !== undefined) {
      problems.push(`${at}科目编码“${code}”与第${earlier.lineNo}行重复，以第${lineNo}行为准`);
      byCode.delete(code);
    }
    byCode.set(code, { lineNo, entry });
  }

  return { entries: [...byCode.values()].map(({ entry }) => entry), problems };
}
