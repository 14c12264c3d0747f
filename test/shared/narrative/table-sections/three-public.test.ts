// Section 九: wording against the full-year budget, the officer's 三公 details, and the checks of §10.
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/project/schema';
import { editableCopy, loadSample } from '../../../helpers/samples';
import { paragraphText, sectionIssues } from './helpers';

const unit = (): Project => editableCopy(loadSample('final-2024-unit'));
const department = (): Project => editableCopy(loadSample('final-2024-department'));

/** Replaces 公开09表 by typed leaves (budget c2 c4 c5 c6, outturn c8 c10 c11 c12); totals are derived. */
function setThreePublic(p: Project, values: Record<string, string>): void {
  p.tables.FA09 = { rows: [{ row: '1', values, reported: {} }] };
}

const SEED_000_FA09 = { c2: '131.89', c4: '17.95', c5: '30.54', c6: '103.16', c8: '131.89', c10: '17.95', c11: '30.54', c12: '103.16' };

describe('九 wording', () => {
  it('actual = budget: "与2024年全年预算基本持平。完成…" (seed 000) or "与2024年预算基本持平，完成…" (seed 003)', () => {
    const p = unit();
    expect(paragraphText(p, 's9.1.p1')).toBe('2024年度财政拨款“三公”经费支出全年预算为283.54万元，支出决算为283.54万元，与2024年全年预算基本持平。完成全年预算的100%。');
    p.narrative.threePublicFlatWording = 'yearBudget';
    expect(paragraphText(p, 's9.1.p1')).toBe('2024年度财政拨款“三公”经费支出全年预算为283.54万元，支出决算为283.54万元，与2024年预算基本持平，完成全年预算的100%。');
  });

  it('actual below budget: the rate, then the reason; without a reason the reason sentence is dropped and reported', () => {
    const p = unit();
    setThreePublic(p, { ...SEED_000_FA09, c8: '120' });
    p.narrative.threePublic.reasons.travel = '部分出访计划取消';
    expect(paragraphText(p, 's9.2.p1')).toBe(
      '1、因公出国（境）费全年预算为131.89万元，支出决算为120万元，完成全年预算的90.98%。决算数小于全年预算数的主要原因是部分出访计划取消。全年支出涉及因公出国（境）团组22个，累计32人次。开支内容包括：国际旅费、国外城市间交通费、住宿费、伙食费、公杂费等。',
    );
    expect(paragraphText(p, 's9.1.p1')).toBe('2024年度财政拨款“三公”经费支出全年预算为283.54万元，支出决算为271.65万元，完成全年预算的95.81%。');
    expect(sectionIssues(p, 's9')).toEqual([expect.objectContaining({ id: 'TXT.COMPLETION.REASON', field: 'threePublic.reasons.total' })]);
  });

  it('no budget: 全年无预算', () => {
    const p = unit();
    setThreePublic(p, { ...SEED_000_FA09, c6: '0' });
    p.narrative.threePublic.reasons.reception = '承办临时性会议';
    expect(paragraphText(p, 's9.2.p5')).toBe('3、公务接待费全年预算为0万元，支出决算为103.16万元，全年无预算。决算数大于全年预算数的主要原因是承办临时性会议。其中：');
  });

  it('vehicles: 本级 for a unit, 等单位 for a department', () => {
    expect(paragraphText(unit(), 's9.2.p3')).toBe('公务用车购置费支出17.95万元，2024年烟台市人民政府办公室本级使用财政拨款购置公务用车1辆。');
    expect(paragraphText(department(), 's9.2.p4')).toBe(
      '公务用车运行维护费17.24万元，主要是按规定保留的公务用车的燃油费、路桥费、保险费等公车费用等支出。截至2024年12月31日，聊城市政府办公室（汇总）等单位财政拨款开支运行维护费的公务用车保有量为20辆。',
    );
  });

  it('missing counts and contents leave their clauses out and are reported', () => {
    const p = unit();
    p.narrative.threePublic = { reasons: {} };
    expect(paragraphText(p, 's9.2.p1')).toBe('1、因公出国（境）费全年预算为131.89万元，支出决算为131.89万元，与2024年全年预算基本持平。完成全年预算的100%。');
    expect(paragraphText(p, 's9.2.p3')).toBe('公务用车购置费支出17.95万元。');
    expect(paragraphText(p, 's9.2.p4')).toBe('公务用车运行维护费30.54万元。');
    expect(paragraphText(p, 's9.2.p5')).toBe('3、公务接待费全年预算为103.16万元，支出决算为103.16万元，与2024年全年预算基本持平。完成全年预算的100%。');
    expect(paragraphText(p, 's9.2.p6')).toBeUndefined();
    expect(sectionIssues(p, 's9').map((i) => i.field)).toEqual([
      'threePublic.travelGroups',
      'threePublic.travelTrips',
      'threePublic.travelContent',
      'threePublic.vehiclesBought',
      'threePublic.fleet',
      'threePublic.vehicleContent',
      'threePublic.domesticReception',
    ]);
  });

  it('without reception spending the split is 0 + 0 and needs no input', () => {
    const p = unit();
    setThreePublic(p, { ...SEED_000_FA09, c6: '0', c12: '0' });
    p.narrative.threePublic = { travelGroups: 22, travelTrips: 32, travelContent: '国际旅费等', vehiclesBought: 1, fleet: 9, vehicleContent: '燃料费', reasons: {} };
    expect(paragraphText(p, 's9.2.p6')).toBe('国内接待费0万元；');
    expect(paragraphText(p, 's9.2.p7')).toBe('国（境）外接待费0万元。');
    expect(sectionIssues(p, 's9')).toEqual([]);
  });
});

