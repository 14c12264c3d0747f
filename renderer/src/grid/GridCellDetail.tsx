// The line under the grid about the selected cell: which cell it is, where its value comes from, its
// issues, and the one action a derived cell offers (drop the printed figure).
import { cellKey } from '../../../shared/tables/cell-address';
import { describeCell } from '../../../shared/validate/issue';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { clearReported } from '../state/project-edits';
import { provenance, rowKey } from './cell-view';
import type { EditGrid } from './edit-layout';
import type { Position } from './grid-navigation';

export function GridCellDetail({ grid, position }: { readonly grid: EditGrid; readonly position: Position }) {
  const workspace = useWorkspace((s) => s.workspace);
  if (workspace === null) return null;
  const { report, issues } = workspace.analysis;
  const project = workspace.history.present;
  const cell = grid.rows[position.row]?.cells[position.column];
  if (cell === undefined || cell.kind === 'blank' || cell.kind === 'covered') return <div className="cell-detail" />;
  if (cell.kind !== 'amount') {
    const rowIssues = issues.filter((i) => i.location.kind === 'cell' && i.location.table === grid.table && i.location.row === cell.row && i.location.column === undefined);
    return (
      <div className="cell-detail">
        <span className="cell-detail-name">{cell.text}</span>
        {rowIssues.map((i, k) => (
          <span key={k} className={`detail-issue issue-text-${i.severity}`}>
            {i.message}
          </span>
        ))}
        {grid.subject && cell.kind === 'code' ? <span className="hint">点编码旁的“×”可删除本科目及其下级科目</span> : null}
      </div>
    );
  }
  const derived = report.cell(cell.address);
  const key = cellKey(cell.address);
  const cellIssues = issues.filter((i) => i.location.kind === 'cell' && i.severity !== 'info' && cellKey({ table: i.location.table, row: i.location.row, column: i.location.column ?? '' }) === key);
  const rowIssues = issues.filter((i) => i.location.kind === 'cell' && i.location.column === undefined && rowKey(i.location.table, i.location.row) === rowKey(grid.table, cell.address.row));
  return (
    <div className="cell-detail">
      <span className="cell-detail-name">{describeCell(report, cell.address)}</span>
      <span className="cell-detail-source">{derived === undefined ? '（该格不填数）' : provenance(report, project, cell.address)}</span>
      {derived?.reported !== undefined ? (
        <button type="button" onClick={() => workspaceStore.getState().edit((p) => clearReported(p, cell.address))}>
          改用计算值（清除报表数）
        </button>
      ) : null}
      {[...cellIssues, ...rowIssues].map((i, k) => (
        <span key={k} className={`detail-issue issue-text-${i.severity}`}>
          {i.message}
        </span>
      ))}
    </div>
  );
}
