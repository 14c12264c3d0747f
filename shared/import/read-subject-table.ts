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
import { CODE_HEADERS, COLUMN_NO_HEADERS, COMBINED_HEADERS, NAME_HEADERS, SPLIT_CODE_HEADERS, columnWords } from './table-words';
import { cellRef, digitsOf, headerWord, isFunctionCode, isTotalLabel, normalizeText } from './text-match';

const CODE_PREFIX = /^(\d{3}(?:\d{2}){0,2})(?!\d)(.*)$/;
const FULL_CODE = /^(\d{3}(?:\d{2}){0,2})$/;
const COMBINED_CODE = /^(\d{3}(?:\d{2}){0,2})(?![\dA-Za-z.])(.*)$/;

interface Stub {
  /** One code column (its cell may also hold the name), or 类 / 款 / 项 columns. */
  readonly codeColumns: readonly number[];
  readonly nameColumn?: number;
}

function isHeaderWord(word: string, definition: SubjectTableDefinition): boolean {
  if (CODE_HEADERS.has(word) || NAME_HEADERS.has(word) || COMBINED_HEADERS.has(word)) return true;
  return definition.columns.some((c) => columnWords(definition.id, c).has(word));
}

function isBodyRow(grid: SheetGrid, row: number): boolean {
  return grid.columns(row).some((column) => {
    const text = normalizeText(grid.text(row, column));
    return isTotalLabel(text) || CODE_PREFIX.test(text);
  });
}

function findStub(paths: ReadonlyMap<number, readonly string[]>): Stub | undefined {
  const entries = [...paths];
  // 类 / 款 / 项 side by side count as code columns even without 科目编码 above them.
  const splitLeaf = (c: number): boolean => SPLIT_CODE_HEADERS.some((w) => paths.get(c)?.at(-1) === w);
  const adjacentSplit = entries.filter(([c]) => splitLeaf(c) && (splitLeaf(c - 1) || splitLeaf(c + 1))).map(([c]) => c);
  const codeColumns = entries.filter(([c, path]) => path.some((w) => CODE_HEADERS.has(w)) || adjacentSplit.includes(c)).map(([c]) => c);
  const nameColumn = entries.find(([c, path]) => !codeColumns.includes(c) && NAME_HEADERS.has(path.at(-1) ?? ''))?.[0];
  const withName = (stub: Stub, name = nameColumn): Stub => (name !== undefined ? { ...stub, nameColumn: name } : stub);
  const split = codeColumns.filter(splitLeaf);
  if (split.length >= 2) return withName({ codeColumns: split });
  const code = codeColumns[0];
  if (code !== undefined) return withName({ codeColumns: [code] });
  // "项 目" over code and name without a second header row: code (and maybe name) left, name right.
  const combined = entries.find(([, path]) => COMBINED_HEADERS.has(path.at(-1) ?? ''));
  if (combined === undefined) return undefined;
  const [column, path] = combined;
  const next = paths.get(column + 1);
  const sameHeader = next !== undefined && next.join('/') === path.join('/');
  return withName({ codeColumns: [column] }, sameHeader ? column + 1 : nameColumn);
}

interface CodeState {
  lastClass: string;
  lastSection: string;
}

interface FoundKey {
  readonly key?: string;
  readonly name?: string;
  /** The stub text, for messages. */
  readonly text: string;
  readonly column: number;
}

/** 类 / 款 / 项 in three columns: "201 | 03 | 01", "201 | 20103 |", " | 03 | 01" (类 from above). */
function splitCode(parts: readonly string[], state: CodeState): string | undefined {
  const digits = parts.map((p) => (p === '' ? '' : digitsOf(p)));
  if (digits.some((d) => d === undefined)) return undefined;
  const [klassPart = '', sectionPart = '', itemPart = ''] = digits.map((d) => d ?? '');
  if (klassPart !== '' && klassPart.length !== 3) return undefined;
  const klass = klassPart || state.lastClass;
  let section: string | undefined;
  if (sectionPart.length === 2) section = `${klass}${sectionPart}`;
  else if (sectionPart.length === 5) section = sectionPart;
  else if (sectionPart !== '') return undefined;
  let item: string | undefined;
  if (itemPart.length === 2) item = `${section ?? state.lastSection}${itemPart}`;
  else if (itemPart.length === 7) item = itemPart;
  else if (itemPart !== '') return undefined;
  const code = item ?? section ?? (klassPart !== '' ? klassPart : undefined);
  return code !== undefined && isFunctionCode(code) ? code : undefined;
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
    const key = text === '' ? undefined : splitCode(parts, state);
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
  const stub = findStub(area.paths);
  if (stub === undefined) return undefined;
  const stubColumns = new Set([...stub.codeColumns, ...(stub.nameColumn !== undefined ? [stub.nameColumn] : [])]);
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
    if (found.key.length === 3) state.lastClass = found.key;
    if (found.key.length === 5) state.lastSection = found.key;
    if (found.key.length === 7) state.lastSection = found.key.slice(0, 5);
    const ref = cellRef(row, found.column);
    const earlier = firstRef.get(found.key);
    if (earlier !== undefined) {
      throw new ImportFailure('duplicateRow', `${where(region, row, found.column)}：${found.key === TOTAL_ROW ? '“合计”行' : `科目 ${found.key}`}在本表中出现两次（另见单元格 ${earlier}）。请删除重复的行后再导入。`);
    }
    firstRef.set(found.key, ref);
    lastRow = row;
    read.push({ key: found.key, ref, cells, ...(found.key !== TOTAL_ROW && found.name ? { name: found.name } : {}) });
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
