// Grid edits that go through the store as one undo step each, with a notice of what happened.
import type { TableId } from '../../../shared/tables/cell-address';
import { workspaceStore } from '../app/app-context';
import { templateOf } from '../report/report-template';
import { addListRow, removeListRow, setListText } from '../state/list-edits';
import { addSubjectRow, removeSubjectRow } from '../state/project-edits';
import type { EditGrid } from './edit-layout';
import { rectOf, type Selection } from './grid-navigation';
import { fitBlock, pasteBlock, type PasteResult } from './paste-plan';

/** Tables whose rows stay when their figures are cleared: 科目 and list rows are added on purpose. */
function subjectTablesOf(tables: readonly { id: TableId; kind: string }[]): ReadonlySet<TableId> {
  return new Set(tables.filter((t) => t.kind === 'subject' || t.kind === 'list').map((t) => t.id));
}

/** Pastes a block at the selection (or, for a 科目 table's add row, as new rows). */
export function pasteIntoTable(grid: EditGrid, selection: Selection | 'newRows', block: readonly (readonly string[])[]): void {
  const store = workspaceStore.getState();
  const workspace = store.workspace;
  if (workspace === null || block.length === 0) return;
  const rect = selection === 'newRows' ? undefined : rectOf(selection);
  const anchor = rect === undefined ? { row: grid.rows.length, column: 0 } : { row: rect.top, column: rect.left };
  const fitted = rect === undefined ? block.map((l) => [...l]) : fitBlock(block, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
  let result: PasteResult | undefined;
  store.edit((project) => {
    result = pasteBlock(project, grid, workspace.analysis.report, anchor, fitted, subjectTablesOf(templateOf(project).tables));
    return result.project;
  });
  if (result === undefined) return;
  const parts = [`已粘贴 ${result.applied} 格`];
  if (result.added.length > 0) parts.push(`新增科目 ${result.added.length} 行`);
  if (result.skipped > 0) parts.push(`跳过只读格 ${result.skipped} 个`);
  if (result.rejected.length > 0) parts.push(`未录入：${result.rejected.slice(0, 5).join('；')}${result.rejected.length > 5 ? ` 等 ${result.rejected.length} 处` : ''}`);
  store.notify(result.rejected.length > 0 ? 'error' : 'info', `${parts.join('，')}。`);
}

export function addRow(table: TableId, code: string): boolean {
  const store = workspaceStore.getState();
  let message: string | undefined;
  store.edit((project) => {
    const outcome = addSubjectRow(project, table, code);
    if (!outcome.ok) {
      message = outcome.message;
      return project;
    }
    return outcome.project;
  });
  if (message !== undefined) store.notify('error', message);
  return message === undefined;
}

export function removeRow(table: TableId, code: string): void {
  const store = workspaceStore.getState();
  store.edit((project) => removeSubjectRow(project, table, code));
  store.notify('info', `已删除科目 ${code} 及其下级科目（可撤销）。`);
}

/** A list row's name or text column (项目类别) as typed in the grid. */
export function setListCell(table: TableId, row: string, field: string, text: string): void {
  workspaceStore.getState().edit((project) => setListText(project, table, row, field, text));
}

/** Adds a project row by its name; the new row's key, or undefined when refused (with a notice). */
export function addProject(table: TableId, name: string): string | undefined {
  const store = workspaceStore.getState();
  let message: string | undefined;
  let row: string | undefined;
  store.edit((project) => {
    const outcome = addListRow(project, table, name);
    if (!outcome.ok) {
      message = outcome.message;
      return project;
    }
    row = outcome.row;
    return outcome.project;
  });
  if (message !== undefined) store.notify('error', message);
  return row;
}

/** The × on a row: a 科目 with the rows beneath it, or one project of a list table. */
export function removeGridRow(grid: EditGrid, key: string, label: string): void {
  if (!grid.list) {
    removeRow(grid.table, key);
    return;
  }
  const store = workspaceStore.getState();
  store.edit((project) => removeListRow(project, grid.table, key));
  store.notify('info', `已删除项目${label === '' ? '' : `“${label}”`}（可撤销）。`);
}
