// Where the tables are: title cells ("收入决算表", "2024年度收入决算表") and "公开0N表" labels anywhere in
// a sheet, grouped into one anchor per table; each table's region runs to the next table's anchor.
import { FINAL_ACCOUNT_TABLE_IDS, type TableId } from '../tables/cell-address';
import type { TableDefinition } from '../tables/definition';
import type { FoundBy } from './import-types';
import type { SheetGrid } from './sheet-grid';
import { TITLE_ALIASES } from './table-words';
import { isNoteText, normalizeText } from './text-match';

export interface Anchor {
  readonly table: TableId;
  readonly row: number;
  readonly column: number;
  readonly by: 'title' | 'label';
}

export interface SheetRegion {
  readonly grid: SheetGrid;
  /** Known from a title, label or the sheet name; undefined: recognise by header words. */
  readonly table?: TableId;
  readonly foundBy: FoundBy;
  readonly top: number;
  readonly bottom: number;
  readonly anchorRows: ReadonlySet<number>;
  /** Where the title or label stands (for the report). */
  readonly anchor?: { readonly row: number; readonly column: number };
}

/** Longest title first, so "财政拨款收入支出决算总表" wins over "收入支出决算总表". */
export function titleMatcher(definitions: readonly TableDefinition[]): (text: string) => TableId | undefined {
  const titles = definitions
    .flatMap((d) => [d.title, ...(TITLE_ALIASES[d.id] ?? [])].map((title) => ({ id: d.id, title: normalizeText(title) })))
    .sort((a, b) => b.title.length - a.title.length);
  return (text) => {
    const t = normalizeText(text);
    if (t === '' || isNoteText(t)) return undefined;
    const hit = titles.find(({ title }) => t.includes(title));
    if (hit === undefined || t.length > hit.title.length + 40) return undefined;
    return hit.id;
  };
}

/** "公开01表", "公开 01 表", "公开表01", "公开1表" (决算 tables; `ids` limits them to the template read). */
export function labelTable(text: string, ids: readonly TableId[] = FINAL_ACCOUNT_TABLE_IDS): TableId | undefined {
  const t = normalizeText(text);
  if (t.length > 24) return undefined;
  const match = /公开(?:表)?0?([1-9])(?!\d)表?/.exec(t);
  if (match === null) return undefined;
  return FINAL_ACCOUNT_TABLE_IDS.find((id) => id === `FA0${match[1] ?? ''}` && ids.includes(id));
}

export function findAnchors(grid: SheetGrid, matchTitle: (text: string) => TableId | undefined, ids?: readonly TableId[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const row of grid.rows) {
    for (const column of grid.columns(row)) {
      const text = grid.text(row, column);
      if (text.trim() === '') continue;
      const byTitle = matchTitle(text);
      if (byTitle !== undefined) {
        anchors.push({ table: byTitle, row, column, by: 'title' });
        continue;
      }
      const byLabel = labelTable(text, ids);
      if (byLabel !== undefined) anchors.push({ table: byLabel, row, column, by: 'label' });
    }
  }
  return anchors;
}

interface AnchorGroup {
  table: TableId;
  by: 'title' | 'label';
  top: number;
  last: number;
  rows: Set<number>;
  at: { row: number; column: number };
}

/** Anchors within a few rows of each other belong to one table; a title decides over a label. */
function groupAnchors(anchors: readonly Anchor[]): AnchorGroup[] {
  const groups: AnchorGroup[] = [];
  for (const anchor of anchors) {
    const current = groups.at(-1);
    const near = current !== undefined && anchor.row - current.last <= 4;
    const conflicts = current !== undefined && current.by === anchor.by && current.table !== anchor.table;
    if (current !== undefined && near && !conflicts) {
      current.last = anchor.row;
      current.rows.add(anchor.row);
      if (anchor.by === 'title' && current.by === 'label') {
        current.table = anchor.table;
        current.by = 'title';
        current.at = { row: anchor.row, column: anchor.column };
      }
      continue;
    }
    groups.push({ table: anchor.table, by: anchor.by, top: anchor.row, last: anchor.row, rows: new Set([anchor.row]), at: { row: anchor.row, column: anchor.column } });
  }
  return groups;
}

export function sheetRegions(grid: SheetGrid, matchTitle: (text: string) => TableId | undefined, ids?: readonly TableId[]): SheetRegion[] {
  const lastRow = grid.rows.at(-1) ?? 0;
  const groups = groupAnchors(findAnchors(grid, matchTitle, ids));
  if (groups.length === 0) {
    const firstRow = grid.rows[0] ?? 1;
    const fromName = matchTitle(grid.name) ?? labelTable(grid.name, ids);
    if (fromName !== undefined) return [{ grid, table: fromName, foundBy: 'sheetName', top: firstRow, bottom: lastRow, anchorRows: new Set() }];
    return [{ grid, foundBy: 'header', top: firstRow, bottom: lastRow, anchorRows: new Set() }];
  }
  return groups.map((group, i) => ({
    grid,
    table: group.table,
    foundBy: group.by,
    top: group.top,
    bottom: (groups[i + 1]?.top ?? lastRow + 1) - 1,
    anchorRows: group.rows,
    anchor: group.at,
  }));
}
