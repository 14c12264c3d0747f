// Reads a 科目 table (公开02/03/05/07/08表): header (merged rows, 栏次 or not), the 科目编码 column (or
// 类/款/项 split over three columns, or code and name in one cell), the 合计 row and the 科目 rows.
import { TOTAL_ROW, tableLabel } from '../tables/cell-address';
import type { SubjectTableDefinition } from '../tables/definition';
import { assignColumns } from './column-assign';
import { ImportFailure } from './import-types';
import {
  columnNote,
  columnSpan,
  contentRows,
  describeColumn,
  headerArea,
  isNoteRow,
  mappedHeaders,
  readAmount,
  rowsNote,
  where,
  type ReadCell,
  type ReadRow,
  type ReadTable,
  type Region,
} from './region';
import type { SheetGrid } from './sheet-grid';
import { findStub, isNameHeader, noteCode, splitCode, type CodeGroup, type CodeState, type Stub } from './subject-stub';
import { CODE_HEADERS, COLUMN_NO_HEADERS, COMBINED_HEADERS, columnWords } from './table-words';
import { cellRef, headerWord, isFunctionCode, isTotalLabel, normalizeText } from './text-match';

const CODE_PREFIX = /^(\d{3}(?:\d{2}){0,2})(?!\d)(.*)$/;
const FULL_CODE = /^(\d{3}(?:\d{2}){0,2})$/;
const COMBINED_CODE = /^(\d{3}(?:\d{2}){0,2})(?![\dA-Za-z.])(.*)$/;

function isHeaderWord(word: string, definition: SubjectTableDefinition): boolean {
  if (CODE_HEADERS.has(word) || isNameHeader(word) || COMBINED_HEADERS.has(word)) return true;
  return definition.columns.some((c) => columnWords(definition.id, c).has(word));
}

function isBodyRow(grid: SheetGrid, row: number): boolean {
  return grid.columns(row).some((column) => {
    const text = normalizeText(grid.text(row, column));
    return isTotalLabel(text) || CODE_PREFIX.test(text);
  });
}

interface FoundKey {
  readonly key?: string;
  readonly name?: string;
  /** The stub text, for messages. */
  readonly text: string;
  readonly column: number;
}

const ECONOMIC_CODE = /^\d{3}(?:\d{2})?$/;

/** The paired 政府 economic code printed on a row ("501 | 01", "50101"), if any. */
function pairedCodeOf(grid: SheetGrid, row: number, group: CodeGroup, state: CodeState): string | undefined {
  const parts = group.codeColumns.map((c) => grid.text(row, c).trim());
  const isCode = (code: string): boolean => ECONOMIC_CODE.test(code);
  const code = parts.length > 1 ? splitCode(parts, state, isCode) : normalizeText(parts[0] ?? '').replace(/\.0+$/, '');
  if (code === undefined || !isCode(code)) return undefined;
  noteCode(state, code);
  return code;
}

/** The 科目 code of a body row, or TOTAL, or no key (with the text that stood there). */
function rowKey(grid: SheetGrid, row: number, stub: Stub, state: CodeState): FoundKey {
  const column = stub.codeColumns[0] ?? 0;
  const own = (c: number) => grid.text(row, c).trim();
  const nameText = stub.nameColumn !== undefined ? own(stub.nameColumn) : '';
  const stubColumns = [...stub.codeColumns, ...(stub.nameColumn !== undefined ? [stub.nameColumn] : [])];
  if (stubColumns.some((c) => isTotalLabel(grid.shown(row, c)))) return { key: TOTAL_ROW, text: '合计', column };
  const withName = (found: FoundKey, fallback = ''): FoundKey => {
    const name = nameText || fallback;
    return name !== '' ? { ...found, name } : found;
  };
  if (stub.codeColumns.length > 1) {
    const parts = stub.codeColumns.map(own);
    const text = parts.join(' ').trim();
    const key = text === '' ? undefined : splitCode(parts, state, isFunctionCode);
    return withName(key !== undefined ? { key, text, column } : { text, column });
  }
  const text = own(column);
  const normal = normalizeText(text).replace(/\.0+$/, '');
  // With a name column the cell holds the code alone; otherwise "2010301 行政运行" (not "20103O1").
  const match = stub.nameColumn !== undefined ? FULL_CODE.exec(normal) : COMBINED_CODE.exec(normal);
  if (match === null) return withName({ text, column });
  const rest = text.replace(/^[\s\u3000]*[\d０-９]+[\s\u3000]*/, '').trim();
  return withName({ key: match[1] ?? '', text, column }, rest);
}

