// 年初预算 per 项 (五(三), 七, 八): the code, the budget from the year's budget package, and why the
// outturn differs. A line is added by code; lines of 项 without spending may be added too.
import { useState } from 'react';
import type { InitialBudgetLine } from '../../../shared/narrative/inputs/table-sections';
import type { Issue } from '../../../shared/validate/issue';
import { DraftInput, commitAmount, editNarrative, FieldIssues, useNarrativeValue } from './FieldInputs';
import { fieldContains, issueFieldOf, type NarrativePath } from './section-fields';

function isLine(value: unknown): value is InitialBudgetLine {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string';
}

export function BudgetLinesEditor({ label, path, issues }: { readonly label: string; readonly path: NarrativePath; readonly issues: readonly Issue[] }) {
  const raw = useNarrativeValue(path);
  const lines = Array.isArray(raw) ? raw.filter(isLine) : [];
  const [code, setCode] = useState('');
  const field = issueFieldOf(path);
  const add = (): void => {
    const trimmed = code.trim();
    if (editNarrative(path, [...lines, { code: trimmed, budget: '0', wording: 'auto' }])) setCode('');
  };
  return (
    <div className="field" data-field={field}>
      <span>{label}</span>
      <table className="list-table">
        <thead>
          <tr>
            <th>科目编码</th>
            <th>年初预算</th>
            <th>差异原因</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const lineField = `${field}.${line.code}`;
            const lineIssues = issues.filter((issue) => issue.location.kind === 'section' && fieldContains(lineField, issue.location.field));
            return (
              <tr key={`${line.code}-${i}`} data-field={lineField}>
                <td className="code">{line.code}</td>
                <td>
                  <DraftInput label={`${line.code} 年初预算`} value={line.budget} inputMode="decimal" onCommit={(t) => commitAmount([...path, i, 'budget'], t === '' ? '0' : t)} />
                </td>
                <td>
                  <input aria-label={`${line.code} 差异原因`} value={line.reason ?? ''} onChange={(e) => editNarrative([...path, i, 'reason'], e.target.value === '' ? undefined : e.target.value, true)} />
                  <FieldIssues issues={lineIssues} />
                </td>
                <td>
                  <button type="button" className="link" aria-label={`删除 ${line.code}`} onClick={() => editNarrative(path, lines.filter((_, k) => k !== i))}>
                    删除
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <span className="inline-add">
        <input value={code} placeholder="7 位项级科目编码" aria-label={`${label}：添加科目`} onChange={(e) => setCode(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button type="button" onClick={add}>
          添加
        </button>
      </span>
    </div>
  );
}
