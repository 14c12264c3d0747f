// Each wording case of sections 一–八 (final-account-narrative.md §0.3–§0.5, §2–§9), planted in copies
// of the samples: the sentence variant chosen, clauses dropped for missing inputs and the warnings.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../shared/money/money';
import { changeVariant } from '../../../../shared/narrative/table-sections/change-text';
import { buildTableSections } from '../../../../shared/narrative/table-sections/table-sections';
import type { Project } from '../../../../shared/project/schema';
import { editableCopy, loadSample } from '../../../helpers/samples';
import { contextFor, paragraphText, sectionIssues } from './helpers';

const unit = (): Project => editableCopy(loadSample('final-2024-unit'));
const department = (): Project => editableCopy(loadSample('final-2024-department'));

describe('year-on-year change (§0.3)', () => {
  it('increase: 增加 the amount, 增长 the percentage, then the reason', () => {
    const p = unit();
    p.priorYear.figures.totalIncomeExpenditure = '8000';
    expect(paragraphText(p, 's1.p1')).toBe('2024年度收、支总计均为8,683.15万元。与2023年度相比，收、支总计各增加683.15万元，增长8.54%。主要是项目支出的增加所导致。');
  });

  it('decrease: 减少 the amount, 下降 the percentage', () => {
    expect(paragraphText(department(), 's1.p1')).toBe('2024年度收、支总计均为4,340.16万元。与2023年度相比，收、支总计各减少353.84万元，下降7.54%。主要是积极响应“过紧日子”的号召，在保障重点工作的同时，积极节约开支。');
  });

  it('flat: 与上年度持平, no reason sentence and no warning', () => {
    const p = unit();
    p.priorYear.figures.totalIncomeExpenditure = '8683.15';
    delete p.narrative.reasons.totalIncomeExpenditure;
    expect(paragraphText(p, 's1.p1')).toBe('2024年度收、支总计均为8,683.15万元。与2023年度持平。');
    expect(sectionIssues(p, 's1')).toEqual([]);
  });

  it('bothZero: "与上年决算数一致" (seed 000) or "与2023年决算数相同" (seed 003) by option', () => {
    const p = unit();
    expect(paragraphText(p, 's2.2.p2')).toBe('2、上级补助收入0万元。与上年决算数一致。');
    p.narrative.zeroZeroWording = 'sameAsPriorYear';
    expect(paragraphText(p, 's2.2.p2')).toBe('2、上级补助收入0万元。与2023年决算数相同。');
    expect(paragraphText(department(), 's3.2.p5')).toBe('5、对附属单位补助支出0万元。与2023年决算数相同。');
  });

  it('fromZero: the increase without a percentage (no division by zero)', () => {
    const p = unit();
    p.priorYear.figures.otherIncome = '0';
    p.narrative.reasons.otherIncome = '新增利息收入';
    expect(paragraphText(p, 's2.2.p6')).toBe('6、其他收入0.67万元。与2023年度相比，增加0.67万元。主要是新增利息收入。');
  });

  it('a negative or zero prior never yields a percentage', () => {
    expect(changeVariant(new Decimal(-1), new Decimal(0))).toBe('decreaseNoPercent');
    expect(changeVariant(new Decimal(5), new Decimal(-2))).toBe('fromZero');
    expect(changeVariant(new Decimal(0), new Decimal(0))).toBe('bothZero');
  });

  it('a missing reason drops the reason sentence and warns at the section', () => {
    const p = unit();
    delete p.narrative.reasons.totalIncomeExpenditure;
    expect(paragraphText(p, 's1.p1')).toBe('2024年度收、支总计均为8,683.15万元。与2023年度相比，收、支总计各增加427.65万元，增长5.18%。');
    expect(sectionIssues(p, 's1')).toEqual([expect.objectContaining({ id: 'TXT.REASON', field: 'reasons.totalIncomeExpenditure', severity: 'warning' })]);
  });

  it('a missing prior-year figure drops the comparison and warns; its chart is left out', () => {
    const p = unit();
    delete p.priorYear.figures.appropriationTotal;
    expect(paragraphText(p, 's4.p1')).toBe('2024年度财政拨款收、支总计均为8,679.27万元。');
    expect(sectionIssues(p, 's4')).toEqual([expect.objectContaining({ id: 'TXT.PRIOR', field: 'priorYear.appropriationTotal' })]);
    const charts = buildTableSections(contextFor(p)).blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart.id] : []));
    expect(charts).toEqual(['fig1', 'fig2', 'fig3', 'fig5', 'fig6']);
  });
});

