// Finds and reads every table of a workbook: regions by title / label / sheet name, or by header
// words where a sheet has none; the first occurrence of a table wins, later ones are reported.
import type { ReportTemplate } from '../report/template';
import { tableLabel, type TableId } from '../tables/cell-address';
import type { TableDefinition } from '../tables/definition';
import { columnScore } from './column-assign';
import { captionFacts, yearGroupYears, yearsIn, type CaptionFacts, type Owner } from './caption-facts';
import { sheetRegions, titleMatcher, type SheetRegion } from './find-regions';
import { ImportFailure, type FoundBy } from './import-types';
import { readBlocksTable } from './read-blocks-table';
import { readListTable } from './read-list-table';
import { readSingleRowTable } from './read-single-row-table';
import { readSubjectTable } from './read-subject-table';
import { readTwoSidedTable } from './read-two-sided-table';
import type { ReadTable, Region } from './region';
import type { SheetGrid } from './sheet-grid';
import { SHEET_NAME_HINTS } from './table-words';
import { cellRef, isYearGroupHeader, normalizeText } from './text-match';

export interface TableRead {
  readonly table: TableId;
  readonly sheet: string;
  readonly range: string;
  readonly foundBy: FoundBy;
  readonly read: ReadTable;
  readonly facts: CaptionFacts;
  readonly unit?: 'yuan' | 'wanYuan';
  readonly ignored: string[];
}

export interface WorkbookRead {
  readonly file: string;
  readonly tables: ReadonlyMap<TableId, TableRead>;
  readonly ignoredSheets: readonly string[];
  /** Titles or labels seen where no table could be read under them, per table. */
  readonly mentions: ReadonlyMap<TableId, readonly string[]>;
  readonly years: readonly number[];
  readonly owners: readonly Owner[];
  readonly warnings: readonly string[];
}

function readAs(region: Region): ReadTable | undefined {
  const definition = region.definition;
  if (definition.kind === 'subject') return readSubjectTable(region, definition);
  if (definition.kind === 'list') return readListTable(region, definition);
  switch (definition.layout.type) {
    case 'twoSided':
      return readTwoSidedTable(region, definition, definition.layout);
    case 'blocks':
      return readBlocksTable(region, definition);
    case 'singleRow':
      return readSingleRowTable(region, definition);
    default:
      return undefined;
  }
}

function regionFor(file: string, region: SheetRegion, definition: TableDefinition): Region {
  return { file, grid: region.grid, table: definition.id, definition, top: region.top, bottom: region.bottom, anchorRows: region.anchorRows };
}

/** How well a reading fits: columns whose header words agree with the definition, and their share. */
function coverage(read: ReadTable, definition: TableDefinition): number {
  let agreeing = 0;
  for (const column of definition.columns) {
    const path = read.headers.get(column.key);
    if (path !== undefined && columnScore(definition.id, column, path) > 0) agreeing += 1;
  }
  return agreeing + agreeing / definition.columns.length + read.rows.length / 1000;
}

/** A sheet without title or label: the table whose header words fit best, if one clearly does. */
function recogniseByHeader(file: string, region: SheetRegion, template: ReportTemplate, warnings: string[]): { table: TableId; read: ReadTable } | undefined {
  const scored: { table: TableId; read: ReadTable; score: number }[] = [];
  let failure: ImportFailure | undefined;
  for (const definition of template.tables) {
    let read: ReadTable | undefined;
    try {
      read = readAs(regionFor(file, region, definition));
    } catch (error) {
      // A bad cell under a wrong reading says nothing; it counts only if no reading succeeds.
      if (!(error instanceof ImportFailure)) throw error;
      failure ??= error;
    }
    if (read !== undefined && read.rows.length > 0) scored.push({ table: definition.id, read, score: coverage(read, definition) });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best === undefined) {
    if (failure !== undefined) throw failure;
    return undefined;
  }
  const tied = scored.filter((s) => Math.abs(s.score - best.score) < 0.5);
  if (tied.length === 1) return best;
  const name = normalizeText(region.grid.name);
  const hinted = tied.find((s) => SHEET_NAME_HINTS.some((h) => h.table === s.table && h.words.some((w) => name.includes(w))));
  if (hinted !== undefined) return hinted;
  warnings.push(`文件“${file}”工作表“${region.grid.name}”没有表名，按表头可能是${tied.map((t) => tableLabel(t.table)).join('或')}，无法确定，已忽略。请在表格上方加上表名（如“${template.table(best.table).title}”）后再导入。`);
  return undefined;
}

