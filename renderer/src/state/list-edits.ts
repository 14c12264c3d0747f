// Edits of a list table (预算 项目支出预算情况表: one row per project): add a project by its name,
// rename it, set a text column (项目类别), remove it. Row keys are the order numbers typed ("1", "2" …)
// and never reused within a table, so undo and issues keep pointing at the right project.
import type { Project, RowInput } from '../../../shared/project/schema';
import type { TableId } from '../../../shared/tables/cell-address';
import { rowsOf, withRows, type EditOutcome } from './project-edits';

/** The name column of a list row; text columns are t1, t2 … */
export const NAME_FIELD = 'name';

/** The next free row key: one past the largest numeric key. */
export function nextListKey(rows: readonly RowInput[]): string {
  const numbers = rows.map((r) => Number(r.row)).filter((n) => Number.isInteger(n) && n > 0);
  return String(numbers.length === 0 ? 1 : Math.max(...numbers) + 1);
}

/** Adds a project row at the end; a name already in the table is refused. */
export function addListRow(project: Project, table: TableId, name: string): EditOutcome & { readonly row?: string } {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, message: '请输入项目名称。' };
  const rows = rowsOf(project, table);
  if (rows.some((r) => (r.name ?? '').trim() === trimmed)) return { ok: false, message: `项目“${trimmed}”已在表中。` };
  const row = nextListKey(rows);
  return { ok: true, project: withRows(project, table, [...rows, { row, name: trimmed, values: {}, reported: {} }]), row };
}

/** Sets the name (field "name") or a text column (t1 …) of a row; blank clears a text column. */
export function setListText(project: Project, table: TableId, row: string, field: string, text: string): Project {
  const rows = rowsOf(project, table);
  const index = rows.findIndex((r) => r.row === row);
  const current = rows[index];
  if (current === undefined) return project;
  const value = text.trim();
  let next: RowInput;
  if (field === NAME_FIELD) {
    if ((current.name ?? '') === value) return project;
    next = { ...current, name: value };
  } else {
    if ((current.texts?.[field] ?? '') === value) return project;
    const texts = Object.fromEntries(Object.entries({ ...current.texts, [field]: value }).filter(([, v]) => v !== ''));
    next = { ...current, texts };
  }
  const updated = [...rows];
  updated[index] = next;
  return withRows(project, table, updated);
}

export function removeListRow(project: Project, table: TableId, row: string): Project {
  const rows = rowsOf(project, table);
  const kept = rows.filter((r) => r.row !== row);
  return kept.length === rows.length ? project : withRows(project, table, kept);
}
