import { describe, expect, it } from 'vitest';
import { analyseProject } from '../../../shared/report/final-account';
import { editGrid, positionOf } from '../../../renderer/src/grid/edit-layout';
import { fitBlock, pasteBlock } from '../../../renderer/src/grid/paste-plan';
import { parseClipboardTable } from '../../../renderer/src/state/clipboard-text';
import { newProject } from '../../../renderer/src/state/project-edits';
import { loadSample } from '../../helpers/samples';

const SUBJECT = new Set(['FA02', 'FA03', 'FA05', 'FA07', 'FA08'] as const);

function blank() {
  const made = newProject({ kind: 'finalAccount', year: 2024, unitName: '测试局', scope: 'unit', entryUnit: 'wanYuan' });
  if (!made.ok) throw new Error(made.message);
  return made.project;
}

describe('pasting a block copied from Excel', () => {
  it('on the code column: adds the 项 rows it names, leaves 类 lines and the 合计 column to derivation', () => {
    const project = blank();
    const report = analyseProject(project).report;
    const grid = editGrid(report.table('FA03'));
    // Seed 000's 03 table as copied from the printout (03 table lines of 000).
    const block = parseClipboardTable(
      ['201\t一般公共服务支出\t7,509.88\t2,936.14\t4,573.74', '2010301\t行政运行\t2,936.14\t2,936.14\t', '2010302\t一般行政管理事务\t4,556.70\t\t4,556.70', ''].join('\r\n'),
    );
    const result = pasteBlock(project, grid, report, { row: grid.rows.length, column: 0 }, block, SUBJECT);
    expect(result.added).toEqual(['2010301', '2010302']);
    expect(result.rejected).toEqual([]);
    // The 类 line's three figures and the two rows' 合计 figures are not typed in.
    expect(result.skipped).toBe(3 + 2);
    expect(result.project.tables.FA03?.rows).toEqual([
      { row: '2010301', values: { c2: '2936.14' }, reported: {} },
      { row: '2010302', values: { c3: '4556.7' }, reported: {} },
    ]);
    const after = analyseProject(result.project).report;
    expect(after.value({ table: 'FA03', row: '201', column: 'c1' }).toFixed(2)).toBe('7492.84');
    expect(after.value({ table: 'FA01', row: '32', column: 'c2' }).toFixed(2)).toBe('7492.84');
  });

  it('on amounts: fills the input cells it covers and counts the read-only ones it skips', () => {
    const unit = loadSample('final-2024-unit');
    const report = analyseProject(unit).report;
    const grid = editGrid(report.table('FA03'));
    const anchor = positionOf(grid, { table: 'FA03', row: '2010301', column: 'c1' });
    if (anchor === undefined) throw new Error('no 2010301');
    // 合计 (derived), 基本, 项目 of 2010301, then the same three of 2010302.
    const result = pasteBlock(unit, grid, report, anchor, parseClipboardTable('9\t3,000.00\t1\r\n9\t\t4,000\r\n'), SUBJECT);
    expect(result.skipped).toBe(2);
    // 2010302 基本支出 was blank and stays blank: not a change.
    expect(result.applied).toBe(3);
    const rows = result.project.tables.FA03?.rows ?? [];
    expect(rows.find((r) => r.row === '2010301')?.values).toEqual({ c2: '3000', c3: '1' });
    expect(rows.find((r) => r.row === '2010302')?.values).toEqual({ c3: '4000' });
  });

  it('a single value pasted on a range fills the range', () => {
    expect(fitBlock([['5']], 2, 3)).toEqual([
      ['5', '5', '5'],
      ['5', '5', '5'],
    ]);
    expect(fitBlock([['1', '2']], 2, 3)).toEqual([['1', '2']]);
  });
});
