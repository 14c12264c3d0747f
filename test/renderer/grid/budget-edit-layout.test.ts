import { describe, expect, it } from 'vitest';
import { tableGrids } from '../../../shared/export/table-grid';
import { analyseProject, projectCatalog } from '../../../shared/report/final-account';
import { templateFor } from '../../../shared/report/report-kind';
import { editGrid, positionOf, type EditCell } from '../../../renderer/src/grid/edit-layout';
import { pasteBlock } from '../../../renderer/src/grid/paste-plan';
import { addListRow, nextListKey, removeListRow, setListText } from '../../../renderer/src/state/list-edits';
import { setCells } from '../../../renderer/src/state/project-edits';
import { loadSample } from '../../helpers/samples';

const texts = (cells: readonly EditCell[]): string[] => cells.map((c) => (c.kind === 'amount' ? 'amount' : 'text' in c ? `${c.kind}:${c.text}` : c.kind));

describe('edit layout of the budget tables', () => {
  const budget = loadSample('budget-2025-unit');
  const template = templateFor('budget');
  const report = analyseProject(budget, template, projectCatalog(budget)).report;

  it('has as many columns as the published header for every table', () => {
    for (const grid of tableGrids(report, template, { scopeWord: '单位', ownerLine: '', year: 2025 })) {
      const edit = editGrid(report.table(grid.id), 2025);
      expect(edit.header).toEqual(grid.header);
      // The year groups of the “三公” table are named by their years.
      for (const line of edit.header) for (const cell of line) expect(cell.text).not.toMatch(/[{}]/);
      for (const row of edit.rows) expect(row.cells, `${grid.id} ${row.key}`).toHaveLength(grid.columnCount);
    }
  });

  it('names the year groups of the “三公” table by their years', () => {
    const header = editGrid(report.table('BG07'), 2025).header.flat().map((c) => c.text);
    expect(header).toContain('2024年预算数');
    expect(header).toContain('2025年预算数');
  });

  it('prints the 部门 code and name, then the paired 政府 code and name (基本支出 tables)', () => {
    const grid = editGrid(report.table('BG10'));
    const row = grid.rows.find((r) => r.key === '30101');
    expect(texts(row?.cells ?? []).slice(0, 6)).toEqual(['code:30101', 'covered', 'label:基本工资', 'paired:50101', 'covered', 'paired:工资奖金津补贴']);
    expect(grid.frozenColumns).toBe(3);
    expect(positionOf(grid, { table: 'BG10', row: '30101', column: 'pairedCode' })).toEqual({ row: grid.rows.findIndex((r) => r.key === '30101'), column: 3 });
  });

  it('lets the name and 项目类别 of each project be typed and the rows be removed (项目支出)', () => {
    const grid = editGrid(report.table('BG11'));
    expect(grid.list).toBe(true);
    expect(grid.rows[0]?.key).toBe('TOTAL');
    const first = grid.rows[1];
    expect(texts(first?.cells ?? []).slice(0, 3)).toEqual(['text:办公室政务运行保障经费', 'text:其他运转类', 'amount']);
    expect(first?.removable).toBe('1');
    expect(positionOf(grid, { table: 'BG11', row: '2', column: 't1' })).toEqual({ row: 2, column: 1 });
  });

  it('adds, renames and removes projects, and pastes names and figures over list rows', () => {
    expect(nextListKey(budget.tables.BG11?.rows ?? [])).toBe('5');
    const added = addListRow(budget, 'BG11', '  新项目 ');
    expect(added.ok && added.row).toBe('5');
    if (!added.ok) return;
    expect(addListRow(added.project, 'BG11', '新项目')).toEqual({ ok: false, message: '项目“新项目”已在表中。' });
    const typed = setListText(added.project, 'BG11', '5', 't1', '特定目标类');
    expect(typed.tables.BG11?.rows.at(-1)).toMatchObject({ row: '5', name: '新项目', texts: { t1: '特定目标类' } });
    // Clearing the only figure keeps the project row (it was added on purpose).
    const withFigure = setCells(typed, [{ address: { table: 'BG11', row: '5', column: 'c3' }, raw: '12' }], new Set(['BG11'])).project;
    const cleared = setCells(withFigure, [{ address: { table: 'BG11', row: '5', column: 'c3' }, raw: '' }], new Set(['BG11'])).project;
    expect(cleared.tables.BG11?.rows.some((r) => r.row === '5')).toBe(true);
    expect(removeListRow(cleared, 'BG11', '5').tables.BG11?.rows).toHaveLength(4);

    const grid = editGrid(report.table('BG11'));
    const pasted = pasteBlock(budget, grid, report, { row: 1, column: 0 }, [['保障经费（改）', '人员类', '', '', '980']], new Set(['BG11']));
    expect(pasted.project.tables.BG11?.rows[0]).toMatchObject({ name: '保障经费（改）', texts: { t1: '人员类' }, values: { c3: '980' } });
    expect(pasted.skipped).toBe(0);
  });
});
