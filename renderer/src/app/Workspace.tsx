// The open project: toolbar, the navigator of the report's parts, the part being edited, the issues.
import { useMemo, useState } from 'react';
import type { TableId } from '../../../shared/tables/cell-address';
import { ExportDialog } from '../export/ExportDialog';
import { TableGrid } from '../grid/TableGrid';
import { unitWord } from '../grid/cell-view';
import { IssuesPanel } from '../issues/IssuesPanel';
import { partsOf, tableHeading } from '../report/parts';
import { kindWord, templateOf } from '../report/report-template';
import { usePublication } from '../report/use-publication';
import { PartEditor } from '../sections/PartEditor';
import { isDirty } from '../state/workspace-store';
import { useWorkspace, workspaceStore } from './app-context';
import { saveCurrentProject } from './file-actions';
import { Navigator } from './Navigator';

export function Workspace({ exporting, setExporting }: { readonly exporting: boolean; readonly setExporting: (open: boolean) => void }) {
  const workspace = useWorkspace((s) => s.workspace);
  const part = useWorkspace((s) => s.part);
  const publication = usePublication();
  const project = workspace?.history.present;
  const template = useMemo(() => (project === undefined ? undefined : templateOf(project)), [project]);
  const parts = useMemo(
    () => (template === undefined || workspace === null ? [] : partsOf(workspace.history.present.kind, template, publication, workspace.analysis.issues)),
    [template, publication, workspace],
  );
  const [showIssues, setShowIssues] = useState(true);
  if (workspace === null || project === undefined || template === undefined) return null;
  const table = part.startsWith('table:') ? template.tables.find((t) => `table:${t.id}` === part) : undefined;
  const errors = workspace.analysis.issues.filter((i) => i.severity === 'error').length;
  const warnings = workspace.analysis.issues.filter((i) => i.severity === 'warning').length;
  const store = workspaceStore.getState();
  return (
    <div className={showIssues ? 'workspace with-issues' : 'workspace'}>
      <header className="toolbar">
        <div className="doc-title">
          <strong>
            {project.year}年度 {project.unitName}
          </strong>
          <span className="hint">
            {project.scope === 'department' ? '部门（汇总）' : '单位（本级）'} · {kindWord(project)}公开 · 录入单位：{unitWord(project.entryUnit)} · {workspace.document.name}
            {isDirty(workspace) ? '（未保存）' : ''}
          </span>
        </div>
        <div className="toolbar-buttons">
          <button type="button" title="撤销（Ctrl+Z）" disabled={workspace.history.past.length === 0} onClick={() => store.undo()}>
            撤销
          </button>
          <button type="button" title="重做（Ctrl+Y）" disabled={workspace.history.future.length === 0} onClick={() => store.redo()}>
            重做
          </button>
          <button type="button" title="保存（Ctrl+S）" onClick={() => void saveCurrentProject()}>
            保存
          </button>
          <button type="button" onClick={() => void saveCurrentProject(true)}>
            另存为
          </button>
          <button type="button" className="primary" title="导出（Ctrl+E）" onClick={() => setExporting(true)}>
            导出公开材料
          </button>
          <button type="button" className={errors > 0 ? 'issue-toggle has-errors' : 'issue-toggle'} aria-pressed={showIssues} onClick={() => setShowIssues(!showIssues)}>
            错误 {errors} · 警告 {warnings}
          </button>
          <button type="button" onClick={() => (!isDirty(workspace) || window.confirm('当前项目有未保存的修改，关闭后将丢失。确定关闭吗？') ? store.close() : undefined)}>
            关闭项目
          </button>
        </div>
      </header>
      <Navigator parts={parts} publication={publication} />
      <main className="part-view">
        {table !== undefined ? (
          <>
            <div className="table-caption">
              <h2>{tableHeading(table.id, table.title)}</h2>
              <span className="hint">金额单位：{unitWord(project.entryUnit)} · 灰底为计算值，紫底为取自其他表的数，鼠标停留可查看来源</span>
            </div>
            <TableGrid key={table.id} table={table.id satisfies TableId} />
          </>
        ) : publication === undefined ? null : (
          <PartEditor part={part} publication={publication} />
        )}
      </main>
      {showIssues ? <IssuesPanel parts={parts} /> : null}
      {exporting ? <ExportDialog onClose={() => setExporting(false)} /> : null}
    </div>
  );
}
