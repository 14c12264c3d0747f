// Edits of the project as pure functions: the store applies them and records the result for undo.
// Amounts are parsed as people type or paste them (thousands separators, full-width digits) and kept
// as exact decimal text in the project's entry unit.
import { amountToText, parseAmountInput } from '../../../shared/money/money';
import { CURRENT_SCHEMA_VERSION, projectSchema, type Project, type RowInput } from '../../../shared/project/schema';
import type { CellAddress, TableId } from '../../../shared/tables/cell-address';

export interface NewProjectOptions {
  readonly kind: Project['kind'];
  readonly year: number;
  readonly unitName: string;
  readonly scope: Project['scope'];
  readonly entryUnit: Project['entryUnit'];
}

/** A copy of a record without one key. */
function without<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export type EditOutcome = { readonly ok: true; readonly project: Project } | { readonly ok: false; readonly message: string };

/** A blank project: every list and text empty, as the schema's defaults give it. */
export function newProject(options: NewProjectOptions): EditOutcome {
  const parsed = projectSchema.safeParse({ schemaVersion: CURRENT_SCHEMA_VERSION, ...options, unitName: options.unitName.trim() });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('；') };
  return { ok: true, project: parsed.data };
}

const SUBJECT_CODE = /^\d{3}(\d{2}){0,2}$/;

export function rowsOf(project: Project, table: TableId): readonly RowInput[] {
  return project.tables[table]?.rows ?? [];
}

export function withRows(project: Project, table: TableId, rows: readonly RowInput[]): Project {
  return { ...project, tables: { ...project.tables, [table]: { rows: [...rows] } } };
}

export interface CellEntry {
  readonly address: CellAddress;
  /** As typed or pasted; blank clears the cell. */
  readonly raw: string;
}

export interface CellEdits {
  readonly project: Project;
  /** Cells whose figure changed (writing the figure a cell already holds changes nothing). */
  readonly applied: number;
  /** Chinese messages for entries that were not amounts. */
  readonly rejected: readonly string[];
}

/**
 * Writes input cells. Blank text clears a cell; a row of a fixed table left without any figure is
 * dropped, a 科目 row stays (the officer added it on purpose).
 */
export function setCells(project: Project, entries: readonly CellEntry[], subjectTables: ReadonlySet<TableId>): CellEdits {
  const tables = new Map<TableId, RowInput[]>();
  const rejected: string[] = [];
  let applied = 0;
  for (const { address, raw } of entries) {
    const value = raw.trim() === '' ? null : parseAmountInput(raw);
    if (value === undefined) {
      rejected.push(`“${raw.trim()}”不是金额`);
      continue;
    }
    let rows = tables.get(address.table);
    if (rows === undefined) {
      rows = [...rowsOf(project, address.table)];
      tables.set(address.table, rows);
    }
    const index = rows.findIndex((r) => r.row === address.row);
    const current: RowInput = rows[index] ?? { row: address.row, values: {}, reported: {} };
    const stored = value === null ? undefined : amountToText(value);
    if (current.values[address.column] === stored) continue;
    const values = stored === undefined ? without(current.values, address.column) : { ...current.values, [address.column]: stored };
    const next: RowInput = { ...current, values };
    const empty = Object.keys(values).length === 0 && Object.keys(next.reported).length === 0 && !subjectTables.has(address.table);
    if (index < 0) {
      if (!empty) rows.push(next);
    } else if (empty) rows.splice(index, 1);
    else rows[index] = next;
    applied += 1;
  }
  let next = project;
  for (const [table, rows] of tables) next = withRows(next, table, rows);
  return { project: applied === 0 ? project : next, applied, rejected };
}

/** Adds a 科目 row by its code; the 类 and 款 above it are derived, not stored. */
export function addSubjectRow(project: Project, table: TableId, code: string): EditOutcome {
  const trimmed = code.trim();
  if (!SUBJECT_CODE.test(trimmed)) return { ok: false, message: `科目编码“${trimmed}”应为3位（类）、5位（款）或7位（项）数字。` };
  if (rowsOf(project, table).some((r) => r.row === trimmed)) return { ok: false, message: `科目 ${trimmed} 已在表中。` };
  return { ok: true, project: withRows(project, table, [...rowsOf(project, table), { row: trimmed, values: {}, reported: {} }]) };
}

/** Removes a 科目 row and every row beneath it (removing a 类 removes its 款 and 项). */
export function removeSubjectRow(project: Project, table: TableId, code: string): Project {
  const rows = rowsOf(project, table);
  const kept = rows.filter((r) => !r.row.startsWith(code));
  return kept.length === rows.length ? project : withRows(project, table, kept);
}

/** Drops the printed figure (报表数) of a derived cell, so the computed value is published. */
export function clearReported(project: Project, address: CellAddress): Project {
  const rows = rowsOf(project, address.table);
  const index = rows.findIndex((r) => r.row === address.row);
  const row = rows[index];
  if (row === undefined || row.reported[address.column] === undefined) return project;
  const reported = without(row.reported, address.column);
  const next = [...rows];
  next[index] = { ...row, reported };
  return withRows(project, address.table, next);
}

export type FieldPath = readonly (string | number)[];

function setIn(target: unknown, path: FieldPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(target) ? [...target] : [];
    const inner: unknown = list[head];
    list[head] = setIn(inner, rest, value);
    return list;
  }
  const record: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...target } : {};
  const inner = record[head];
  const updated = setIn(inner, rest, value);
  return updated === undefined ? without(record, head) : { ...record, [head]: updated };
}

/** Reads a value below `narrative` (undefined when the path does not exist). */
export function getIn(target: unknown, path: FieldPath): unknown {
  let at: unknown = target;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    const next: unknown = Object.getOwnPropertyDescriptor(at, key)?.value;
    at = next;
  }
  return at;
}

/**
 * Sets a field below project.narrative (["procurement", "goods"]); undefined removes it. The result
 * is checked against the narrative schema, so a wrong value never enters the project: the schema's
 * Chinese message is returned instead. The rest of the project is shared, not copied.
 */
export function setNarrativeField(project: Project, path: FieldPath, value: unknown): EditOutcome {
  const parsed = projectSchema.shape.narrative.safeParse(setIn(project.narrative, path, value));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? '输入无效' };
  return { ok: true, project: { ...project, narrative: parsed.data } };
}

/** Last year's figure by prior-figure id, as typed (thousands separators allowed); blank removes it. */
export function setPriorFigure(project: Project, id: string, raw: string): EditOutcome {
  const value = raw.trim() === '' ? undefined : parseAmountInput(raw);
  if (value === undefined && raw.trim() !== '') return { ok: false, message: `“${raw.trim()}”不是金额` };
  const figures = value === undefined ? without(project.priorYear.figures, id) : { ...project.priorYear.figures, [id]: amountToText(value) };
  return { ok: true, project: { ...project, priorYear: { ...project.priorYear, figures } } };
}

/** The officer's own text for a paragraph; undefined goes back to the generated text. */
export function setOwnText(project: Project, paragraphId: string, text: string | undefined): Project {
  const ownText = text === undefined ? without(project.narrative.ownText, paragraphId) : { ...project.narrative.ownText, [paragraphId]: text };
  return { ...project, narrative: { ...project.narrative, ownText } };
}
