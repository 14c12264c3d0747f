// The app's state: the open project with its undo history and its analysis (derive + validate runs
// after every edit), where the officer is (part, cell, field) and the last notice. A vanilla zustand
// store, so the logic is tested without React; components read it through useWorkspace.
import { createStore } from 'zustand/vanilla';
import type { Project } from '../../../shared/project/schema';
import type { CellAddress, TableId } from '../../../shared/tables/cell-address';
import type { Issue } from '../../../shared/validate/issue';
import { analyse, templateOf, type Analysis } from '../report/report-template';
import { partOfIssue, type PartId } from '../report/parts';
import { record, redo, startHistory, undo, type History } from './history';
import { setCells, type CellEdits, type CellEntry } from './project-edits';

export interface OpenDocument {
  /** File name shown in the title (未命名 for a new project). */
  readonly name: string;
  readonly path?: string;
}

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
  /** Increases with every notice, so the same text shown twice is noticed. */
  readonly serial: number;
}

/** A place to bring into view: a cell of a table or a field of a section editor. */
export type Target = { readonly kind: 'cell'; readonly address: CellAddress } | { readonly kind: 'field'; readonly part: PartId; readonly field?: string };

export interface Workspace {
  readonly history: History<Project>;
  readonly analysis: Analysis;
  readonly document: OpenDocument;
  /** The project as last saved or opened; dirty when the present one differs. */
  readonly saved: Project | null;
}

export interface WorkspaceState {
  readonly workspace: Workspace | null;
  readonly part: PartId;
  /** The last jump request; grids and editors bring it into view and focus it. */
  readonly target: (Target & { readonly serial: number }) | null;
  readonly notice: Notice | null;
  open(project: Project, document: OpenDocument, options?: { readonly dirty?: boolean }): void;
  close(): void;
  /** Applies an edit; `key` merges consecutive edits of one field into one undo step. */
  edit(change: (project: Project) => Project, key?: string): void;
  setCells(entries: readonly CellEntry[]): CellEdits | null;
  undo(): void;
  redo(): void;
  markSaved(document: OpenDocument): void;
  showPart(part: PartId): void;
  jumpTo(target: Target): void;
  jumpToIssue(issue: Issue): void;
  notify(kind: Notice['kind'], text: string): void;
}

export function isDirty(workspace: Workspace | null): boolean {
  return workspace !== null && workspace.saved !== workspace.history.present;
}

/** Tables whose rows stay when their figures are cleared: 科目 and list rows are added on purpose. */
function subjectTables(project: Project): ReadonlySet<TableId> {
  return new Set(templateOf(project).tables.filter((t) => t.kind === 'subject' || t.kind === 'list').map((t) => t.id));
}

let serial = 0;

export function createWorkspaceStore() {
  return createStore<WorkspaceState>()((set, get) => {
    const withProject = (workspace: Workspace, history: History<Project>): Workspace => ({
      ...workspace,
      history,
      analysis: history.present === workspace.history.present ? workspace.analysis : analyse(history.present),
    });
    return {
      workspace: null,
      part: 'overview',
      target: null,
      notice: null,
      open: (project, document, options) => {
        const firstTable = templateOf(project).tables[0]?.id;
        set({
          workspace: { history: startHistory(project), analysis: analyse(project), document, saved: options?.dirty ? null : project },
          part: firstTable === undefined ? 'overview' : `table:${firstTable}`,
          target: null,
        });
      },
      close: () => set({ workspace: null, target: null }),
      edit: (change, key) => {
        const workspace = get().workspace;
        if (workspace === null) return;
        const next = change(workspace.history.present);
        if (next === workspace.history.present) return;
        set({ workspace: withProject(workspace, record(workspace.history, next, key)) });
      },
      setCells: (entries) => {
        const workspace = get().workspace;
        if (workspace === null) return null;
        const project = workspace.history.present;
        const result = setCells(project, entries, subjectTables(project));
        if (result.project !== project) set({ workspace: withProject(workspace, record(workspace.history, result.project)) });
        return result;
      },
      undo: () => {
        const workspace = get().workspace;
        if (workspace === null || workspace.history.past.length === 0) return;
        set({ workspace: withProject(workspace, undo(workspace.history)) });
      },
      redo: () => {
        const workspace = get().workspace;
        if (workspace === null || workspace.history.future.length === 0) return;
        set({ workspace: withProject(workspace, redo(workspace.history)) });
      },
      markSaved: (document) => {
        const workspace = get().workspace;
        if (workspace === null) return;
        set({ workspace: { ...workspace, document, saved: workspace.history.present } });
      },
      showPart: (part) => set({ part }),
      jumpTo: (target) => {
        serial += 1;
        const part: PartId = target.kind === 'cell' ? `table:${target.address.table}` : target.part;
        set({ part, target: { ...target, serial } });
      },
      jumpToIssue: (issue) => {
        const location = issue.location;
        if (location.kind === 'cell') {
          get().jumpTo({ kind: 'cell', address: { table: location.table, row: location.row, column: location.column ?? '' } });
          return;
        }
        get().jumpTo({ kind: 'field', part: partOfIssue(issue), ...(location.field === undefined ? {} : { field: location.field }) });
      },
      notify: (kind, text) => {
        serial += 1;
        set({ notice: { kind, text, serial } });
      },
    };
  });
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;
