import { describe, expect, it } from 'vitest';
import { amount } from '../../../shared/money/money';
import { analyseProject } from '../../../shared/report/final-account';
import type { Project, TableInput } from '../../../shared/project/schema';
import type { Issue } from '../../../shared/validate/issue';
import { editableCopy, loadSample } from '../../helpers/samples';

function at(issue: Issue): string {
  const loc = issue.location;
  return loc.kind === 'cell' ? `${loc.table}[${loc.row}].${loc.column ?? ''}` : `${loc.section}.${loc.field ?? ''}`;
}

function summary(issues: readonly Issue[], severity: Issue['severity']): string[] {
  return issues.filter((i) => i.severity === severity).map((i) => `${i.id} ${at(i)}`);
}

function row(project: Project, table: keyof Project['tables'], key: string): TableInput['rows'][number] {
  const found = project.tables[table]?.rows.find((r) => r.row === key);
  if (!found) throw new Error(`sample has no ${table} row ${key}`);
  return found;
}

describe('validate on the bundled samples', () => {
  it('finds no error in the unit sample (seed 000) and one justified warning', () => {
    const { issues } = analyseProject(loadSample('final-2024-unit'));
    expect(summary(issues, 'error')).toEqual([]);
    // Seed 000 says 市民满意率达99.70% in project 3's 目标实际完成情况 while the same form's indicator
    // records 98.38% (final-account-tables.md §13 item 6): the text contradicts its own table.
    expect(summary(issues, 'warning')).toEqual(['S13.ACHIEVEMENT_FIGURE performance.projects[2].targets.actual']);
  });

  it('states each rounding tail of the unit sample as a note, and only those', () => {
    const { issues } = analyseProject(loadSample('final-2024-unit'));
    // Every one is a printed total that differs from the sum of its printed parts by 0.01–0.02 万元
    // (final-account-tables.md §4–§8: 02 合计/20103, 03 合计/20103, 05 合计/20103, 06 301/310/人员经费合计,
    // 01 row 58 and 04 row 59 against their 类 lines).
    expect(summary(issues, 'info')).toEqual([
      'R01.3 FA01[58].c2',
      'R02.2 FA02[TOTAL].c2',
      'R02.2 FA02[20103].c2',
      'R03.2 FA03[TOTAL].c2',
      'R03.2 FA03[20103].c3',
      'R04.5 FA04[59].c2',
      'R04.5 FA04[59].c3',
      'R05.2 FA05[TOTAL].c2',
      'R05.2 FA05[20103].c3',
      'R06.1 FA06[301].c1',
      'R06.1 FA06[310].c1',
      'R06.2 FA06[personnelTotal].c1',
    ]);
    const tail301 = issues.find((i) => at(i) === 'FA06[301].c1');
    expect(tail301?.message).toContain('应为 2,768.25，实为 2,768.27，相差 0.02 万元');
    expect(tail301?.message).toContain('允许 ±0.05 万元');
  });

  it('finds no error and no warning in the department sample (seed 003), and states its tails', () => {
    const { issues } = analyseProject(loadSample('final-2024-department'));
    expect(summary(issues, 'error')).toEqual([]);
    expect(summary(issues, 'warning')).toEqual([]);
    // 03/05 合计 基本支出 printed 3,153.47 against Σ 类 3,153.48; 合计 小计 against 基本 + 项目; 06 301 and 303.
    expect(summary(issues, 'info')).toEqual([
      'R03.1 FA03[TOTAL].c1',
      'R03.2 FA03[TOTAL].c2',
      'R05.1 FA05[TOTAL].c1',
      'R05.2 FA05[TOTAL].c2',
      'R06.1 FA06[301].c1',
      'R06.1 FA06[303].c1',
    ]);
  });
});