describe('structure sentences and captions (§3, §4, §16)', () => {
  it('lists only non-zero sources (seed 000) or all six with 0 (seed 003)', () => {
    const p = unit();
    expect(paragraphText(p, 's2.1.p1')).toBe('2024年度收入合计8,679.94万元，其中：财政拨款收入8,679.27万元，占99.99%；其他收入0.67万元，占0.01%。');
    p.narrative.listZeroSources = true;
    expect(paragraphText(p, 's2.1.p1')).toBe(
      '2024年度收入合计8,679.94万元，其中：财政拨款收入8,679.27万元，占99.99%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0.67万元，占0.01%。',
    );
  });

  it('numbers captions "图1：…" with a unit line, or ends them in "图"', () => {
    const p = unit();
    const captions = (): string[] => buildTableSections(contextFor(p)).blocks.flatMap((b) => (b.kind === 'chart' ? [`${b.caption}|${b.unitLine ?? ''}`] : []));
    expect(captions()).toEqual([
      '图1：收入支出决算变动情况|（单位：万元）',
      '图2：本年收入构成情况|',
      '图3：本年支出构成情况|',
      '图4：财政拨款收、支决算总计变动情况|（单位：万元）',
      '图5：一般公共预算财政拨款支出决算变动情况|（单位：万元）',
      '图6：一般公共预算财政拨款支出决算结构|',
    ]);
    p.narrative.captionStyle = 'suffix';
    expect(captions()).toEqual(['收、支决算总计变动情况图|', '本年收入决算结构图|', '本年支出决算结构图|', '财政拨款收、支决算总计变动情况图|', '一般公共预算财政拨款支出决算变动情况图|', '一般公共预算财政拨款支出决算结构图|']);
  });

  it('charts carry the figures of the sentences: bars last year / this year, pies the printed shares', () => {
    const charts = buildTableSections(contextFor(loadSample('final-2024-unit'))).blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
    expect(charts[0]).toEqual({ kind: 'bar', id: 'fig1', categories: ['2023年度', '2024年度'], series: [{ name: '收入总计', values: ['8255.5', '8683.15'] }, { name: '支出总计', values: ['8255.5', '8683.15'] }], unit: '万元' });
    expect(charts[1]).toEqual({ kind: 'pie', id: 'fig2', slices: [{ name: '财政拨款收入', value: '8679.27', share: '99.99%' }, { name: '其他收入', value: '0.67', share: '0.01%' }] });
    expect(charts[5]?.kind === 'pie' ? charts[5].slices.map((s) => s.share) : []).toEqual(['86.5%', '5.74%', '1.82%', '2.71%', '3.23%']);
  });
});

describe('completion against the initial budget (§0.5, 五(三))', () => {
  it('above / below / equal / noBudget / roughlyFlat as in seed 000', () => {
    const p = unit();
    expect(paragraphText(p, 's5.3.2010301')).toMatch(/完成年初预算的125\.74%。决算数大于年初预算数的主要原因是年中人员经费追加导致。$/);
    expect(paragraphText(p, 's5.3.2080501')).toMatch(/完成年初预算的82\.88%。决算数小于年初预算数的主要原因是退休人员去世所导致。$/);
    expect(paragraphText(p, 's5.3.2101103')).toMatch(/年初预算为56\.03万元，支出决算为56\.03万元，完成年初预算的100%。与年初预算持平。$/);
    expect(paragraphText(p, 's5.3.2080801')).toMatch(/年初预算为0万元，支出决算为48\.29万元，年初无预算。决算数大于年初预算数的主要原因是退休人员去世所导致。$/);
    expect(paragraphText(p, 's5.3.2080505')).toMatch(/完成年初预算的99\.7%。与年初预算基本持平。$/);
  });

  it('基本持平 is the officer\'s choice: without it the outturn is 小于 and needs a reason', () => {
    const p = unit();
    const line = p.narrative.initialBudgets.find((l) => l.code === '2080505');
    if (line === undefined) throw new Error('sample line missing');
    line.wording = 'auto';
    expect(paragraphText(p, 's5.3.2080505')).toBe('5、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为224.1万元，支出决算为223.43万元，完成年初预算的99.7%。');
    expect(sectionIssues(p, 's5')).toEqual([expect.objectContaining({ id: 'TXT.COMPLETION.REASON', field: 'initialBudgets.2080505' })]);
  });

  it('基本持平 far from 100% is questioned', () => {
    const p = unit();
    const line = p.narrative.initialBudgets.find((l) => l.code === '2010301');
    if (line === undefined) throw new Error('sample line missing');
    line.wording = 'roughlyFlat';
    expect(paragraphText(p, 's5.3.2010301')).toMatch(/完成年初预算的125\.74%。与年初预算基本持平。$/);
    expect(sectionIssues(p, 's5')).toEqual([expect.objectContaining({ id: 'TXT.COMPLETION.FLAT', field: 'initialBudgets.2010301' })]);
  });

  it('a 项 without 年初预算 loses its budget clause; without a stated total the lead loses it too', () => {
    const p = unit();
    p.narrative.initialBudgets = p.narrative.initialBudgets.filter((l) => l.code !== '2101101');
    expect(paragraphText(p, 's5.3.2101101')).toBe('7、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。支出决算为101.94万元。');
    expect(paragraphText(p, 's5.3.p1')).toMatch(/^2024年度一般公共预算财政拨款支出年初预算为7,609\.96万元/);
    delete p.narrative.initialBudgetTotal;
    expect(paragraphText(p, 's5.3.p1')).toBe('2024年度一般公共预算财政拨款支出决算为8,679.27万元。其中：');
    expect(sectionIssues(p, 's5')).toEqual([expect.objectContaining({ id: 'TXT.BUDGET.MISSING', field: 'initialBudgets.2101101' })]);
  });

  it('a 项 budgeted but not spent is added in code order with 决算为0; Σ per 项 is checked against the stated total', () => {
    const p = unit();
    p.narrative.initialBudgets.push({ code: '2010303', budget: '10', reason: '项目取消', wording: 'auto' });
    expect(paragraphText(p, 's5.3.2010303')).toBe('3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）。年初预算为10万元，支出决算为0万元，完成年初预算的0%。决算数小于年初预算数的主要原因是项目取消。');
    expect(paragraphText(p, 's5.3.2299999')).toMatch(/^11、其他支出（类）/);
    expect(sectionIssues(p, 's5')).toEqual([expect.objectContaining({ id: 'TXT.BUDGET.TOTAL', field: 'initialBudgetTotal' })]);
  });

  it('a budget line for a code the catalog does not know is reported, not printed', () => {
    const p = unit();
    p.narrative.initialBudgets.push({ code: '2999998', budget: '10', wording: 'auto' });
    expect(buildTableSections(contextFor(p)).paragraphs.some((x) => x.id === 's5.3.2999998')).toBe(false);
    expect(sectionIssues(p, 's5').map((i) => i.id)).toEqual(['TXT.BUDGET.UNKNOWN']);
  });

  it('the names come from the catalog, never from names typed into the tables', () => {
    const p = unit();
    const row = p.tables.FA05?.rows.find((r) => r.row === '201');
    if (row === undefined) throw new Error('sample row missing');
    row.name = '一般公共预算服务支出';
    expect(paragraphText(p, 's5.3.2010301')).toMatch(/^1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。/);
  });
});

