import { describe, expect, it } from 'vitest';
import { tableGrids } from '../../../shared/export/table-grid';
import { analyseProject, finalAccountTemplate } from '../../../shared/report/final-account';
import { editGrid, positionOf, type EditCell } from '../../../renderer/src/grid/edit-layout';
import { move } from '../../../renderer/src/grid/grid-navigation';
import { loadSample } from '../../helpers/samples';

function amounts(cells: readonly EditCell[]): string[] {
  return cells.flatMap((c) => (c.kind === 'amount' ? [`${c.address.row}.${c.address.column}`] : []));
}

describe('edit layout of the published tables', () => {
  const department = loadSample('final-2024-department');
  const report = analyseProject(department).report;

  it('has as many columns as the published header for every table', () => {
    for (const grid of tableGrids(report, finalAccountTemplate(), { scopeWord: '部门', ownerLine: '' })) {
      const edit = editGrid(report.table(grid.id));
      expect(edit.header).toEqual(grid.header);
      for (const row of edit.rows) expect(row.cells).toHaveLength(grid.columnCount);
    }
  });

  it('lays out 01 on two sides, with the 行次 of each side', () => {
    const grid = editGrid(report.table('FA01'));
    const first = grid.rows[0]?.cells ?? [];
    expect(first.map((c) => (c.kind === 'label' || c.kind === 'rowNo' ? c.text : c.kind))).toEqual(['一、一般公共预算财政拨款收入', '1', 'amount', '一、一般公共服务支出', '32', 'amount']);
    expect(amounts(first)).toEqual(['1.c1', '32.c2']);
    expect(grid.frozenColumns).toBe(2);
  });

  it('lists every 科目 row of 03 with its level, 合计 first', () => {
    const grid = editGrid(report.table('FA03'));
    expect(grid.rows[0]?.level).toBe(0);
    expect(grid.rows.map((r) => r.key)).toEqual(report.table('FA03').rows.map((r) => r.key));
    expect(grid.rows.find((r) => r.key === '201')?.level).toBe(1);
  });

  it('finds a cell and steps over the merged 合计 label', () => {
    const grid = editGrid(report.table('FA03'));
    expect(positionOf(grid, { table: 'FA03', row: 'TOTAL', column: 'c2' })).toEqual({ row: 0, column: 3 });
    expect(move(grid, { row: 0, column: 0 }, 0, 1)).toEqual({ row: 0, column: 2 });
    expect(move(grid, { row: 1, column: 1 }, -1, 0)).toEqual({ row: 0, column: 0 });
  });

  it('places 06 in blocks of code, name and amount, the totals line last', () => {
    const table = report.table('FA06');
    const definition = table.definition;
    if (definition.kind !== 'fixed' || definition.layout.type !== 'blocks') throw new Error('06 is a blocks table');
    const grid = editGrid(table);
    const first = grid.rows[0]?.cells ?? [];
    expect(first.map((c) => c.kind)).toEqual(definition.layout.blocks.flatMap(() => ['code', 'label', 'amount']));
    expect(amounts(first)).toEqual(definition.layout.blocks.map((b) => `${b.rows[0]}.c1`));
    expect(amounts(grid.rows.at(-1)?.cells ?? [])).toEqual(definition.layout.totals.map((t) => `${t.row}.c1`));
  });
});
