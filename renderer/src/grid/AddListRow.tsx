// The line under a list table (项目支出预算情况表) where a project is added by typing its name; the
// grid then moves to the new row's 项目类别 so the officer goes on typing.
import { useState, type RefObject } from 'react';
import type { TableId } from '../../../shared/tables/cell-address';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { AddRowInput } from './AddRowInput';
import { addProject } from './grid-actions';

interface Props {
  readonly table: TableId;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onLeaveUp: () => void;
}

export function AddListRow({ table, inputRef, onLeaveUp }: Props) {
  const [name, setName] = useState('');
  const definition = useWorkspace((s) => s.workspace?.analysis.report.table(table).definition);
  // The first column after the name: a text column (项目类别) or else the first input amount.
  const next = definition?.kind === 'list' ? (definition.textColumns[0]?.key ?? definition.columns.find((c) => c.formula === undefined)?.key) : undefined;
  const submit = (): void => {
    const row = addProject(table, name);
    if (row === undefined) return;
    setName('');
    if (next !== undefined) workspaceStore.getState().jumpTo({ kind: 'cell', address: { table, row, column: next } });
  };
  return (
    <AddRowInput label="添加项目：" ariaLabel="添加项目名称" placeholder="输入项目名称，回车添加" value={name} onChange={setName} onSubmit={submit} inputRef={inputRef} onLeaveUp={onLeaveUp}>
      <button type="button" onClick={submit} disabled={name.trim() === ''}>
        添加
      </button>
    </AddRowInput>
  );
}
