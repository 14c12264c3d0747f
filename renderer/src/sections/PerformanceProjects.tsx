// 附件: the projects of the performance self-evaluation — funding, targets and the indicator table of
// each form. New projects and indicators start with the schema's defaults.
import type { IndicatorInput, PerformanceProjectInput } from '../../../shared/narrative/inputs/officer-sections';
import { FUNDING_ROWS } from '../../../shared/narrative/inputs/officer-sections';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace } from '../app/app-context';
import { commitAmount, DraftInput, editNarrative } from './FieldInputs';
import { IndicatorButtons, IndicatorCells, IndicatorTable, issuesAt, PathField, ProjectFormFrame, textFieldsAt } from './IndicatorForm';
import { issueFieldOf, type FieldSpec, type NarrativePath } from './section-fields';

const FUNDING_LABELS: Readonly<Record<(typeof FUNDING_ROWS)[number], string>> = {
  total: '年度资金总额',
  currentYear: '其中：当年财政拨款',
  carryOver: '上年结转资金',
  other: '其他资金',
};

function Field({ spec, issues }: { readonly spec: FieldSpec; readonly issues: readonly Issue[] }) {
  return <PathField spec={spec} issues={issues} fieldOf={issueFieldOf} />;
}

function IndicatorRow({ indicator, path, issues }: { readonly indicator: IndicatorInput; readonly path: NarrativePath; readonly issues: readonly Issue[] }) {
  const rowIssues = issuesAt(issues, issueFieldOf, path);
  return (
    <tr data-field={issueFieldOf(path)} className={rowIssues.length > 0 ? 'has-issue' : undefined}>
      <IndicatorCells indicator={indicator} path={path} targetLabel="年度指标值" />
      <td>
        <input aria-label="实际完成值" value={indicator.actual.text} onChange={(e) => editNarrative([...path, 'actual', 'text'], e.target.value, true)} />
      </td>
      <td>
        <DraftInput label="分值" value={indicator.weight} inputMode="decimal" onCommit={(t) => commitAmount([...path, 'weight'], t === '' ? '0' : t)} />
      </td>
      <td>
        <DraftInput label="得分" value={indicator.score ?? ''} inputMode="decimal" onCommit={(t) => commitAmount([...path, 'score'], t)} />
      </td>
      <td>
        <input aria-label="偏差原因" value={indicator.deviation} onChange={(e) => editNarrative([...path, 'deviation'], e.target.value, true)} />
      </td>
    </tr>
  );
}

const NEW_INDICATOR = { level1: '产出指标', level2: '数量指标', name: '', target: { op: 'text', text: '' }, weight: '0' };

function ProjectForm({ project, index, issues, count }: { readonly project: PerformanceProjectInput; readonly index: number; readonly issues: readonly Issue[]; readonly count: number }) {
  const base: NarrativePath = ['performance', 'projects', index];
  const text = textFieldsAt(base);
  const issueCount = issuesAt(issues, issueFieldOf, base).length;
  return (
    <ProjectFormFrame summary={`项目${index + 1}：${project.name === '' ? '（未命名）' : project.name}`} open={count <= 3 || issueCount > 0} field={issueFieldOf(base)} issueCount={issueCount}>
      <div className="field-row">
        <Field spec={text('项目名称', 'name')} issues={issues} />
        <Field spec={text('联系电话', 'phone')} issues={issues} />
        <Field spec={text('主管部门（不填为本单位）', 'department')} issues={issues} />
        <Field spec={text('实施单位（不填为本单位）', 'implementingUnit')} issues={issues} />
        <Field spec={text('资金使用单位', 'fundUser')} issues={issues} />
        <Field spec={text('汇总表分组', 'group')} issues={issues} />
      </div>
      <table className="list-table funding">
        <thead>
          <tr>
            <th>资金（万元）</th>
            <th>年初预算数</th>
            <th>全年预算数（A）</th>
            <th>全年执行数（B）</th>
          </tr>
        </thead>
        <tbody>
          {FUNDING_ROWS.map((row) => (
            <tr key={row} data-field={issueFieldOf([...base, 'funding', row])}>
              <th>{FUNDING_LABELS[row]}</th>
              {(['initial', 'budget', 'actual'] as const).map((column) => (
                <td key={column}>
                  <DraftInput label={`${FUNDING_LABELS[row]} ${column}`} value={project.funding[row][column] ?? ''} inputMode="decimal" onCommit={(t) => commitAmount([...base, 'funding', row, column], t)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Field spec={{ kind: 'text', label: '年初预期目标', path: [...base, 'targets', 'expected'], multiline: true }} issues={issues} />
      <Field spec={{ kind: 'text', label: '目标实际完成情况', path: [...base, 'targets', 'actual'], multiline: true }} issues={issues} />
      <Field spec={text('项目绩效目标完成情况（不填则同上）', 'achievement', true)} issues={issues} />
      <IndicatorTable className="indicators" columns={['年度指标值', '实际完成值', '分值', '得分', '偏差原因']}>
        {project.indicators.map((indicator, k) => (
          <IndicatorRow key={k} indicator={indicator} path={[...base, 'indicators', k]} issues={issues} />
        ))}
      </IndicatorTable>
      <IndicatorButtons path={[...base, 'indicators']} indicators={project.indicators} added={NEW_INDICATOR} />
      <Field spec={text('80分以下未实现目标的原因及措施', 'explanation', true)} issues={issues} />
    </ProjectFormFrame>
  );
}

export function PerformanceProjects({ issues }: { readonly issues: readonly Issue[] }) {
  const projects = useWorkspace((s) => s.workspace?.history.present.narrative.performance.projects ?? []);
  return (
    <div className="field-group">
      <h3>绩效自评项目（{projects.length} 个）</h3>
      {projects.map((project, i) => (
        <ProjectForm key={i} project={project} index={i} issues={issues} count={projects.length} />
      ))}
      <div className="inline-add">
        <button type="button" onClick={() => editNarrative(['performance', 'projects'], [...projects, { name: '' }])}>
          添加项目
        </button>
        <button type="button" disabled={projects.length === 0} onClick={() => editNarrative(['performance', 'projects'], projects.slice(0, -1))}>
          删除最后一个项目
        </button>
      </div>
    </div>
  );
}