describe('sections 六–八', () => {
  it('六 lists every non-zero economic row and no "等"', () => {
    expect(paragraphText(department(), 's6.p3')).toBe(
      '公用经费395.08万元，主要包括：办公费、水费、电费、邮电费、取暖费、物业管理费、差旅费、维修（护）费、租赁费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。',
    );
  });

  it('empty 07/08: one statement with 本单位 or 本部门', () => {
    const p = unit();
    expect(paragraphText(p, 's7.p1')).toBe('本单位没有政府性基金财政拨款收支。');
    expect(paragraphText(p, 's8.p1')).toBe('本单位没有国有资本经营预算财政拨款支出。');
    expect(paragraphText(department(), 's8.p1')).toBe('本部门没有国有资本经营预算财政拨款支出。');
    p.scope = 'department';
    expect(paragraphText(p, 's7.p1')).toBe('本部门没有政府性基金财政拨款收支。');
  });

  it('七 numbers its 项 lines once there are several', () => {
    const p = department();
    p.narrative.governmentFundBudgets.push({ code: '2120101', budget: '50', reason: '项目未实施', wording: 'auto' });
    expect(paragraphText(p, 's7.2120101')).toBe('1、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。年初预算为50万元，支出决算为0万元，完成年初预算的0%。决算数小于年初预算数的主要原因是项目未实施。');
    expect(paragraphText(p, 's7.2120899')).toMatch(/^2、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）/);
  });

  it('七 without the 年初预算 of its 项 warns and states the outturn only', () => {
    const p = department();
    p.narrative.governmentFundBudgets = [];
    expect(paragraphText(p, 's7.2120899')).toBe('城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）。支出决算为129.11万元。');
    expect(sectionIssues(p, 's7')).toEqual([expect.objectContaining({ id: 'TXT.BUDGET.MISSING', field: 'governmentFundBudgets.2120899' })]);
  });

  it('八 with data: the total, then its 项 lines as in 五(三)', () => {
    const p = unit();
    p.tables.FA08 = { rows: [{ row: '2010350', values: { c3: '12.5' }, reported: {} }] };
    p.narrative.stateCapitalBudgets = [{ code: '2010350', budget: '12.5', wording: 'auto' }];
    expect(paragraphText(p, 's8.p1')).toBe('2024年度国有资本经营预算财政拨款支出12.5万元。支出具体情况如下：');
    expect(paragraphText(p, 's8.2010350')).toBe('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）。年初预算为12.5万元，支出决算为12.5万元，完成年初预算的100%。与年初预算持平。');
  });
});

describe('own text replaces a paragraph', () => {
  it('publishes the officer\'s text under the same id', () => {
    const p = unit();
    p.narrative.ownText['s1.p1'] = '2024年度收、支总计均为8,683.15万元，比上年增长5.18%。';
    const block = buildTableSections(contextFor(p)).blocks.find((b) => b.kind === 'paragraph' && b.id === 's1.p1');
    expect(block).toEqual({ kind: 'paragraph', id: 's1.p1', text: '2024年度收、支总计均为8,683.15万元，比上年增长5.18%。' });
  });
});