describe('planted errors are reported where they are', () => {
  it('a changed 项 amount in 03 breaks its parent row and the balance of 01', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    row(project, 'FA03', '2010301').values.c2 = '2937.14';
    const { issues } = analyseProject(project);
    const errors = summary(issues, 'error');
    expect(errors).toContain('R03.2 FA03[20103].c2');
    expect(errors).toContain('R03.1 FA03[2010301].c1');
    const parent = issues.find((i) => at(i) === 'FA03[20103].c2');
    expect(parent?.message).toContain('公开03表“20103 政府办公厅（室）及相关机构事务”行第2栏“基本支出”');
    expect(parent?.message).toContain('应为 2,937.14，实为 2,936.14，相差 1.00 万元');
  });

  it('the same change in a project typed without 报表数 flows through and unbalances 01', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    for (const table of Object.values(project.tables)) for (const r of table?.rows ?? []) r.reported = {};
    row(project, 'FA03', '2010301').values.c2 = '2937.14';
    const { issues, report } = analyseProject(project);
    // From the leaves alone 03 合计 is 3,826.84 + 4,854.41 = 8,681.25; one more 1.00 makes 8,682.25.
    expect(report.value({ table: 'FA01', row: '58', column: 'c2' }).toFixed(2)).toBe('8682.25');
    expect(summary(issues, 'error')).toEqual(['R01.5 FA01[62].c2']);
    // 收入总计 = 05 合计 8,679.25 + 其他收入 0.67 + 年初 3.21; 支出总计 = 8,682.25 + 年末 1.88.
    expect(issues.find((i) => i.id === 'R01.5')?.message).toContain('应为 8,683.13，实为 8,684.13，相差 1.00 万元');
  });

  it('an 01 total that no longer balances is an error at 01 总计', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    row(project, 'FA01', '60').values.c2 = '2.88';
    const { issues } = analyseProject(project);
    // The printed 总计 8,683.15 no longer equals 本年支出合计 + 年末结转和结余.
    expect(summary(issues, 'error')).toEqual(['R01.4 FA01[62].c2']);
    expect(issues.find((i) => i.id === 'R01.4')?.message).toContain('应为 8,684.15，实为 8,683.15');
  });

  it('without a printed 总计 the same change shows as 收入总计 ≠ 支出总计', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    row(project, 'FA01', '60').values.c2 = '2.88';
    row(project, 'FA01', '62').reported = {};
    const { issues } = analyseProject(project);
    expect(summary(issues, 'error')).toEqual(['R01.5 FA01[62].c2']);
  });

  it('09 小计 that is not 购置 + 运行 is an error at that cell', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    row(project, 'FA09', '1').reported.c9 = '49.49';
    const { issues } = analyseProject(project);
    const error = issues.find((i) => i.severity === 'error' && at(i) === 'FA09[1].c9');
    expect(error?.id).toBe('R09.1');
    expect(error?.message).toContain('应为 48.49，实为 49.49');
  });

  it('a 06 item above its 09 决算数 is a warning (06 is only the basic-expenditure part)', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    row(project, 'FA06', '30231').values.c1 = '40.00';
    const { issues } = analyseProject(project);
    expect(summary(issues, 'warning')).toContain('X06.2 FA06[30231].c1');
  });

  it('03 below 05 for the same 科目 is a warning about calibre', () => {
    const project = editableCopy(loadSample('final-2024-department'));
    const first = project.tables.FA05?.rows.find((r) => r.row.length === 7);
    if (!first) throw new Error('department sample has no 05 项 row');
    first.values.c2 = amount(first.values.c2 ?? '0').plus(100).toFixed(2);
    const { issues } = analyseProject(project);
    expect(summary(issues, 'warning')).toContain(`X03.2 FA03[${first.row}].c2`);
    // The printed 小计 of that row no longer adds up either.
    expect(summary(issues, 'error')).toContain(`R05.1 FA05[${first.row}].c1`);
  });

  it('an unknown code and a name that differs from the catalog are warnings, never errors', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    const fa03 = project.tables.FA03;
    if (!fa03) throw new Error('no FA03');
    fa03.rows.push({ row: '2010398', name: '自编科目', values: { c3: '1.00' }, reported: {} });
    row(project, 'FA03', '2010302').name = '一般行政事务';
    const { issues } = analyseProject(project);
    const warnings = summary(issues, 'warning');
    expect(warnings).toContain('CATALOG.UNKNOWN FA03[2010398].');
    expect(warnings).toContain('CATALOG.NAME FA03[2010302].');
  });

  it('a large year-on-year change without a reason asks for one', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.priorYear.figures.projectExpenditure = '3000';
    delete project.narrative.reasons.projectExpenditure;
    const { issues } = analyseProject(project);
    const warning = issues.find((i) => i.id === 'YOY.REASON');
    expect(warning && at(warning)).toBe('FA03[TOTAL].c3');
    expect(warning?.message).toContain('增长 61.81%');
  });

  it('amounts typed in 元 are exact: no rounding tolerance applies', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.entryUnit = 'yuan';
    for (const table of Object.values(project.tables)) {
      for (const r of table?.rows ?? []) {
        for (const record of [r.values, r.reported]) for (const [k, v] of Object.entries(record)) record[k] = amount(v).times(10000).toFixed(0);
      }
    }
    for (const [k, v] of Object.entries(project.priorYear.figures)) project.priorYear.figures[k] = amount(v).times(10000).toFixed(0);
    const { issues, report } = analyseProject(project);
    expect(report.value({ table: 'FA01', row: '31', column: 'c1' }).toFixed(2)).toBe('8683.15');
    // The printed tails are now real differences of 100 元 and more.
    expect(summary(issues, 'error')).toContain('R06.1 FA06[301].c1');
    expect(summary(issues, 'info')).toEqual([]);
  });
});
