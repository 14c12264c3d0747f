// Undo/redo over whole-project snapshots: every edit anywhere in the project is one step, and the
// immutable project shares unchanged parts, so a snapshot costs only what changed.

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** Consecutive edits with the same key (typing in one field) merge into one step. */
  readonly lastKey?: string;
  readonly lastAt?: number;
}

/** Steps kept; older ones fall off. */
export const HISTORY_LIMIT = 200;
/** Edits of the same field closer together than this are one undo step. */
export const MERGE_WINDOW_MS = 1500;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function record<T>(history: History<T>, next: T, key?: string, now: number = Date.now()): History<T> {
  if (next === history.present) return history;
  const merge = key !== undefined && key === history.lastKey && history.lastAt !== undefined && now - history.lastAt < MERGE_WINDOW_MS && history.past.length > 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return key === undefined ? { past, present: next, future: [] } : { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
