// 预算 绩效目标表: one 政策和项目预算绩效目标表 per project of 项目支出预算情况表 — 主管部门, 实施单位,
// 总体目标 and the indicator rows (一级/二级/三级指标, 指标值). A project without a form can get one
// with a click; a form whose project is no longer in the table is shown so it can be renamed or removed.
import type { BudgetIndicatorInput, BudgetTargetFormInput } from '../../../shared/narrative/inputs/budget-sections';
import { TOTAL_ROW } from '../../../shared/tables/cell-address';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace } from '../app/app-context';
import { issueFieldFor, TARGET_FORMS_PATH } from './budget-section-fields';
import { editNarrative, FieldIssues } from './FieldInputs';
import { IndicatorButtons, IndicatorCells, IndicatorTable, issuesAt, PathField, ProjectFormFrame, textFieldsAt } from './IndicatorForm';
import type { FieldSpec, NarrativePath } from './section-fields';

/** The table the forms belong to (one form per project row). */
const PROJECT_TABLE = 'BG11';

const fieldOf = (path: NarrativePath): string => issueFieldFor('budget', path);

function Field({ spec, issues }: { readonly spec: FieldSpec; readonly issues: readonly Issue[] }) {
  return <PathField spec={spec} issues={issues} fieldOf={fieldOf} />;
}

const NEW_INDICATOR: BudgetIndicatorInput = { level1: '产出指标', level2: '数量指标', name: '', target: { op: 'text', text: '' } };

function TargetForm({ form, index, issues, inTable }: { readonly form: BudgetTargetFormInput; readonly index: number; readonly issues: readonly Issue[]; readonly inTable: boolean }) {
  const base: NarrativePath = [...TARGET_FORMS_PATH, index];
  const forms = useWorkspace((s) => s.workspace?.history.present.narrative.budget.targetForms ?? []);
  const text = textFieldsAt(base);
  const indicatorsPath: NarrativePath = [...base, 'indicators'];
  const summary = (
    <>
      {form.project === '' ? '（未填项目名称）' : form.project}
      {inTable ? null : <span className="warning-text">（不在项目支出预算情况表中）</span>}
    </>
  );
  return (
    <ProjectFormFrame summary={summary} open field={fieldOf(base)} issueCount={issuesAt(issues, fieldOf, base).length}>
      <div className="field-row">
        <Field spec={text('项目名称（与项目支出预算情况表一致）', 'project')} issues={issues} />
        <Field spec={text('实施单位（不填为本单位）', 'implementingUnit')} issues={issues} />
        <Field spec={text('主管部门编码', 'departmentCode')} issues={issues} />
        <Field spec={text('主管部门（不填为本单位）', 'department')} issues={issues} />
      </div>
      <Field spec={text('总体目标', 'objective', true)} issues={issues} />
      <div className="field" data-field={fieldOf(indicatorsPath)}>
        <span>绩效指标（同一二级指标的行相邻，表中合并）</span>
        <IndicatorTable className="budget-indicators" columns={['指标值']}>
          {form.indicators.map((indicator, k) => (
            <tr key={k}>
              <IndicatorCells indicator={indicator} path={[...indicatorsPath, k]} targetLabel="指标值" />
            </tr>
          ))}
        </IndicatorTable>
        <FieldIssues issues={issuesAt(issues, fieldOf, indicatorsPath).filter((i) => i.location.kind === 'section' && i.location.field === fieldOf(indicatorsPath))} />
      </div>
      <IndicatorButtons path={indicatorsPath} indicators={form.indicators} added={NEW_INDICATOR}>
        <button type="button" onClick={() => editNarrative(TARGET_FORMS_PATH, forms.filter((_, i) => i !== index))}>
          删除此绩效目标表
        </button>
      </IndicatorButtons>
    </ProjectFormFrame>
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
