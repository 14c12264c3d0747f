import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, MERGE_WINDOW_MS, record, redo, startHistory, undo } from '../../../renderer/src/state/history';

describe('undo history', () => {
  it('undoes and redoes in order, and a new edit drops the redo steps', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'd');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('b');
  });

  it('merges edits of one field typed in quick succession, not edits of different fields', () => {
    let h = startHistory('');
    h = record(h, '1', 'narrative.reason', 1000);
    h = record(h, '12', 'narrative.reason', 1000 + MERGE_WINDOW_MS - 1);
    expect(h.past).toEqual(['']);
    h = record(h, '12x', 'narrative.other', 1000 + MERGE_WINDOW_MS);
    expect(h.past).toEqual(['', '12']);
    h = record(h, '12xy', 'narrative.other', 1000 + 3 * MERGE_WINDOW_MS);
    expect(h.past).toEqual(['', '12', '12x']);
  });

  it('keeps at most the step limit', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i += 1) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });

  it('records nothing when the edit changed nothing', () => {
    const h = startHistory({ x: 1 });
    expect(record(h, h.present)).toBe(h);
  });
});