/** A continuation page appended to the table read above it; a row printed on both pages is an error. */
function continued(file: string, earlier: TableRead, more: ReadTable, sheet: string, range: string): TableRead {
  const seen = new Map(earlier.read.rows.map((r) => [r.key, r.ref]));
  for (const row of more.rows) {
    const first = seen.get(row.key);
    if (first !== undefined) {
      const what = row.key === 'TOTAL' ? '“合计”行' : `“${row.key}”行`;
      throw new ImportFailure('duplicateRow', `文件“${file}”工作表“${sheet}”单元格 ${row.ref}：${tableLabel(earlier.table)}的${what}在续表中又出现一次（另见单元格 ${first}）。请删除重复的行后再导入。`);
    }
  }
  const start = earlier.range.split(':')[0] ?? '';
  const end = range.split(':')[1] ?? '';
  const read: ReadTable = {
    ...earlier.read,
    rows: [...earlier.read.rows, ...more.rows],
    columns: [...new Set([...earlier.read.columns, ...more.columns])],
    lastRow: more.lastRow,
    warnings: [...earlier.read.warnings, ...more.warnings],
  };
  return { ...earlier, read, range: `${start}:${end}`, ignored: [...earlier.ignored, ...more.ignored] };
}

/** Short headings anywhere ("2024 年度单位决算表", a cover sheet) and year groups ("2025年预算数"): years only. */
function headingYears(grid: SheetGrid): number[] {
  const years: number[] = [];
  for (const row of grid.rows.slice(0, 400)) {
    years.push(...yearGroupYears(grid.columns(row).map((c) => grid.text(row, c))));
    for (const column of grid.columns(row)) {
      const text = normalizeText(grid.text(row, column));
      if (text.length <= 40 && /决算|公开|预算/.test(text) && !isYearGroupHeader(text)) years.push(...yearsIn(text));
    }
  }
  return years;
}

/**
 * Reads every table of the workbook. Years come from titles and captions; the document properties
 * (`properties`) and then the file name count only when those name none.
 */
export function readWorkbook(file: string, grids: readonly SheetGrid[], template: ReportTemplate, properties: readonly string[] = []): WorkbookRead {
  const matchTitle = titleMatcher(template.tables);
  const ids = template.tables.map((d) => d.id);
  const tables = new Map<TableId, TableRead>();
  const mentions = new Map<TableId, string[]>();
  const warnings: string[] = [];
  const ignoredSheets: string[] = [];
  const years: number[] = [];
  const owners: Owner[] = [];
  for (const grid of grids) {
    if (grid.rows.length === 0) {
      ignoredSheets.push(grid.name);
      continue;
    }
    years.push(...headingYears(grid));
    let foundHere = 0;
    let previous: TableId | undefined;
    for (const region of sheetRegions(grid, matchTitle, ids)) {
      let table = region.table;
      let read: ReadTable | undefined;
      if (table === undefined) {
        const recognised = recogniseByHeader(file, region, template, warnings);
        table = recognised?.table;
        read = recognised?.read;
      } else {
        read = readAs(regionFor(file, region, template.table(table)));
      }
      if (table === undefined) continue;
      if (read === undefined) {
        const at = region.anchor !== undefined ? `单元格 ${cellRef(region.anchor.row, region.anchor.column)}` : '';
        const list = mentions.get(table) ?? [];
        list.push(`工作表“${grid.name}”${at}有表名或表号，但其下没有可识别的表头`);
        mentions.set(table, list);
        continue;
      }
      foundHere += 1;
      const captionRows = grid.rows.filter((r) => r >= region.top && r < read.headerTop);
      const facts = captionFacts(grid, captionRows);
      years.push(...facts.years);
      owners.push(...facts.owners);
      const top = Math.min(region.anchor?.row ?? read.headerTop, read.headerTop);
      const left = Math.min(region.anchor?.column ?? read.firstColumn, read.firstColumn);
      const range = `${cellRef(top, left)}:${cellRef(Math.max(read.lastRow, read.headerTop), Math.max(read.lastColumn, left))}`;
      const earlier = tables.get(table);
      if (earlier !== undefined && previous === table && earlier.sheet === grid.name) {
        // The same table again right below itself: a continuation page ("支出决算表（续）").
        tables.set(table, continued(file, earlier, read, grid.name, range));
        continue;
      }
      previous = table;
      if (earlier !== undefined) {
        earlier.ignored.push(`工作表“${grid.name}”${range} 处又有一张${tableLabel(table)}，未导入（以第一处为准）`);
        warnings.push(`文件“${file}”中${tableLabel(table)}出现了两次（工作表“${earlier.sheet}”${earlier.range} 和工作表“${grid.name}”${range}），只导入了第一处。`);
        continue;
      }
      const unit = facts.unit ?? read.headerUnit;
      tables.set(table, { table, sheet: grid.name, range, foundBy: region.foundBy, read, facts, ignored: [...read.ignored], ...(unit !== undefined ? { unit } : {}) });
    }
    if (foundHere === 0) ignoredSheets.push(grid.name);
  }
  if (years.length === 0) years.push(...properties.flatMap(yearsIn));
  if (years.length === 0) years.push(...yearsIn(file));
  const ordered = new Map(ids.flatMap((id) => {
    const t = tables.get(id);
    return t === undefined ? [] : [[id, t] as const];
  }));
  return { file, tables: ordered, ignoredSheets, mentions, years, owners, warnings };
}
