// Import of the official classification list saved as CSV (UTF-8 with or without BOM, comma or tab).
import type { CatalogScheme } from './catalog-entry';
import { findHeaderRow, headerNotFoundMessage, rowsToEntries, type CatalogImportResult, type SourceRow } from './catalog-import';

/**
 * Splits CSV text into records. Quoted fields may hold the delimiter, doubled quotes and line
 * breaks; each record carries the line number it starts on. Line endings CRLF, LF and CR.
 */
export function splitCsvRecords(text: string, delimiter: string): SourceRow[] {
  const records: SourceRow[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;

  const endField = (): void => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push({ lineNo: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (inQuotes) {
      if (char === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 1;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === '\n' || (char === '\r' && text.charAt(i + 1) !== '\n')) line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text.charAt(i + 1) === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== '' || cells.length > 0) endRecord();
  return records;
}

/** Counts a character outside quoted fields in the first lines, to guess the delimiter. */
function countOutsideQuotes(text: string, char: string): number {
  let count = 0;
  let inQuotes = false;
  let lines = 0;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === char) count += 1;
    else if (!inQuotes && c === '\n' && ++lines >= 20) break;
  }
  return count;
}

/**
 * Reads the officer's official list (科目表) from CSV text. The header row (within the first 10
 * lines) is found by its texts: 编码/科目编码/code, 名称/科目名称/name and optionally 说明/备注/note
 * (and, for 部门经济分类, a 政府经济分类编码 column). Rows with a code that does not fit the
 * scheme are skipped and reported in `problems` with their line number; they never throw.
 * Throws an Error (Chinese, naming the source) only when no header row can be found.
 */
export function parseCatalogCsv(text: string, scheme: CatalogScheme, sourceLabel: string): CatalogImportResult {
  const body = text.replace(/^\ufeff/, '');
  const tabs = countOutsideQuotes(body, '\t');
  const commas = countOutsideQuotes(body, ',');
  const delimiters = tabs > commas ? ['\t', ','] : [',', '\t'];
  for (const delimiter of delimiters) {
    const rows = splitCsvRecords(body, delimiter);
    const header = findHeaderRow(rows);
    if (header !== undefined) return rowsToEntries(rows.slice(header.index + 1), header.columns, scheme, sourceLabel);
  }
  throw new Error(headerNotFoundMessage(sourceLabel, ''));
}
