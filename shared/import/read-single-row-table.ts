// Reads 公开09表: twelve columns under 预算数 / 决算数 (merged header rows, 栏次 1–12 or none) and
// the one data row below them.
import type { FixedTableDefinition } from '../tables/definition';
import { assignColumns } from './column-assign';
import {
  columnNote,
  columnNumbersOf,
  columnSpan,
  contentRows,
  describeColumn,
  headerArea,
  isCaptionRow,
  isNoteRow,
  mappedHeaders,
  readAmount,
  rowsNote,
  type ReadCell,
  type ReadTable,
  type Region,
} from './region';
import { columnWords } from './table-words';
import { matchYearGroups } from './year-groups';
import { cellRef, headerWord, isYearGroupHeader } from './text-match';
import { parseAmountInput } from '../money/money';

export function readSingleRowTable(region: Region, definition: FixedTableDefinition): ReadTable | undefined {
  const { grid } = region;
  const rows = contentRows(region);
  const words = new Set(definition.columns.flatMap((c) => [...columnWords(definition.id, c), ...c.header.map(headerWord)]));
  const isHeader = (r: number): boolean =>
    grid.columns(r).some((c) => {
      const word = headerWord(grid.shown(r, c));
      return words.has(word) || /^(?:全年)?预算数?$|^决算数?$/.test(word) || isYearGroupHeader(word);
    });
  const headerTop = rows.find((r) => !isCaptionRow(grid, r) && isHeader(r));
  if (headerTop === undefined) return undefined;
  const after = rows.filter((r) => r >= headerTop);
  const noteAt = after.find((r) => isNoteRow(grid, r));
  const holdsFigure = (r: number): boolean =>
    grid.columns(r).some((c) => {
      const cell = grid.cell(r, c);
      if (cell === undefined || cell.covered) return false;
      return cell.number !== undefined || (cell.text.trim() !== '' && parseAmountInput(cell.text) !== undefined);
    });
  const dataRow = after.find((r) => r > headerTop && (noteAt === undefined || r < noteAt) && !isHeader(r) && columnNumbersOf(grid, r) === undefined && holdsFigure(r));
  const headerEnd = dataRow ?? noteAt ?? (after.at(-1) ?? headerTop) + 1;
  const headerRows = after.filter((r) => r < headerEnd).slice(0, 5);
  const span = columnSpan(grid, headerRows);
  if (span === undefined) return undefined;
  const area = headerArea(grid, headerRows, span.first, span.last);
  const sheetColumns = [...area.paths].map(([column, path]) => ({ column, path }));
  const mapped = matchYearGroups(definition, assignColumns(definition.id, definition.columns, area.columnNumbers, sheetColumns), area.paths);
  if (mapped.size < Math.ceil(definition.columns.length / 2)) return undefined;
  const ignored = sheetColumns.filter((c) => !mapped.has(c.column) && c.path.length > 0).map((c) => columnNote(c.column, c.path));
  const target = definition.rows[0];
  if (target === undefined) return undefined;
  const cells = new Map<string, ReadCell>();
  if (dataRow !== undefined) {
    for (const [column, key] of mapped) {
      const value = readAmount(region, dataRow, column, () => describeColumn(definition, key));
      if (value !== undefined) cells.set(key, { amount: value, ref: cellRef(dataRow, column) });
    }
  }
  if (noteAt !== undefined) ignored.push(rowsNote('表下注释', after.filter((r) => r >= noteAt)));
  const extra = dataRow === undefined ? [] : after.filter((r) => r > dataRow && (noteAt === undefined || r < noteAt));
  if (extra.length > 0) ignored.push(rowsNote('数据行以下的内容', extra));
  return {
    rows: dataRow === undefined ? [] : [{ key: target.key, ref: cellRef(dataRow, span.first), cells }],
    columns: [...mapped.values()],
    headers: mappedHeaders(mapped, area.paths),
    headerTop,
    lastRow: dataRow ?? headerRows.at(-1) ?? headerTop,
    firstColumn: span.first,
    lastColumn: span.last,
    ...(area.unit !== undefined ? { headerUnit: area.unit } : {}),
    ignored,
    warnings: [],
  };
}
