// One table as a spreadsheet: the published header, frozen header and code/name columns, range
// selection, typing, paste from Excel/WPS, fill, copy. Derived and copied cells are read-only and say
// where their value comes from; cells with issues are marked and show the message.
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { cellKey, type CellAddress, type TableId } from '../../../shared/tables/cell-address';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { parseClipboardTable, formatClipboardTable } from '../state/clipboard-text';
import type { CellEntry } from '../state/project-edits';
import { cellView, copiedLines, indexIssues, provenance, rowKey, worstSeverity } from './cell-view';
import { editGrid, positionOf, type EditCell, type EditGrid } from './edit-layout';
import { columnCount, inRect, move, positionsOf, rectOf, single, type Position, type Selection } from './grid-navigation';
import { GridCellDetail } from './GridCellDetail';
import { AddSubjectRow } from './AddSubjectRow';
import { AddListRow } from './AddListRow';
import { pasteIntoTable, removeGridRow, setListCell } from './grid-actions';
import { NAME_FIELD } from '../state/list-edits';
import { dragTarget, fillEntries } from './fill';

/** Pixels per width character of the published layout (a Chinese character counts two). */
const PX_PER_CHAR = 7.2;

interface Editing {
  readonly position: Position;
  readonly text: string;
}

function amountAt(grid: EditGrid, position: Position): CellAddress | undefined {
  const cell = grid.rows[position.row]?.cells[position.column];
  return cell?.kind === 'amount' ? cell.address : undefined;
}

/** A typed text of a list row (项目名称, 项目类别) at a position. */
function textAt(grid: EditGrid, position: Position): Extract<EditCell, { kind: 'text' }> | undefined {
  const cell = grid.rows[position.row]?.cells[position.column];
  return cell?.kind === 'text' ? cell : undefined;
}

