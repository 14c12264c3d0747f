// validate on the budget sample (seed 001): clean apart from justified warnings, and planted errors
// reported at the table, row and column where they are.
import { describe, expect, it } from 'vitest';
import { analyseProject } from '../../../shared/report/final-account';
import type { Project, RowInput } from '../../../shared/project/schema';
import type { TableId } from '../../../shared/tables/cell-address';
import type { Issue } from '../../../shared/validate/issue';
import { editableCopy, loadSample } from '../../helpers/samples';

function at(issue: Issue): string {
  const loc = issue.location;
  return loc.kind === 'cell' ? `${loc.table}[${loc.row}].${loc.column ?? ''}` : `${loc.section}.${loc.field ?? ''}`;
}

function summary(issues: readonly Issue[], severity: Issue['severity']): string[] {
  return issues.filter((i) => i.severity === severity).map((i) => `${i.id} ${at(i)}`);
}

function row(project: Project, table: TableId, key: string): RowInput {
  const found = project.tables[table]?.rows.find((r) => r.row === key);
  if (!found) throw new Error(`sample has no ${table} row ${key}`);
  return found;
}

function planted(edit: (project: Project) => void): readonly Issue[] {
  const project = editableCopy(loadSample('budget-2025-unit'));
  edit(project);
  return analyseProject(project).issues;
}

describe('validate on the budget sample', () => {
  const { issues } = analyseProject(loadSample('budget-2025-unit'));

  it('finds no error and two justified warnings', () => {
    expect(summary(issues, 'error')).toEqual([]);
    // The seed's text lost the 303 款 rows of both 基本支出 tables; only the 303 类 figure (287.24, printed
    // in 一般公共预算基本支出情况表 and implied by the 合计 of 基本支出预算情况表) is known, so it is typed at 类 level.
    expect(summary(issues, 'warning')).toEqual(['CODE.LEVEL BG06[303].', 'CODE.LEVEL BG10[303].']);
  });

  it('states the rounding tail of 20805 wherever it shows, as notes within tolerance', () => {
    // 20805 Σ 项 577.89 against 577.88 printed (人员 575.95 / 575.94), the 合计 rows above it, and the 本年支出合计 of
    // 收支总体情况表 and 财政拨款收支总体情况表 against their printed 类 lines (7,713.47 against Σ 7,713.46).
    expect(summary(issues, 'info')).toEqual([
      'B1.4 BG01[yearExpenditureTotal].c2',
      'B2.2 BG02[TOTAL].c3',
      'B2.2 BG02[20805].c3',
      'B3.2 BG03[TOTAL].c2',
      'B3.2 BG03[20805].c2',
      'B4.4 BG04[yearExpenditureTotal].c2',
      'B4.4 BG04[yearExpenditureTotal].c3',
      'B5.3 BG05[TOTAL].c3',
      'B5.3 BG05[20805].c3',
    ]);
    const tail = issues.find((i) => at(i) === 'BG03[20805].c2');
    expect(tail?.message).toBe(
      '支出总体情况表“20805 行政事业单位养老支出”行“基本支出”的报表数与下级科目之和不一致：应为 577.89，实为 577.88，相差 0.01 万元，在尾数误差允许范围（涉及 5 个各自四舍五入到 0.01 万元的数，允许 ±0.02 万元）内，按报表数公开。',
    );
  });
});

