// Reads 公开06表: blocks of 科目编码 | 科目名称 | 金额 side by side (three in print, one in a list
// export), rows found by economic code, and the 人员经费合计 / 公用经费合计 line.
import type { FixedTableDefinition } from '../tables/definition';
import { ImportFailure } from './import-types';
import { contentRows, headerArea, isNoteRow, readAmount, rowsNote, where, type ReadCell, type ReadRow, type ReadTable, type Region } from './region';
import { CODE_HEADERS, NAME_HEADERS, columnWords } from './table-words';
import { cellRef, digitsOf, headerWord, labelKey } from './text-match';

interface Block {
  readonly code: number;
  readonly name?: number;
  readonly amount: number;
}

function blocksOf(words: ReadonlyMap<number, string>, amountWords: ReadonlySet<string>): Block[] {
  const codes = [...words].filter(([, w]) => CODE_HEADERS.has(w)).map(([c]) => c);
  return codes.flatMap((code, i) => {
    const end = codes[i + 1] ?? Number.POSITIVE_INFINITY;
    const inBlock = [...words].filter(([c]) => c > code && c < end);
    const name = inBlock.find(([, w]) => NAME_HEADERS.has(w))?.[0];
    const amount = inBlock.find(([c, w]) => c > (name ?? code) && amountWords.has(w))?.[0];
    return amount === undefined ? [] : [{ code, amount, ...(name !== undefined ? { name } : {}) }];
  });
}

export function readBlocksTable(region: Region, definition: FixedTableDefinition): ReadTable | undefined {
  const { grid } = region;
  const rows = contentRows(region);
  const column = definition.columns[0];
  if (column === undefined) return undefined;
  const amountWords = columnWords(definition.id, column);
  let headerRow: number | undefined;
  let blocks: Block[] = [];
  for (const row of rows) {
    const words = new Map(grid.columns(row).map((c) => [c, headerWord(grid.shown(row, c))]));
    const found = blocksOf(words, amountWords);
    if (found.length > 0) {
      headerRow = row;
      blocks = found;
      break;
    }
  }
  if (headerRow === undefined) return undefined;
  const top = headerRow;
  const headerRows = rows.filter((r) => r <= top).slice(-3);
  const byCode = new Map(definition.rows.flatMap((r) => (r.code !== undefined ? [[r.code, r] as const] : [])));
  const totals = new Map(definition.rows.filter((r) => r.code === undefined).map((r) => [labelKey(r.label), r]));
  const amountColumns = blocks.map((b) => b.amount);
  const read = new Map<string, { ref: string; cells: Map<string, ReadCell> }>();
  const warnings: string[] = [];
  const ignored: string[] = [];
  const add = (key: string, ref: string, row: number, amountColumn: number, label: string): void => {
    const earlier = read.get(key);
    if (earlier !== undefined) {
      throw new ImportFailure('duplicateRow', `${where(region, row, amountColumn)}：“${label}”在本表中出现两次（另见单元格 ${earlier.ref}）。请删除重复的行后再导入。`);
    }
    const value = readAmount(region, row, amountColumn, () => `“${label}”的金额`);
    const cells = new Map<string, ReadCell>();
    if (value !== undefined) cells.set(column.key, { amount: value, ref: cellRef(row, amountColumn) });
    read.set(key, { ref, cells });
  };
  const body = rows.filter((r) => r > top);
  const noteAt = body.find((r) => isNoteRow(grid, r));
  let lastRow = top;
  for (const row of body) {
    if (noteAt !== undefined && row >= noteAt) break;
    if (grid.columns(row).some((c) => CODE_HEADERS.has(headerWord(grid.shown(row, c))))) continue; // repeated header
    let used = false;
    for (const c of grid.columns(row)) {
      const total = totals.get(labelKey(grid.text(row, c)));
      if (total === undefined) continue;
      const amountColumn = amountColumns.find((a) => a > c && grid.text(row, a).trim() !== '') ?? amountColumns.find((a) => a > c);
      if (amountColumn === undefined) continue;
      add(total.key, cellRef(row, c), row, amountColumn, total.label);
      used = true;
    }
    for (const block of blocks) {
      const codeText = grid.text(row, block.code).trim();
      if (codeText === '') continue;
      const code = digitsOf(codeText);
      const target = code !== undefined ? byCode.get(code) : undefined;
      if (target === undefined) {
        if (totals.has(labelKey(codeText))) continue;
        const value = readAmount(region, row, block.amount, () => `“${codeText}”的金额`);
        if (value !== undefined && !value.isZero()) {
          if (code === undefined) throw new ImportFailure('badCode', `${where(region, row, block.code)}：“${codeText.slice(0, 40)}”不是经济分类科目编码，而该行有金额。请核对公开06表的科目编码列。`);
          warnings.push(`${where(region, row, block.code)}：经济分类科目 ${code} 不是公开06表的固定行，金额 ${value.toFixed()} 未导入。`);
        }
        continue;
      }
      add(target.key, cellRef(row, block.code), row, block.amount, `${target.code ?? ''} ${target.label}`);
      used = true;
    }
    if (used) lastRow = row;
  }
  if (noteAt !== undefined) ignored.push(rowsNote('表下注释', body.filter((r) => r >= noteAt)));
  const columns = blocks.flatMap((b) => [b.code, b.amount]);
  const area = headerArea(grid, headerRows, Math.min(...columns), Math.max(...columns));
  const rowsRead: ReadRow[] = [...read].map(([key, { ref, cells }]) => ({ key, ref, cells }));
  return {
    rows: rowsRead,
    columns: [column.key],
    headers: new Map([[column.key, [headerWord(grid.shown(top, blocks[0]?.amount ?? 0))]]]),
    headerTop: headerRows[0] ?? top,
    lastRow,
    firstColumn: Math.min(...columns),
    lastColumn: Math.max(...columns),
    ...(area.unit !== undefined ? { headerUnit: area.unit } : {}),
    ignored,
    warnings,
  };
}
