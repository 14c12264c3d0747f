// Inputs bound to a path below project.narrative: amounts and counts commit when the field is left
// (a half-typed figure is not yet a figure), texts as they are typed (merged into one undo step).
// Each field shows the issues that name it and carries data-field so an issue can jump to it.
import { useEffect, useState, type ReactNode } from 'react';
import { amountToText, parseAmountInput } from '../../../shared/money/money';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { getIn, setNarrativeField, type FieldPath } from '../state/project-edits';
import { worstSeverity } from '../grid/cell-view';
import type { FieldSpec } from './section-fields';

/** Applies a narrative edit; a refused value becomes a notice. */
export function editNarrative(path: FieldPath, value: unknown, merge = false): boolean {
  const store = workspaceStore.getState();
  let message: string | undefined;
  store.edit((project) => {
    const outcome = setNarrativeField(project, path, value);
    if (!outcome.ok) {
      message = outcome.message;
      return project;
    }
    return outcome.project;
  }, merge ? `narrative.${path.join('.')}` : undefined);
  if (message !== undefined) store.notify('error', message);
  return message === undefined;
}

export function useNarrativeValue(path: FieldPath): unknown {
  return useWorkspace((s) => (s.workspace === null ? undefined : getIn(s.workspace.history.present.narrative, path)));
}

export function FieldIssues({ issues }: { readonly issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <>
      {issues.map((issue, i) => (
        <span key={i} className={`field-issue issue-text-${issue.severity}`}>
          {issue.message}
        </span>
      ))}
    </>
  );
}

interface FieldFrameProps {
  readonly label: string;
  readonly field: string;
  readonly issues: readonly Issue[];
  readonly hint?: string;
  readonly children: ReactNode;
}

export function FieldFrame({ label, field, issues, hint, children }: FieldFrameProps) {
  const severity = worstSeverity(issues);
  return (
    <label className={severity === undefined ? 'field' : `field has-${severity}`} data-field={field}>
      <span>{label}</span>
      {children}
      {hint === undefined ? null : <small className="hint">{hint}</small>}
      <FieldIssues issues={issues} />
    </label>
  );
}

/** A text box that keeps what is being typed and hands it on when the field is left or Enter pressed. */
export function DraftInput({ value, onCommit, label, inputMode }: { readonly value: string; readonly onCommit: (text: string) => void; readonly label: string; readonly inputMode?: 'decimal' | 'numeric' }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <input
      value={draft}
      aria-label={label}
      inputMode={inputMode}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== value) onCommit(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && draft !== value) onCommit(draft);
      }}
    />
  );
}

export function commitAmount(path: FieldPath, text: string): void {
  if (text.trim() === '') {
    editNarrative(path, undefined);
    return;
  }
  const value = parseAmountInput(text);
  if (value === undefined) workspaceStore.getState().notify('error', `“${text.trim()}”不是金额`);
  else editNarrative(path, amountToText(value));
}

export function commitCount(path: FieldPath, text: string): void {
  const trimmed = text.trim().replace(/[，,]/g, '');
  if (trimmed === '') editNarrative(path, undefined);
  else if (!/^\d+$/.test(trimmed)) workspaceStore.getState().notify('error', `“${text.trim()}”不是整数`);
  else editNarrative(path, Number(trimmed));
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** One field of a section editor, by its spec. */
export function FieldInput({ spec, field, issues }: { readonly spec: FieldSpec; readonly field: string; readonly issues: readonly Issue[] }) {
  const value = useNarrativeValue(spec.path);
  const frame = (child: ReactNode) => (
    <FieldFrame label={spec.label} field={field} issues={issues} {...(spec.hint === undefined ? {} : { hint: spec.hint })}>
      {child}
    </FieldFrame>
  );
  switch (spec.kind) {
    case 'amount':
      return frame(<DraftInput label={spec.label} value={textOf(value)} inputMode="decimal" onCommit={(t) => commitAmount(spec.path, t)} />);
    case 'count':
      return frame(<DraftInput label={spec.label} value={textOf(value)} inputMode="numeric" onCommit={(t) => commitCount(spec.path, t)} />);
    case 'text':
      return frame(
        spec.multiline ? (
          <textarea value={textOf(value)} onChange={(e) => editNarrative(spec.path, e.target.value, true)} />
        ) : (
          <input value={textOf(value)} onChange={(e) => editNarrative(spec.path, e.target.value, true)} />
        ),
      );
    case 'lines': {
      const lines = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      return frame(
        <textarea
          value={lines.join('\n')}
          onChange={(e) => editNarrative(spec.path, e.target.value.split('\n'), true)}
          onBlur={(e) => {
            const kept = e.target.value.split('\n').filter((l) => l.trim() !== '');
            if (kept.length !== lines.length) editNarrative(spec.path, kept);
          }}
        />,
      );
    }
    case 'choice':
      return frame(
        <select value={textOf(value)} onChange={(e) => editNarrative(spec.path, e.target.value)}>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>,
      );
    case 'flag':
      return (
        <label className="field field-flag" data-field={field}>
          <span>
            <input type="checkbox" checked={value === true} onChange={(e) => editNarrative(spec.path, e.target.checked)} /> {spec.label}
          </span>
          <FieldIssues issues={issues} />
        </label>
      );
    case 'budgetLines':
      return null;
  }
}