describe('九 checks (§10)', () => {
  it('国内 + 国（境）外 接待费 must equal 公开09表 第12栏', () => {
    const p = unit();
    p.narrative.threePublic.domesticReception = '100';
    expect(sectionIssues(p, 's9')).toEqual([expect.objectContaining({ id: 'TXT.3P.RECEPTION', severity: 'error', field: 'threePublic.domesticReception' })]);
  });

  it('外事接待 cannot exceed the domestic totals', () => {
    const p = unit();
    p.narrative.threePublic.foreignAffairsBatches = 300;
    p.narrative.threePublic.foreignAffairsPersons = 9000;
    expect(sectionIssues(p, 's9').map((i) => [i.id, i.severity, i.field])).toEqual([
      ['TXT.3P.FOREIGN', 'error', 'threePublic.foreignAffairsBatches'],
      ['TXT.3P.FOREIGN', 'error', 'threePublic.foreignAffairsPersons'],
    ]);
  });

  it('vehicles bought > 0 exactly when 公务用车购置费 > 0', () => {
    const p = department();
    p.narrative.threePublic.vehiclesBought = 2;
    expect(sectionIssues(p, 's9')).toEqual([expect.objectContaining({ id: 'TXT.3P.BOUGHT', field: 'threePublic.vehiclesBought' })]);
    const q = unit();
    q.narrative.threePublic.vehiclesBought = 0;
    expect(sectionIssues(q, 's9')).toEqual([expect.objectContaining({ id: 'TXT.3P.BOUGHT' })]);
  });

  it('a fleet of 0 while running costs are paid is questioned', () => {
    const p = unit();
    p.narrative.threePublic.fleet = 0;
    expect(sectionIssues(p, 's9')).toEqual([expect.objectContaining({ id: 'TXT.3P.FLEET', field: 'threePublic.fleet' })]);
  });

  it('no purchase spending means no vehicles bought even when the count is not entered', () => {
    const p = department();
    delete p.narrative.threePublic.vehiclesBought;
    expect(paragraphText(p, 's9.2.p3')).toBe('公务用车购置费支出0万元，2024年聊城市政府办公室（汇总）等单位使用财政拨款购置公务用车0辆。');
    expect(sectionIssues(p, 's9')).toEqual([]);
  });
});
