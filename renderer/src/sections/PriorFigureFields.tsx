// Last year's figures and the reasons for the change: the figure from last year's package, the
// reason where the text explains the change (template prior-figures: explain). Where this year's
// table prints last year's figure itself (预算 “三公” table) both years are shown and only the reason
// is asked for.
import { printedSum } from '../../../shared/derive/printed-sum';
import { formatTextAmount } from '../../../shared/money/money';
import type { PriorFigure } from '../../../shared/report/template';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { kindWord } from '../report/report-template';
import { setPriorFigure } from '../state/project-edits';
import { DraftInput, editNarrative, FieldFrame } from './FieldInputs';

function commitPrior(id: string, text: string): void {
  const store = workspaceStore.getState();
  let message: string | undefined;
  store.edit((project) => {
    const outcome = setPriorFigure(project, id, text);
    if (!outcome.ok) message = outcome.message;
    return outcome.ok ? outcome.project : project;
  });
  if (message !== undefined) store.notify('error', message);
}

function fieldIssues(issues: readonly Issue[], field: string): Issue[] {
  return issues.filter((i) => i.location.kind === 'section' && i.location.field === field);
}


export function PriorFigureFields({ figures, issues }: { readonly figures: readonly PriorFigure[]; readonly issues: readonly Issue[] }) {
  const project = useWorkspace((s) => s.workspace?.history.present);
  const report = useWorkspace((s) => s.workspace?.analysis.report);
  if (project === undefined || report === undefined || figures.length === 0) return null;
  const unit = project.entryUnit === 'yuan' ? '元' : '万元';
  const word = kindWord(project);
  return (
    <div className="field-group" data-field="priorYear">
      <h3>
        上年{word}数与增减原因（{project.year - 1} 年度，{unit}）
      </h3>
      {figures.map((figure) => (
        <div key={figure.id} className={figure.explain ? 'field-row' : 'field-row single'}>
          {figure.prior === undefined ? (
            <FieldFrame label={figure.label} field={`priorYear.${figure.id}`} issues={fieldIssues(issues, `priorYear.${figure.id}`)}>
              <DraftInput label={`上年${figure.label}`} value={project.priorYear.figures[figure.id] ?? ''} inputMode="decimal" onCommit={(t) => commitPrior(figure.id, t)} />
            </FieldFrame>
          ) : (
            <div className="field figure-pair" data-figure={figure.id}>
              <span>{figure.label}</span>
              <output>
                本年 {formatTextAmount(printedSum(report, figure.current))} 万元 · 上年 {formatTextAmount(printedSum(report, figure.prior))} 万元
              </output>
              <small className="hint">两年数字均取自本年表格</small>
            </div>
          )}
          {figure.explain ? (
            <FieldFrame label="增减原因（主要是……）" field={`reasons.${figure.id}`} issues={fieldIssues(issues, `reasons.${figure.id}`)}>
              <input
                aria-label={`${figure.label}增减原因`}
                value={project.narrative.reasons[figure.id] ?? ''}
                onChange={(e) => editNarrative(['reasons', figure.id], e.target.value === '' ? undefined : e.target.value, true)}
              />
            </FieldFrame>
          ) : null}
        </div>
      ))}
    </div>
  );
}
