// Every error and warning of the analysis with its message, filtered by part and severity; a click
// jumps to the cell or field.
import { useMemo, useState } from 'react';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { importCatalogFile } from '../app/file-actions';
import { partOfIssue, type Part, type PartId } from '../report/parts';

type SeverityFilter = 'all' | 'error' | 'warning' | 'info';

const SEVERITY_WORDS: Readonly<Record<Issue['severity'], string>> = { error: '错误', warning: '警告', info: '说明' };

export function IssuesPanel({ parts }: { readonly parts: readonly Part[] }) {
  const issues = useWorkspace((s) => s.workspace?.analysis.issues ?? []);
  const [partFilter, setPartFilter] = useState<PartId | 'all'>('all');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const labels = useMemo(() => new Map(parts.map((p) => [p.id, p.label])), [parts]);
  const shown = useMemo(
    () =>
      issues.filter((issue) => {
        if (severity === 'all' ? issue.severity === 'info' : issue.severity !== severity) return false;
        return partFilter === 'all' || partOfIssue(issue) === partFilter;
      }),
    [issues, severity, partFilter],
  );
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const notes = issues.length - errors - warnings;
  const unknownCodes = issues.filter((i) => i.id === 'CATALOG.UNKNOWN').length;
  return (
    <section className="issues-panel" aria-label="问题列表">
      <header>
        <h2>
          问题 <span className="badge badge-error">{errors} 个错误</span> <span className="badge badge-warning">{warnings} 个警告</span>
        </h2>
        <div className="issue-filters">
          <select aria-label="按部分筛选" value={partFilter} onChange={(e) => setPartFilter(parts.find((p) => p.id === e.target.value)?.id ?? 'all')}>
            <option value="all">全部表格和章节</option>
            {parts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <select aria-label="按严重程度筛选" value={severity} onChange={(e) => setSeverity(e.target.value === 'error' || e.target.value === 'warning' || e.target.value === 'info' ? e.target.value : 'all')}>
            <option value="all">错误和警告</option>
            <option value="error">只看错误</option>
            <option value="warning">只看警告</option>
            <option value="info">尾数说明（{notes}）</option>
          </select>
        </div>
      </header>
      {unknownCodes > 0 ? (
        <p className="catalog-hint">
          {unknownCodes} 个科目编码不在科目表中。{' '}
          <button type="button" className="link" onClick={() => void importCatalogFile()}>
            导入科目表…
          </button>
        </p>
      ) : null}
      {shown.length === 0 ? <p className="empty">{issues.length === 0 ? '没有发现问题。' : '没有符合筛选条件的问题。'}</p> : null}
      <ol className="issue-list">
        {shown.map((issue, i) => (
          <li key={`${issue.id}-${i}`}>
            <button type="button" className={`issue issue-${issue.severity}`} onClick={() => workspaceStore.getState().jumpToIssue(issue)}>
              <span className={`severity severity-${issue.severity}`}>{SEVERITY_WORDS[issue.severity]}</span>
              <span className="issue-place">{labels.get(partOfIssue(issue)) ?? ''}</span>
              <span className="issue-message">{issue.message}</span>
              <span className="issue-rule">{issue.id}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
