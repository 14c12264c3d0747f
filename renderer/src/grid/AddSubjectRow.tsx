// The line under a 科目 table where a row is added by typing its code; the name comes from the catalog
// as the code is typed. A block pasted here adds every 科目 it names with its amounts.
import { useMemo, useState, type RefObject } from 'react';
import type { TableId } from '../../../shared/tables/cell-address';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { catalogOf } from '../report/report-template';
import { parseClipboardTable } from '../state/clipboard-text';
import type { EditGrid } from './edit-layout';
import { AddRowInput } from './AddRowInput';
import { addRow, pasteIntoTable } from './grid-actions';

interface Props {
  readonly table: TableId;
  readonly grid: EditGrid;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onLeaveUp: () => void;
}

export function AddSubjectRow({ table, grid, inputRef, onLeaveUp }: Props) {
  const project = useWorkspace((s) => s.workspace?.history.present);
  const report = useWorkspace((s) => s.workspace?.analysis.report);
  const [code, setCode] = useState('');
  const definition = report?.table(table).definition;
  const scheme = definition?.kind === 'subject' ? definition.scheme : 'function';
  const catalog = useMemo(() => (project === undefined ? undefined : catalogOf(project)), [project]);
  const entries = useMemo(() => catalog?.entries(scheme) ?? [], [catalog, scheme]);
  const trimmed = code.trim();
  const name = trimmed === '' ? '' : (catalog?.lookup(scheme, trimmed)?.name ?? '');
  const suggestions = useMemo(() => (trimmed.length < 3 ? [] : entries.filter((e) => e.code.startsWith(trimmed)).slice(0, 50)), [entries, trimmed]);
  const listId = `catalog-${table}`;
  if (definition === undefined) return null;
  const firstInput = definition.columns.find((c) => c.formula === undefined)?.key;

  const submit = (): void => {
    if (trimmed === '') return;
    if (addRow(table, trimmed)) {
      setCode('');
      if (firstInput !== undefined) workspaceStore.getState().jumpTo({ kind: 'cell', address: { table, row: trimmed, column: firstInput } });
    }
  };

  return (
    <AddRowInput
      label="添加科目："
      ariaLabel="添加科目编码"
      placeholder="输入科目编码，回车添加；也可在此粘贴含编码的整块数据"
      value={code}
      onChange={setCode}
      onSubmit={submit}
      inputRef={inputRef}
      onLeaveUp={onLeaveUp}
      list={listId}
      inputMode="numeric"
      onPaste={(e) => {
        const text = e.clipboardData.getData('text/plain');
        if (!/[\t\r\n]/.test(text)) return;
        e.preventDefault();
        pasteIntoTable(grid, 'newRows', parseClipboardTable(text));
      }}
    >
      <span className="add-row-name">{name === '' ? (trimmed.length >= 3 ? '科目表中没有此编码' : '') : name}</span>
      <datalist id={listId}>
        {suggestions.map((e) => (
          <option key={e.code} value={e.code}>
            {e.name}
          </option>
        ))}
      </datalist>
    </AddRowInput>
  );
}