export function TableGrid({ table }: { readonly table: TableId }) {
  const workspace = useWorkspace((s) => s.workspace);
  const target = useWorkspace((s) => s.target);
  const project = workspace?.history.present;
  const report = workspace?.analysis.report;
  const year = project?.year;
  const grid = useMemo(() => (report === undefined ? undefined : editGrid(report.table(table), year)), [report, table, year]);
  const issues = useMemo(() => indexIssues(workspace?.analysis.issues ?? []), [workspace?.analysis.issues]);
  const [selection, setSelection] = useState<Selection>(single({ row: 0, column: 0 }));
  const [editing, setEditing] = useState<Editing | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const committed = useRef<Editing | null>(null);
  const [fillTo, setFillToState] = useState<Position | null>(null);
  // Mouse-enter updates may render after the mouse-up that ends the drag; the ref is always current.
  const fillRef = useRef<Position | null>(null);
  const setFillTo = (position: Position | null): void => {
    fillRef.current = position;
    setFillToState(position);
  };
  const addInput = useRef<HTMLInputElement>(null);

  const widths = useMemo(() => grid?.columnWidths.map((w) => Math.round(w * PX_PER_CHAR + 12)) ?? [], [grid]);
  const frozenLeft = useMemo(() => {
    const offsets: number[] = [];
    let left = 0;
    for (let c = 0; c < (grid?.frozenColumns ?? 0); c += 1) {
      offsets.push(left);
      left += widths[c] ?? 0;
    }
    return offsets;
  }, [grid, widths]);

  const scrollTo = useCallback((position: Position) => {
    const element = container.current?.querySelector(`[data-pos="${position.row}:${position.column}"]`);
    if (element instanceof HTMLElement) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, []);

  // Jumps from the issues panel (or elsewhere) to a cell of this table.
  useEffect(() => {
    if (grid === undefined || target === null || target.kind !== 'cell' || target.address.table !== table) return;
    const position = positionOf(grid, target.address);
    if (position === undefined) return;
    setSelection(single(position));
    setEditing(null);
    container.current?.focus({ preventScroll: true });
    requestAnimationFrame(() => scrollTo(position));
    // Only a new jump request moves the selection, not every re-render of the grid.
  }, [target?.serial]);

  // A fill released outside the grid is dropped (the grid's own mouse-up has handled one inside).
  useEffect(() => {
    if (fillTo === null) return;
    const cancel = (): void => {
      fillRef.current = null;
      setFillToState(null);
    };
    window.addEventListener('mouseup', cancel);
    return () => window.removeEventListener('mouseup', cancel);
  }, [fillTo]);

  if (workspace === null || project === undefined || report === undefined || grid === undefined) return null;

  const rect = rectOf(selection);
  const lastColumn = columnCount(grid) - 1;

  const select = (position: Position, extend: boolean): void => {
    setSelection((current) => (extend ? { anchor: current.anchor, focus: position } : single(position)));
    scrollTo(position);
  };

  const isInput = (position: Position): boolean => {
    const address = amountAt(grid, position);
    return (address !== undefined && report.cell(address)?.kind === 'input') || textAt(grid, position) !== undefined;
  };

  const writeCells = (entries: readonly CellEntry[]): void => {
    if (entries.length === 0) return;
    const result = workspaceStore.getState().setCells(entries);
    if (result !== null && result.rejected.length > 0) workspaceStore.getState().notify('error', `未录入：${result.rejected.join('；')}`);
  };

  const commit = (value: Editing): void => {
    // Moving focus back to the grid blurs the editor, which commits a second time: once is enough.
    if (committed.current === value) return;
    committed.current = value;
    const address = amountAt(grid, value.position);
    const text = textAt(grid, value.position);
    setEditing(null);
    if (address !== undefined) writeCells([{ address, raw: value.text }]);
    else if (text !== undefined && text.text !== value.text.trim()) setListCell(table, text.row, text.field, value.text);
  };

  const startEditing = (position: Position, text?: string): void => {
    if (!isInput(position)) {
      const address = amountAt(grid, position);
      if (address !== undefined) workspaceStore.getState().notify('info', `该格为${report.cell(address)?.kind === 'copied' ? '取自其他表的数' : '计算值'}，不能直接录入：${provenance(report, project, address)}`);
      return;
    }
    const address = amountAt(grid, position);
    setEditing({ position, text: text ?? (address === undefined ? (textAt(grid, position)?.text ?? '') : cellView(report, project, address).raw) });
  };

  const clearSelection = (): void => {
    writeCells(positionsOf(rect).flatMap((p) => (isInput(p) ? [{ address: amountAt(grid, p) ?? { table, row: '', column: '' }, raw: '' }] : [])));
  };

  /** Ctrl+D / Ctrl+R: the first row (column) of the selection copied into the rest, as in Excel. */
  const fill = (down: boolean): void => {
    const source = down ? { ...rect, bottom: rect.top } : { ...rect, right: rect.left };
    writeCells(fillEntries(grid, report, project, source, rect));
  };

  /** The fill handle let go: the selection's values repeated over the dragged area, which becomes the selection. */
  const finishFill = (): void => {
    const to = fillRef.current;
    if (to === null) return;
    const target = dragTarget(rect, to);
    setFillTo(null);
    writeCells(fillEntries(grid, report, project, rect, target));
    setSelection({ anchor: { row: target.top, column: target.left }, focus: { row: target.bottom, column: target.right } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (editing !== null) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const focus = selection.focus;
    const step = (rows: number, columns: number): void => select(move(grid, focus, rows, columns), event.shiftKey);
    switch (event.key) {
      case 'ArrowUp':
        step(-1, 0);
        break;
      case 'ArrowDown':
        if ((grid.subject || grid.list === true) && focus.row === grid.rows.length - 1 && !event.shiftKey) addInput.current?.focus();
        else step(1, 0);
        break;
      case 'ArrowLeft':
        step(0, -1);
        break;
      case 'ArrowRight':
        step(0, 1);
        break;
      case 'Tab':
        select(move(grid, focus, 0, event.shiftKey ? -1 : 1), false);
        break;
      case 'Enter':
        select(move(grid, focus, event.shiftKey ? -1 : 1, 0), false);
        break;
      case 'Home':
        select(ctrl ? { row: 0, column: 0 } : { row: focus.row, column: 0 }, event.shiftKey);
        break;
      case 'End':
        select(ctrl ? { row: grid.rows.length - 1, column: lastColumn } : { row: focus.row, column: lastColumn }, event.shiftKey);
        break;
      case 'F2':
        startEditing(focus);
        break;
      case 'Delete':
      case 'Backspace':
        clearSelection();
        break;
      default:
        if (ctrl && (event.key === 'd' || event.key === 'r')) fill(event.key === 'd');
        else if (ctrl && event.key === 'a') setSelection({ anchor: { row: 0, column: 0 }, focus: { row: grid.rows.length - 1, column: lastColumn } });
        else if (!ctrl && !event.altKey && event.key.length === 1) {
          startEditing(focus, event.key);
          break;
        } else return;
    }
    event.preventDefault();
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (editing === null) return;
    const moves: Readonly<Record<string, [number, number]>> = { Enter: [event.shiftKey ? -1 : 1, 0], Tab: [0, event.shiftKey ? -1 : 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
    const delta = moves[event.key];
    if (event.key === 'Escape') {
      setEditing(null);
      container.current?.focus();
    } else if (delta !== undefined) {
      commit(editing);
      select(move(grid, editing.position, delta[0], delta[1]), false);
      container.current?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>): void => {
    if (editing !== null) return;
    event.preventDefault();
    const block = parseClipboardTable(event.clipboardData.getData('text/plain'));
    pasteIntoTable(grid, selection, block);
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>): void => {
    if (editing !== null) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', formatClipboardTable(copiedLines(grid, report, project, rect)));
  };

  const renderCell = (cell: EditCell, r: number, c: number) => {
    if (cell.kind === 'covered') return null;
    const selected = inRect(rect, r, c) || (fillTo !== null && inRect(dragTarget(rect, fillTo), r, c));
    const isFocus = selection.focus.row === r && selection.focus.column === c;
    const frozen = c < grid.frozenColumns;
    const classes = ['cell', `cell-${cell.kind}`];
    if (selected) classes.push('selected');
    if (isFocus) classes.push('focus');
    if (frozen) classes.push('frozen');
    let content: string = '';
    let title: string | undefined;
    let colSpan: number | undefined;
    if (cell.kind === 'amount') {
      const view = cellView(report, project, cell.address);
      classes.push(`role-${view.role}`);
      if (view.hasReported) classes.push('has-reported');
      const cellIssues = issues.byCell.get(cellKey(cell.address));
      const severity = worstSeverity(cellIssues);
      if (severity !== undefined) classes.push(`mark-${severity}`);
      content = view.text;
      const lines = [view.role === 'none' ? '' : provenance(report, project, cell.address), ...(cellIssues ?? []).map((i) => `${i.severity === 'error' ? '错误' : '警告'}：${i.message}`)];
      title = lines.filter((l) => l !== '').join('\n') || undefined;
    } else if (cell.kind === 'text') {
      content = cell.text;
      // The name carries the row's issues (a project without a name), a text column its own.
      const textIssues = cell.field === NAME_FIELD ? issues.byRow.get(rowKey(table, cell.row)) : issues.byCell.get(cellKey({ table, row: cell.row, column: cell.field }));
      const severity = worstSeverity(textIssues);
      if (severity !== undefined) classes.push(`mark-${severity}`);
      title = textIssues?.map((i) => i.message).join('\n');
    } else if (cell.kind !== 'blank') {
      content = cell.text;
      colSpan = cell.colSpan;
      const rowIssues = issues.byRow.get(rowKey(table, cell.row));
      const severity = worstSeverity(rowIssues);
      if (severity !== undefined && cell.kind !== 'rowNo') classes.push(`mark-${severity}`);
      title = rowIssues?.map((i) => i.message).join('\n');
    }
    const editor =
      editing !== null && editing.position.row === r && editing.position.column === c ? (
        <input
          className="cell-editor"
          autoFocus
          value={editing.text}
          aria-label={cell.kind === 'text' ? '录入文字' : '录入金额'}
          onChange={(e) => setEditing({ position: editing.position, text: e.target.value })}
          onKeyDown={onEditorKeyDown}
          onBlur={() => commit(editing)}
        />
      ) : null;
    const row = grid.rows[r];
    return (
      <td
        key={c}
        className={classes.join(' ')}
        colSpan={colSpan}
        data-pos={`${r}:${c}`}
        data-address={cell.kind === 'amount' ? cellKey(cell.address) : undefined}
        title={title}
        style={frozen ? { left: frozenLeft[c] } : undefined}
        onMouseDown={(e) => {
          if (e.button !== 0 || editor !== null) return;
          dragging.current = true;
          select({ row: r, column: c }, e.shiftKey);
          container.current?.focus({ preventScroll: true });
          e.preventDefault();
        }}
        onMouseEnter={() => {
          if (fillRef.current !== null) setFillTo({ row: r, column: c });
          else if (dragging.current) setSelection((s) => ({ anchor: s.anchor, focus: { row: r, column: c } }));
        }}
        onDoubleClick={() => startEditing({ row: r, column: c })}
      >
        {editor ?? content}
        {r === rect.bottom && c === rect.right && editor === null ? (
          <span
            className="fill-handle"
            title="拖动填充"
            onMouseDown={(e) => {
              e.stopPropagation();
              e.preventDefault();
              setFillTo({ row: r, column: c });
            }}
          />
        ) : null}
        {(cell.kind === 'code' || (cell.kind === 'text' && cell.field === NAME_FIELD)) && row?.removable !== undefined && isFocus && editor === null ? (
          <button
            type="button"
            className="row-remove"
            title={grid.list ? `删除项目“${content}”` : `删除科目 ${row.removable} 及其下级科目`}
            onMouseDown={(e) => e.stopPropagation()}
            onClick={() => removeGridRow(grid, row.removable ?? '', content)}
          >
            ×
          </button>
        ) : null}
      </td>
    );
  };

  return (
    <div className="grid-area">
      <div
        className="grid-scroll"
        ref={container}
        tabIndex={0}
        role="grid"
        aria-label="表格"
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onCopy={onCopy}
        onMouseUp={() => {
          dragging.current = false;
          finishFill();
        }}
        onMouseLeave={() => (dragging.current = false)}
      >
        <table className="edit-grid" data-revision={workspace.history.past.length} style={{ width: widths.reduce((a, b) => a + b, 0) }}>
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            {grid.header.map((line, r) => (
              <tr key={r}>
                {line.map((cell, c) =>
                  cell.covered ? null : (
                    <th key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan} className={c < grid.frozenColumns ? 'frozen' : undefined} style={c < grid.frozenColumns ? { left: frozenLeft[c] } : undefined}>
                      {cell.text}
                    </th>
                  ),
                )}
              </tr>
            ))}
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              <tr key={row.key} className={row.level === undefined ? undefined : `level-${row.level}`}>
                {row.cells.map((cell, c) => renderCell(cell, r, c))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.subject ? <AddSubjectRow table={table} grid={grid} inputRef={addInput} onLeaveUp={() => container.current?.focus()} /> : null}
      {grid.list ? <AddListRow table={table} inputRef={addInput} onLeaveUp={() => container.current?.focus()} /> : null}
      <GridCellDetail grid={grid} position={selection.focus} />
    </div>
  );
}
