// Own text of the officer re-checked against the generated paragraph and the published figures.
import { describe, expect, it } from 'vitest';
import { checkOwnText, ownTextIssues, textFigures } from '../../../../shared/narrative/own-text-check';
import { editableCopy, loadSample } from '../../../helpers/samples';
import { contextFor, paragraphText } from './helpers';

describe('checkOwnText', () => {
  const project = loadSample('final-2024-unit');
  const context = contextFor(project);
  const generated = paragraphText(project, 's1.p1') ?? '';

  it('finds amounts in 万元 and percentages', () => {
    expect(textFigures('收、支总计均为8,683.15万元，增加 427.65 万元，增长5.18%，占0%。').map((f) => f.text)).toEqual(['8,683.15万元', '427.65万元', '5.18%', '0%']);
  });

  it('accepts figures of the generated paragraph, of the tables, last year\'s and derived percentages', () => {
    const text = '2024年度收、支总计均为8683.15万元，比上年8,255.5万元增加427.65万元，增长5.18%；其中财政拨款收入8,679.27万元，占99.99%，其他收入0万元。';
    expect(checkOwnText(context, 's1.p1', text, generated)).toEqual([]);
  });

  it('a wrong amount or percentage is a warning at that paragraph naming the figure', () => {
    const issues = checkOwnText(context, 's1.p1', '2024年度收、支总计均为8,683.16万元，增长5.2%。', generated);
    expect(issues).toEqual([
      expect.objectContaining({ id: 'TXT.OWN.FIGURE', severity: 'warning', location: { kind: 'section', section: 's1', field: 'ownText.s1.p1' } }),
      expect.objectContaining({ id: 'TXT.OWN.FIGURE', severity: 'warning' }),
    ]);
    expect(issues[0]?.message).toContain('8,683.16万元');
    expect(issues[1]?.message).toContain('5.2%');
  });
});

describe('ownTextIssues', () => {
  it('checks every own text of sections 一–九 and ignores other sections\' paragraphs', () => {
    const p = editableCopy(loadSample('final-2024-department'));
    p.narrative.ownText = {
      's1.p1': '2024年度收、支总计均为4,340.16万元，比上年减少353.84万元，下降7.54%。',
      's5.3.2010301': '行政运行年初预算1,796.83万元，决算1,861.14万元，完成103.58%。',
      's9.1.p1': '“三公”经费支出决算为49.8万元。',
      's10.p1': '机关运行经费支出999万元。',
    };
    const issues = ownTextIssues(contextFor(p));
    expect(issues.map((i) => [i.id, i.location.kind === 'section' ? i.location.field : ''])).toEqual([['TXT.OWN.FIGURE', 'ownText.s9.1.p1']]);
    expect(issues[0]?.message).toContain('49.8万元');
  });

  it('own text for a paragraph that is no longer written is reported', () => {
    const p = editableCopy(loadSample('final-2024-unit'));
    p.narrative.ownText = { 's5.3.2010303': '机关服务支出决算为0万元。' };
    expect(ownTextIssues(contextFor(p))).toEqual([expect.objectContaining({ id: 'TXT.OWN.UNUSED', location: { kind: 'section', section: 's5', field: 'ownText.s5.3.2010303' } })]);
  });
});