export function readSubjectTable(region: Region, definition: SubjectTableDefinition): ReadTable | undefined {
  const { grid } = region;
  const rows = contentRows(region);
  const headerTop = rows.find((r) => grid.columns(r).some((c) => isHeaderWord(headerWord(grid.shown(r, c)), definition)));
  if (headerTop === undefined) return undefined;
  const after = rows.filter((r) => r >= headerTop);
  const noteAt = after.find((r) => isNoteRow(grid, r));
  const bodyStart = after.find((r) => r > headerTop && (noteAt === undefined || r < noteAt) && isBodyRow(grid, r));
  const headerEnd = bodyStart ?? noteAt ?? (after.at(-1) ?? headerTop) + 1;
  const headerRows = after.filter((r) => r < headerEnd).slice(0, 6);
  const span = columnSpan(grid, headerRows);
  if (span === undefined) return undefined;
  const area = headerArea(grid, headerRows, span.first, span.last);
  const stub = findStub(area.paths, definition.paired !== undefined);
  if (stub === undefined) return undefined;
  const groups: CodeGroup[] = [stub, ...(stub.paired !== undefined ? [stub.paired] : [])];
  const stubColumns = new Set(groups.flatMap((g) => [...g.codeColumns, ...(g.nameColumn !== undefined ? [g.nameColumn] : [])]));
  const amountColumns = [...area.paths].filter(([c]) => !stubColumns.has(c)).map(([column, path]) => ({ column, path }));
  const mapped = assignColumns(definition.id, definition.columns, area.columnNumbers, amountColumns);
  if (mapped.size === 0) return undefined;

  const ignored: string[] = [];
  const warnings: string[] = [];
  for (const { column, path } of amountColumns) {
    if (mapped.has(column)) continue;
    const hasData = bodyStart !== undefined && after.some((r) => r >= bodyStart && grid.text(r, column).trim() !== '');
    if (path.length > 0 || hasData) ignored.push(columnNote(column, path));
  }

  const read: ReadRow[] = [];
  const firstRef = new Map<string, string>();
  const state: CodeState = { lastClass: '', lastSection: '' };
  const pairedState: CodeState = { lastClass: '', lastSection: '' };
  let lastRow = headerRows.at(-1) ?? headerTop;
  const skipped: number[] = [];
  for (const row of bodyStart === undefined ? [] : after.filter((r) => r >= bodyStart)) {
    if (noteAt !== undefined && row >= noteAt) break;
    const words = grid.columns(row).map((c) => headerWord(grid.shown(row, c)));
    // A header repeated on a new page: 栏次, 科目编码, or header words where amounts should stand.
    if (words.some((w) => COLUMN_NO_HEADERS.has(w) || CODE_HEADERS.has(w))) continue;
    if ([...mapped.keys()].some((c) => isHeaderWord(headerWord(grid.shown(row, c)), definition))) continue;
    const found = rowKey(grid, row, stub, state);
    const cells = new Map<string, ReadCell>();
    const label = found.key === TOTAL_ROW ? '“合计”行' : `“${found.key ?? found.text}${found.name ? ` ${found.name}` : ''}”行`;
    for (const [column, key] of mapped) {
      const value = readAmount(region, row, column, () => `${label}${describeColumn(definition, key)}`);
      if (value !== undefined) cells.set(key, { amount: value, ref: cellRef(row, column) });
    }
    const printsFigure = [...cells.values()].some((c) => !c.amount.isZero());
    if (found.key === undefined) {
      if (found.text === '' && (found.name ?? '') === '' && cells.size === 0) continue;
      if (printsFigure) {
        throw new ImportFailure('badCode', `${where(region, row, found.column)}：“${found.text.slice(0, 40)}”不是科目编码（应为3位类、5位款或7位项级编码，或“合计”），而该行有金额。请核对${tableLabel(definition.id)}的科目编码列。`);
      }
      skipped.push(row);
      continue;
    }
    noteCode(state, found.key);
    const pairedCode = found.key !== TOTAL_ROW && stub.paired !== undefined ? pairedCodeOf(grid, row, stub.paired, pairedState) : undefined;
    const ref = cellRef(row, found.column);
    const earlier = firstRef.get(found.key);
    if (earlier !== undefined) {
      throw new ImportFailure('duplicateRow', `${where(region, row, found.column)}：${found.key === TOTAL_ROW ? '“合计”行' : `科目 ${found.key}`}在本表中出现两次（另见单元格 ${earlier}）。请删除重复的行后再导入。`);
    }
    firstRef.set(found.key, ref);
    lastRow = row;
    read.push({ key: found.key, ref, cells, ...(found.key !== TOTAL_ROW && found.name ? { name: found.name } : {}), ...(pairedCode !== undefined ? { pairedCode } : {}) });
  }
  if (skipped.length > 0) ignored.push(rowsNote(`${skipped.length} 行没有科目编码也没有金额，未导入`, skipped));
  if (noteAt !== undefined) ignored.push(rowsNote('表下注释', after.filter((r) => r >= noteAt)));
  return {
    rows: read,
    columns: [...mapped.values()],
    headers: mappedHeaders(mapped, area.paths),
    headerTop,
    lastRow,
    firstColumn: span.first,
    lastColumn: span.last,
    ...(area.unit !== undefined ? { headerUnit: area.unit } : {}),
    ignored,
    warnings,
  };
}
