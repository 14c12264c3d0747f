import { describe, expect, it } from 'vitest';
import { analyseProject } from '../../../shared/report/final-account';
import { addSubjectRow, clearReported, newProject, removeSubjectRow, setCells, setNarrativeField, setOwnText, setPriorFigure } from '../../../renderer/src/state/project-edits';
import { loadSample } from '../../helpers/samples';

const SUBJECT = new Set(['FA02', 'FA03', 'FA05', 'FA07', 'FA08'] as const);

function blank() {
  const made = newProject({ kind: 'finalAccount', year: 2024, unitName: ' 测试局 ', scope: 'unit', entryUnit: 'wanYuan' });
  if (!made.ok) throw new Error(made.message);
  return made.project;
}

describe('project edits', () => {
  it('creates a blank project that validates, with the name trimmed', () => {
    const project = blank();
    expect(project.unitName).toBe('测试局');
    expect(project.tables).toEqual({});
    expect(analyseProject(project).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refuses a project without a unit name, in Chinese', () => {
    const made = newProject({ kind: 'finalAccount', year: 2024, unitName: '  ', scope: 'unit', entryUnit: 'yuan' });
    expect(made).toEqual({ ok: false, message: '单位名称不能为空' });
  });

  it('adds a 项 row whose 类 and 款 are derived, and stores pasted amounts exactly', () => {
    const added = addSubjectRow(blank(), 'FA03', '2010301');
    if (!added.ok) throw new Error(added.message);
    const { project, applied, rejected } = setCells(
      added.project,
      [
        { address: { table: 'FA03', row: '2010301', column: 'c2' }, raw: '2,936.14' },
        { address: { table: 'FA03', row: '2010301', column: 'c3' }, raw: '１２' },
        { address: { table: 'FA03', row: '2010301', column: 'c4' }, raw: '十二' },
      ],
      SUBJECT,
    );
    expect(applied).toBe(2);
    expect(rejected).toEqual(['“十二”不是金额']);
    expect(project.tables.FA03?.rows).toEqual([{ row: '2010301', values: { c2: '2936.14', c3: '12' }, reported: {} }]);
    const table = analyseProject(project).report.table('FA03');
    expect(table.row('201')?.cells.get('c1')?.value.toFixed(2)).toBe('2948.14');
    expect(table.row('20103')?.cells.get('c2')?.kind).toBe('derived');
  });

  it('refuses a malformed or repeated code', () => {
    expect(addSubjectRow(blank(), 'FA03', '20103011')).toEqual({ ok: false, message: '科目编码“20103011”应为3位（类）、5位（款）或7位（项）数字。' });
    const once = addSubjectRow(blank(), 'FA03', '2010301');
    if (!once.ok) throw new Error(once.message);
    expect(addSubjectRow(once.project, 'FA03', '2010301').ok).toBe(false);
  });

  it('clears a cell with blank text and drops a fixed-table row left empty', () => {
    const typed = setCells(blank(), [{ address: { table: 'FA01', row: '29', column: 'c1' }, raw: '12.5' }], SUBJECT).project;
    expect(typed.tables.FA01?.rows).toEqual([{ row: '29', values: { c1: '12.5' }, reported: {} }]);
    const cleared = setCells(typed, [{ address: { table: 'FA01', row: '29', column: 'c1' }, raw: ' ' }], SUBJECT);
    expect(cleared.applied).toBe(1);
    expect(cleared.project.tables.FA01?.rows).toEqual([]);
  });

  it('writing the figure a cell already holds changes nothing', () => {
    const unit = loadSample('final-2024-unit');
    const result = setCells(unit, [{ address: { table: 'FA03', row: '2010301', column: 'c2' }, raw: '2,936.14' }], SUBJECT);
    expect(result.applied).toBe(0);
    expect(result.project).toBe(unit);
  });

  it('removes a 类 with every row beneath it', () => {
    const unit = loadSample('final-2024-unit');
    const removed = removeSubjectRow(unit, 'FA03', '208');
    expect(removed.tables.FA03?.rows.some((r) => r.row.startsWith('208'))).toBe(false);
    expect(removed.tables.FA03?.rows.length).toBeLessThan(unit.tables.FA03?.rows.length ?? 0);
    expect(analyseProject(removed).report.table('FA03').row('208')).toBeUndefined();
  });

  it('clearing a printed figure publishes the computed value', () => {
    const unit = loadSample('final-2024-unit');
    const address = { table: 'FA03' as const, row: 'TOTAL', column: 'c2' };
    const before = analyseProject(unit).report.cell(address);
    expect(before?.reported?.toFixed(2)).toBe('3826.85');
    const after = analyseProject(clearReported(unit, address)).report.cell(address);
    expect(after?.reported).toBeUndefined();
    expect(after?.value.toFixed(2)).toBe('3826.84');
  });

  it('sets narrative fields through the schema, refuses what it forbids and shares the tables', () => {
    const unit = loadSample('final-2024-unit');
    const ok = setNarrativeField(unit, ['procurement', 'goods'], '12.5');
    expect(ok.ok && ok.project.narrative.procurement.goods).toBe('12.5');
    expect(ok.ok && ok.project.tables).toBe(unit.tables);
    const cleared = setNarrativeField(unit, ['procurement', 'goods'], undefined);
    expect(cleared.ok && cleared.project.narrative.procurement.goods).toBeUndefined();
    expect(setNarrativeField(unit, ['procurement', 'goods'], '-3')).toEqual({ ok: false, message: '金额不能为负数' });
    expect(setNarrativeField(unit, ['initialBudgets', 0, 'code'], '201')).toEqual({ ok: false, message: '请填写 7 位项级科目编码' });
    const line = setNarrativeField(unit, ['initialBudgets', 0, 'budget'], '100');
    expect(line.ok && line.project.narrative.initialBudgets[0]).toMatchObject({ code: unit.narrative.initialBudgets[0]?.code, budget: '100' });
  });

  it('sets and clears last year\'s figures as typed', () => {
    const unit = loadSample('final-2024-unit');
    const set = setPriorFigure(unit, 'totalIncomeExpenditure', '8,255.50');
    expect(set.ok && set.project.priorYear.figures.totalIncomeExpenditure).toBe('8255.5');
    const cleared = setPriorFigure(unit, 'totalIncomeExpenditure', '');
    expect(cleared.ok && cleared.project.priorYear.figures.totalIncomeExpenditure).toBeUndefined();
    expect(setPriorFigure(unit, 'totalIncomeExpenditure', '八千')).toEqual({ ok: false, message: '“八千”不是金额' });
  });

  it('own text replaces a paragraph and can be withdrawn', () => {
    const unit = loadSample('final-2024-unit');
    const own = setOwnText(unit, 's1.p1', '自行撰写的说明。');
    expect(own.narrative.ownText['s1.p1']).toBe('自行撰写的说明。');
    expect(setOwnText(own, 's1.p1', undefined).narrative.ownText['s1.p1']).toBeUndefined();
  });
});