describe('planted errors in the budget sample', () => {
  it('a changed 项 amount is caught at the printed total above it and at the 类 lines that copy it', () => {
    const found = planted((p) => {
      row(p, 'BG03', '2010301').values.c2 = '2212.31';
    });
    expect(summary(found, 'error')).toEqual(['B1.4 BG01[yearExpenditureTotal].c2', 'B3.2 BG03[TOTAL].c2']);
    const message = found.find((i) => i.id === 'B3.2')?.message;
    expect(message).toContain('应为 3,144.08，实为 3,134.09，相差 9.99 万元');
    // Income and spending no longer balance by 科目.
    expect(summary(found, 'warning')).toContain('X2.2 BG02[2010301].c1');
  });

  it('a broken total is an error at that total', () => {
    const found = planted((p) => {
      row(p, 'BG02', 'TOTAL').reported.c3 = '7813.47';
    });
    expect(summary(found, 'error')).toContain('B2.2 BG02[TOTAL].c3');
    expect(found.find((i) => at(i) === 'BG02[TOTAL].c3' && i.severity === 'error')?.message).toContain('应为 7,713.46，实为 7,813.47，相差 100.01 万元');
  });

  it('a 三公 小计 that is not 购置 + 运行维护 is an error at that 小计', () => {
    const found = planted((p) => {
      row(p, 'BG07', '1').reported.c9 = '25.60';
    });
    expect(summary(found, 'error')).toEqual(['B7.1 BG07[1].c9']);
    expect(found.find((i) => i.id === 'B7.1')?.message).toBe(
      '一般公共预算“三公”经费支出情况表第1行“本年预算数·公务用车购置及运行维护费·小计”的报表数与一般公共预算“三公”经费支出情况表第1行“本年预算数·公务用车购置及运行维护费·公务用车购置经费”加一般公共预算“三公”经费支出情况表第1行“本年预算数·公务用车购置及运行维护费·公务用车运行维护费”不一致：应为 21.60，实为 25.60，相差 4.00 万元。请核对下级数字或报表数。',
    );
  });

  it('a printed 政府 code that is not the pair of its 部门 code is an error at the paired code', () => {
    const found = planted((p) => {
      row(p, 'BG06', '30201').pairedCode = '50299';
    });
    expect(summary(found, 'error')).toEqual(['B6.4 BG06[30201].pairedCode']);
    expect(found.find((i) => i.id === 'B6.4')?.message).toContain('应为 50201 办公经费，表中为 50299');
  });

  it('the two 基本支出 tables disagreeing on an economic row is an error at that row', () => {
    const found = planted((p) => {
      row(p, 'BG10', '30201').values.c3 = '168.35';
    });
    // Row by row (X6.2) and, through the 合计, against 支出总体情况表 基本支出 (X3.2).
    expect(summary(found, 'error')).toEqual(['X3.2 BG03[TOTAL].c2', 'X6.2 BG06[302].c1', 'X6.2 BG06[30201].c1', 'X6.2 BG06[TOTAL].c1']);
  });

  it('goods and services money in 人员支出 is an error at its 类 row', () => {
    const found = planted((p) => {
      const office = row(p, 'BG06', '30201');
      office.values = { c2: '158.35' };
    });
    expect(summary(found, 'error')).toEqual(['X5.2 BG05[TOTAL].c3', 'X5.2 BG05[TOTAL].c4', 'B6.2 BG06[302].c1']);
  });

  it('a project without a name or with an unusual 项目类别 is reported at its row', () => {
    const found = planted((p) => {
      row(p, 'BG11', '2').name = ' ';
      const third = row(p, 'BG11', '3');
      third.texts = { t1: '运转类' };
    });
    expect(summary(found, 'error')).toEqual(['ROW.NAME BG11[2].']);
    expect(summary(found, 'warning')).toContain('TEXT.VALUE BG11[3].t1');
  });

  it('a 类 that has no line in 收支总体情况表 is an error', () => {
    const found = planted((p) => {
      p.tables.BG03?.rows.push({ row: '2030101', values: { c2: '1' }, reported: {} });
    });
    expect(summary(found, 'error')).toContain('CATALOG.LINE BG03[203].');
  });

  it('a 部门 code without a known 政府 pair is a warning at its paired code', () => {
    const found = planted((p) => {
      p.tables.BG06?.rows.push({ row: '30217', values: { c3: '1' }, reported: {} });
      p.tables.BG10?.rows.push({ row: '30217', values: { c3: '1' }, reported: {} });
    });
    expect(summary(found, 'warning')).toContain('PAIR.UNKNOWN BG06[30217].pairedCode');
    expect(summary(found, 'warning')).toContain('PAIR.UNKNOWN BG10[30217].pairedCode');
  });

  it('last year’s 三公 budget and last year’s text figures are compared when known', () => {
    const found = planted((p) => {
      p.priorYear.figures.threePublicTotal = '180';
      delete p.narrative.reasons.agencyOperatingCost;
    });
    expect(summary(found, 'warning')).toContain('X7.1 BG07[1].c1');
    // 机关运行经费 537 against 625.1 last year (−14.1%) needs a reason once the officer's is removed.
    expect(summary(found, 'warning')).toContain('YOY.REASON BG06[TOTAL].c3');
  });
});
