// Reads a list table (budget 项目支出预算情况表): 项目名称 | 项目类别 | amounts, a total row (blank label or
// 合计, usually first) and one row per project in the order printed; a 序号 column is passed over.
import { parseAmountInput } from '../money/money';
import { TOTAL_ROW } from '../tables/cell-address';
import type { ListTableDefinition } from '../tables/definition';
import { assignColumns } from './column-assign';
import { ImportFailure } from './import-types';
import {
  columnNote,
  columnNumbersOf,
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
import { ROW_NO_HEADERS, columnWords } from './table-words';
import { cellRef, headerWord, isTotalLabel } from './text-match';

const LABEL_WORDS: ReadonlySet<string> = new Set(['项目名称', '项目', '名称']);

function labelWords(definition: ListTableDefinition): ReadonlySet<string> {
  return new Set([headerWord(definition.labelHeader), ...LABEL_WORDS]);
}

function textWords(header: readonly string[]): ReadonlySet<string> {
  const own = headerWord(header.at(-1) ?? '');
  return new Set([own, own.replace(/^项目/, '')]);
}

function holdsFigure(grid: SheetGrid, row: number): boolean {
  return grid.columns(row).some((c) => {
    const cell = grid.cell(row, c);
    if (cell === undefined || cell.covered) return false;
    return cell.number !== undefined || (cell.text.trim() !== '' && /\d/.test(cell.text) && parseAmountInput(cell.text) !== undefined);
  });
}

export function readListTable(region: Region, definition: ListTableDefinition): ReadTable | undefined {
  const { grid } = region;
  const rows = contentRows(region);
  const labels = labelWords(definition);
  const headerTop = rows.find((r) => grid.columns(r).some((c) => labels.has(headerWord(grid.shown(r, c)))));
  if (headerTop === undefined) return undefined;
  const after = rows.filter((r) => r >= headerTop);
  const noteAt = after.find((r) => r > headerTop && isNoteRow(grid, r));
  const bodyStart = after.find((r) => r > headerTop && (noteAt === undefined || r < noteAt) && columnNumbersOf(grid, r) === undefined && holdsFigure(grid, r));
  const headerEnd = bodyStart ?? noteAt ?? (after.at(-1) ?? headerTop) + 1;
  const headerRows = after.filter((r) => r < headerEnd).slice(0, 5);
  const span = columnSpan(grid, headerRows);
  if (span === undefined) return undefined;
  const area = headerArea(grid, headerRows, span.first, span.last);
  const leafOf = (c: number): string => area.paths.get(c)?.at(-1) ?? '';
  const labelColumn = [...area.paths.keys()].find((c) => labels.has(leafOf(c)));
  if (labelColumn === undefined) return undefined;
  const textColumns = new Map<number, string>();
  for (const text of definition.textColumns) {
    const words = textWords(text.header);
    const column = [...area.paths.keys()].find((c) => c !== labelColumn && !textColumns.has(c) && words.has(leafOf(c)));
    if (column !== undefined) textColumns.set(column, text.key);
  }
  const stub = new Set([labelColumn, ...textColumns.keys()]);
  const rowNoColumns = new Set([...area.paths.keys()].filter((c) => ROW_NO_HEADERS.has(leafOf(c))));
  const amountColumns = [...area.paths].filter(([c]) => !stub.has(c) && !rowNoColumns.has(c)).map(([column, path]) => ({ column, path }));
  const mapped = assignColumns(definition.id, definition.columns, area.columnNumbers, amountColumns);
  if (mapped.size === 0) return undefined;
  const ignored = amountColumns.filter((a) => !mapped.has(a.column) && a.path.length > 0).map((a) => columnNote(a.column, a.path));
  const amountWords = new Set(definition.columns.flatMap((c) => [...columnWords(definition.id, c)]));

  const read: ReadRow[] = [];
  const skipped: number[] = [];
  let totalRef: string | undefined;
  let lastRow = headerRows.at(-1) ?? headerTop;
  for (const row of bodyStart === undefined ? [] : after.filter((r) => r >= bodyStart)) {
    if (noteAt !== undefined && row >= noteAt) break;
    const name = grid.text(row, labelColumn).trim();
    // A header repeated on a new page.
    if (labels.has(headerWord(name)) || [...mapped.keys()].some((c) => amountWords.has(headerWord(grid.text(row, c))))) continue;
    const isTotal = name === '' || isTotalLabel(name);
    const describe = isTotal ? '合计行' : `项目“${name}”`;
    const cells = new Map<string, ReadCell>();
    for (const [column, key] of mapped) {
      const value = readAmount(region, row, column, () => `${describe}${describeColumn(definition, key)}`);
      if (value !== undefined) cells.set(key, { amount: value, ref: cellRef(row, column) });
    }
    const printsFigure = [...cells.values()].some((c) => !c.amount.isZero());
    if (isTotal) {
      if (!printsFigure && totalRef !== undefined) continue;
      if (totalRef !== undefined) {
        throw new ImportFailure('badCode', `${where(region, row, labelColumn)}：该行有金额但没有项目名称（合计行已在单元格 ${totalRef}）。请填写项目名称或删除该行后再导入。`);
      }
      totalRef = cellRef(row, labelColumn);
      read.push({ key: TOTAL_ROW, ref: totalRef, cells });
      lastRow = row;
      continue;
    }
    if (!printsFigure) {
      skipped.push(row);
      continue;
    }
    const texts: Record<string, string> = {};
    for (const [column, key] of textColumns) {
      const text = grid.text(row, column).trim();
      if (text !== '') texts[key] = text;
    }
    const items = read.filter((r) => r.key !== TOTAL_ROW).length;
    read.push({ key: String(items + 1), name, ref: cellRef(row, labelColumn), cells, texts });
    lastRow = row;
  }
  if (skipped.length > 0) ignored.push(rowsNote(`${skipped.length} 个项目没有金额，未导入`, skipped));
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
    warnings: [],
  };
}
