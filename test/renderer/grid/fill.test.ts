import { describe, expect, it } from 'vitest';
import { analyseProject } from '../../../shared/report/final-account';
import { editGrid, positionOf } from '../../../renderer/src/grid/edit-layout';
import { dragTarget, fillEntries } from '../../../renderer/src/grid/fill';
import { loadSample } from '../../helpers/samples';

describe('fill', () => {
  const unit = loadSample('final-2024-unit');
  const report = analyseProject(unit).report;
  const grid = editGrid(report.table('FA03'));
  const at = (row: string, column: string) => {
    const p = positionOf(grid, { table: 'FA03', row, column });
    if (p === undefined) throw new Error(`${row}.${column}`);
    return p;
  };

  it('copies the top row down over input cells only, skipping derived rows', () => {
    const top = at('2010301', 'c2');
    const bottom = at('2080501', 'c2');
    const entries = fillEntries(grid, report, unit, { top: top.row, bottom: top.row, left: top.column, right: top.column }, { top: top.row, bottom: bottom.row, left: top.column, right: top.column });
    // 2010302, 2010399, 2080501 are 项 rows; 208 and 20805 between them are derived and keep their values.
    expect(entries.map((e) => e.address.row)).toEqual(['2010302', '2010399', '2080501']);
    expect(new Set(entries.map((e) => e.raw))).toEqual(new Set(['2936.14']));
  });

  it('repeats a block of two over a longer range', () => {
    const first = at('2010301', 'c3');
    const entries = fillEntries(grid, report, unit, { top: first.row, bottom: first.row + 1, left: first.column, right: first.column }, { top: first.row, bottom: first.row + 3, left: first.column, right: first.column });
    // 2010301 项目支出 is blank, 2010302 is 4556.7: the pattern continues on 2010399 (blank) only,
    // the next position is the 类 row 208 (derived).
    expect(entries).toEqual([{ address: { table: 'FA03', row: '2010399', column: 'c3' }, raw: '' }]);
  });

  it('a dragged handle extends down or right, whichever is farther', () => {
    const source = { top: 2, bottom: 3, left: 4, right: 4 };
    expect(dragTarget(source, { row: 9, column: 5 })).toEqual({ top: 2, bottom: 9, left: 4, right: 4 });
    expect(dragTarget(source, { row: 4, column: 8 })).toEqual({ top: 2, bottom: 3, left: 4, right: 8 });
    expect(dragTarget(source, { row: 1, column: 1 })).toBe(source);
  });
});
