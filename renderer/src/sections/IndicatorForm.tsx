// The parts a per-project form with indicator rows has in both texts: the 决算 self-evaluation forms
// (附件) and the 预算 绩效目标表. The two kinds name an issue's field differently, so each passes its
// own `fieldOf`; the columns after the 指标值 stay with each form.
import type { ReactNode } from 'react';
import type { IndicatorTarget } from '../../../shared/narrative/inputs/officer-sections';
import type { Issue } from '../../../shared/validate/issue';
import { commitAmount, DraftInput, editNarrative, FieldInput } from './FieldInputs';
import { fieldContains, type FieldSpec, type NarrativePath } from './section-fields';

/** The `field` an issue of one report kind names for a path. */
export type FieldOf = (path: NarrativePath) => string;

/** The issues naming this path or a field inside it. */
export function issuesAt(issues: readonly Issue[], fieldOf: FieldOf, path: NarrativePath): Issue[] {
  const field = fieldOf(path);
  return issues.filter((i) => i.location.kind === 'section' && fieldContains(field, i.location.field));
}

interface PathFieldProps {
  readonly spec: FieldSpec;
  readonly issues: readonly Issue[];
  readonly fieldOf: FieldOf;
}

export function PathField({ spec, issues, fieldOf }: PathFieldProps) {
  return <FieldInput spec={spec} field={fieldOf(spec.path)} issues={issuesAt(issues, fieldOf, spec.path)} />;
}

/** Text field specs below a form's path. */
export function textFieldsAt(base: NarrativePath) {
  return (label: string, key: string, multiline = false): FieldSpec => ({ kind: 'text', label, path: [...base, key], multiline });
}

const TARGET_OPS = ['text', '≥', '≤', '='] as const;
type TargetOp = (typeof TARGET_OPS)[number];

interface IndicatorHead {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: IndicatorTarget;
}

/** Switching the 指标值 between words and a comparison keeps what can be kept. */
function targetOf(indicator: IndicatorHead, op: TargetOp): IndicatorTarget {
  if (op === 'text') return { op: 'text', text: indicator.target.op === 'text' ? indicator.target.text : '' };
  const previous = indicator.target.op === 'text' ? { value: '0', unit: '', prefix: '', suffix: '' } : indicator.target;
  return { ...previous, op };
}

interface IndicatorCellsProps {
  readonly indicator: IndicatorHead;
  readonly path: NarrativePath;
  /** The 指标值 column's name, also the label of its text input. */
  readonly targetLabel: string;
}

/** 一级/二级/三级指标 and the 指标值 of one indicator row. */
export function IndicatorCells({ indicator, path, targetLabel }: IndicatorCellsProps) {
  const target = indicator.target;
  return (
    <>
      <td>
        <input aria-label="一级指标" value={indicator.level1} onChange={(e) => editNarrative([...path, 'level1'], e.target.value, true)} />
      </td>
      <td>
        <input aria-label="二级指标" value={indicator.level2} onChange={(e) => editNarrative([...path, 'level2'], e.target.value, true)} />
      </td>
      <td>
        <input aria-label="三级指标" value={indicator.name} onChange={(e) => editNarrative([...path, 'name'], e.target.value, true)} />
      </td>
      <td className="target">
        <select aria-label="指标值类型" value={target.op} onChange={(e) => editNarrative([...path, 'target'], targetOf(indicator, TARGET_OPS.find((op) => op === e.target.value) ?? 'text'))}>
          {TARGET_OPS.map((op) => (
            <option key={op} value={op}>
              {op === 'text' ? '文字' : op}
            </option>
          ))}
        </select>
        {target.op === 'text' ? (
          <input aria-label={targetLabel} value={target.text} onChange={(e) => editNarrative([...path, 'target', 'text'], e.target.value, true)} />
        ) : (
          <>
            <DraftInput label="指标数值" value={target.value} inputMode="decimal" onCommit={(t) => commitAmount([...path, 'target', 'value'], t === '' ? '0' : t)} />
            <input aria-label="单位" value={target.unit} onChange={(e) => editNarrative([...path, 'target', 'unit'], e.target.value, true)} />
          </>
        )}
      </td>
    </>
  );
}

interface IndicatorTableProps {
  readonly className: string;
  /** The columns from the 指标值 on. */
  readonly columns: readonly string[];
  readonly children: ReactNode;
}

export function IndicatorTable({ className, columns, children }: IndicatorTableProps) {
  return (
    <table className={`list-table ${className}`}>
      <thead>
        <tr>
          {['一级指标', '二级指标', '三级指标', ...columns].map((column) => (
            <th key={column}>{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

interface IndicatorButtonsProps {
  readonly path: NarrativePath;
  readonly indicators: readonly unknown[];
  /** The row a click on 添加指标 appends; the schema fills in its defaults. */
  readonly added: unknown;
  /** Further buttons of the form. */
  readonly children?: ReactNode;
}

export function IndicatorButtons({ path, indicators, added, children }: IndicatorButtonsProps) {
  return (
    <div className="inline-add">
      <button type="button" onClick={() => editNarrative(path, [...indicators, added])}>
        添加指标
      </button>
      <button type="button" disabled={indicators.length === 0} onClick={() => editNarrative(path, indicators.slice(0, -1))}>
        删除最后一个指标
      </button>
      {children}
    </div>
  );
}

interface ProjectFormFrameProps {
  /** What the summary line says before the issue count. */
  readonly summary: ReactNode;
  readonly open: boolean;
  readonly field: string;
  readonly issueCount: number;
  readonly children: ReactNode;
}

/** One project's form, folded under a line with its name and issue count. */
export function ProjectFormFrame({ summary, open, field, issueCount, children }: ProjectFormFrameProps) {
  return (
    <details className="project-form" open={open} data-field={field}>
      <summary>
        {summary}
        {issueCount > 0 ? <span className="badge badge-warning">{issueCount}</span> : null}
      </summary>
      {children}
    </details>
  );
}
