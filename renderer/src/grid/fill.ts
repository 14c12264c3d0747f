// Fill as in Excel: the source block repeated over the cells a fill covers (Ctrl+D copies the top row
// down, Ctrl+R the left column right, dragging the handle extends the selection's values). Only input
// cells receive a value; derived and copied cells keep theirs.
import type { DerivedReport } from '../../../shared/derive/derived-model';
import type { Project } from '../../../shared/project/schema';
import type { CellEntry } from '../state/project-edits';
import { cellView } from './cell-view';
import type { EditGrid } from './edit-layout';
import { positionsOf, type Rect } from './grid-navigation';

function modulo(value: number, size: number): number {
  return ((value % size) + size) % size;
}

/** Entries writing `source` repeated over `target` (the source's own cells are left alone). */
export function fillEntries(grid: EditGrid, report: DerivedReport, project: Project, source: Rect, target: Rect): CellEntry[] {
  const height = source.bottom - source.top + 1;
  const width = source.right - source.left + 1;
  const entries: CellEntry[] = [];
  for (const p of positionsOf(target)) {
    if (p.row >= source.top && p.row <= source.bottom && p.column >= source.left && p.column <= source.right) continue;
    const to = grid.rows[p.row]?.cells[p.column];
    if (to?.kind !== 'amount' || report.cell(to.address)?.kind !== 'input') continue;
    const from = grid.rows[source.top + modulo(p.row - source.top, height)]?.cells[source.left + modulo(p.column - source.left, width)];
    if (from?.kind !== 'amount') continue;
    const view = cellView(report, project, from.address);
    entries.push({ address: to.address, raw: view.role === 'input' ? view.raw : view.text });
  }
  return entries;
}

/** The rectangle a fill handle dragged to `to` covers: extended down or right, whichever is farther. */
export function dragTarget(source: Rect, to: { row: number; column: number }): Rect {
  const down = to.row - source.bottom;
  const right = to.column - source.right;
  if (down <= 0 && right <= 0) return source;
  return down >= right ? { ...source, bottom: to.row } : { ...source, right: to.column };
}
