// 预算 绩效目标表: one 政策和项目预算绩效目标表 per project of 项目支出预算情况表 — 主管部门, 实施单位,
// 总体目标 and the indicator rows (一级/二级/三级指标, 指标值). A project without a form can get one
// with a click; a form whose project is no longer in the table is shown so it can be renamed or removed.
import type { BudgetIndicatorInput, BudgetTargetFormInput } from '../../../shared/narrative/inputs/budget-sections';
import { TOTAL_ROW } from '../../../shared/tables/cell-address';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace } from '../app/app-context';
import { issueFieldFor, TARGET_FORMS_PATH } from './budget-section-fields';
import { commitAmount, DraftInput, editNarrative, FieldInput, FieldIssues } from './FieldInputs';
import { fieldContains, type FieldSpec, type NarrativePath } from './section-fields';

/** The table the forms belong to (one form per project row). */
const PROJECT_TABLE = 'BG11';
const TARGET_OPS = ['text', '≥', '≤', '='] as const;
type TargetOp = (typeof TARGET_OPS)[number];

const fieldOf = (path: NarrativePath): string => issueFieldFor('budget', path);

function issuesAt(issues: readonly Issue[], path: NarrativePath): Issue[] {
  const field = fieldOf(path);
  return issues.filter((i) => i.location.kind === 'section' && fieldContains(field, i.location.field));
}

function Field({ spec, issues }: { readonly spec: FieldSpec; readonly issues: readonly Issue[] }) {
  return <FieldInput spec={spec} field={fieldOf(spec.path)} issues={issuesAt(issues, spec.path)} />;
}

function targetOf(indicator: BudgetIndicatorInput, op: TargetOp): BudgetIndicatorInput['target'] {
  if (op === 'text') return { op: 'text', text: indicator.target.op === 'text' ? indicator.target.text : '' };
  const previous = indicator.target.op === 'text' ? { value: '0', unit: '', prefix: '', suffix: '' } : indicator.target;
  return { ...previous, op };
}

function IndicatorRow({ indicator, path }: { readonly indicator: BudgetIndicatorInput; readonly path: NarrativePath }) {
  const target = indicator.target;
  return (
    <tr>
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
          <input aria-label="指标值" value={target.text} onChange={(e) => editNarrative([...path, 'target', 'text'], e.target.value, true)} />
        ) : (
          <>
            <DraftInput label="指标数值" value={target.value} inputMode="decimal" onCommit={(t) => commitAmount([...path, 'target', 'value'], t === '' ? '0' : t)} />
            <input aria-label="单位" value={target.unit} onChange={(e) => editNarrative([...path, 'target', 'unit'], e.target.value, true)} />
          </>
        )}
      </td>
    </tr>
  );
}

const NEW_INDICATOR: BudgetIndicatorInput = { level1: '产出指标', level2: '数量指标', name: '', target: { op: 'text', text: '' } };

function TargetForm({ form, index, issues, inTable }: { readonly form: BudgetTargetFormInput; readonly index: number; readonly issues: readonly Issue[]; readonly inTable: boolean }) {
  const base: NarrativePath = [...TARGET_FORMS_PATH, index];
  const forms = useWorkspace((s) => s.workspace?.history.present.narrative.budget.targetForms ?? []);
  const text = (label: string, key: string, multiline = false): FieldSpec => ({ kind: 'text', label, path: [...base, key], multiline });
  const formIssues = issuesAt(issues, base);
  const indicatorsPath: NarrativePath = [...base, 'indicators'];
  return (
    <details className="project-form" open data-field={fieldOf(base)}>
      <summary>
        {form.project === '' ? '（未填项目名称）' : form.project}
        {inTable ? null : <span className="warning-text">（不在项目支出预算情况表中）</span>}
        {formIssues.length > 0 ? <span className="badge badge-warning">{formIssues.length}</span> : null}
      </summary>
      <div className="field-row">
        <Field spec={text('项目名称（与项目支出预算情况表一致）', 'project')} issues={issues} />
        <Field spec={text('实施单位（不填为本单位）', 'implementingUnit')} issues={issues} />
        <Field spec={text('主管部门编码', 'departmentCode')} issues={issues} />
        <Field spec={text('主管部门（不填为本单位）', 'department')} issues={issues} />
      </div>
      <Field spec={text('总体目标', 'objective', true)} issues={issues} />
      <div className="field" data-field={fieldOf(indicatorsPath)}>
        <span>绩效指标（同一二级指标的行相邻，表中合并）</span>
        <table className="list-table budget-indicators">
          <thead>
            <tr>
              <th>一级指标</th>
              <th>二级指标</th>
              <th>三级指标</th>
              <th>指标值</th>
            </tr>
          </thead>
          <tbody>
            {form.indicators.map((indicator, k) => (
              <IndicatorRow key={k} indicator={indicator} path={[...indicatorsPath, k]} />
            ))}
          </tbody>
        </table>
        <FieldIssues issues={issuesAt(issues, indicatorsPath).filter((i) => i.location.kind === 'section' && i.location.field === fieldOf(indicatorsPath))} />
      </div>
      <div className="inline-add">
        <button type="button" onClick={() => editNarrative(indicatorsPath, [...form.indicators, NEW_INDICATOR])}>
          添加指标
        </button>
        <button type="button" disabled={form.indicators.length === 0} onClick={() => editNarrative(indicatorsPath, form.indicators.slice(0, -1))}>
          删除最后一个指标
        </button>
        <button type="button" onClick={() => editNarrative(TARGET_FORMS_PATH, forms.filter((_, i) => i !== index))}>
          删除此绩效目标表
        </button>
      </div>
    </details>
  );
}

export function BudgetTargetForms({ issues }: { readonly issues: readonly Issue[] }) {
  const forms = useWorkspace((s) => s.workspace?.history.present.narrative.budget.targetForms ?? []);
  const rows = useWorkspace((s) => s.workspace?.analysis.report.table(PROJECT_TABLE).rows ?? []);
  const projects = rows.filter((r) => r.key !== TOTAL_ROW && r.label.trim() !== '').map((r) => r.label.trim());
  const without = projects.filter((name) => !forms.some((f) => f.project.trim() === name));
  const rootField = fieldOf(TARGET_FORMS_PATH);
  const rootIssues = issues.filter((i) => i.location.kind === 'section' && i.location.field === rootField);
  return (
    <div className="field-group" data-field={rootField}>
      <h3>
        政策和项目预算绩效目标表（项目 {projects.length} 个，已填 {forms.length} 张）
      </h3>
      <FieldIssues issues={rootIssues} />
      {without.length > 0 ? (
        <div className="inline-add">
          {without.map((name) => (
            <button key={name} type="button" onClick={() => editNarrative(TARGET_FORMS_PATH, [...forms, { project: name }])}>
              为“{name}”添加绩效目标表
            </button>
          ))}
        </div>
      ) : null}
      {forms.map((form, i) => (
        <TargetForm key={i} form={form} index={i} issues={issues} inTable={projects.includes(form.project.trim())} />
      ))}
      {projects.length === 0 ? <p className="hint">项目支出预算情况表中还没有项目；先在该表中录入项目，再填写绩效目标表。</p> : null}
    </div>
  );
}
