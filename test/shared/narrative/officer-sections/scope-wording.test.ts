// 单位 versus 部门 wording of sections 十二 and 十三 (README §2): the same inputs, the scope switched.
import { describe, expect, it } from 'vitest';
import { officerSectionBlocks } from '../../../../shared/narrative/officer-sections/index';
import type { Project } from '../../../../shared/project/schema';
import { editableCopy, loadSample } from '../../../helpers/samples';
import { contextFor, paragraph, paragraphsText } from './officer-helpers';

function inScope(project: Project, scope: Project['scope']): Project {
  const copy = editableCopy(project);
  copy.scope = scope;
  return copy;
}

describe('unit wording', () => {
  const blocks = officerSectionBlocks(contextFor(inScope(loadSample('final-2024-department'), 'unit')));

  it('uses 本单位 / 我单位 / 单位决算 and the unit name with 本级', () => {
    expect(paragraph(blocks, 's12.p1')).toMatch(/^截至2024年12月31日，本单位共有车辆20辆/);
    expect(paragraph(blocks, 's13.p1')).toContain('我单位组织对2024年度市级预算项目全面开展绩效自评');
    expect(paragraph(blocks, 's13.p1')).toContain('占单位预算项目支出总额的100%');
    expect(paragraph(blocks, 's13.p3')).toContain('聊城市政府办公室本级2024年度市级预算绩效自评的3个项目中');
    expect(paragraph(blocks, 's13.p4')).toContain('今年在单位决算中反映了2024年度全部市级预算项目绩效自评情况，以及“办公室业务运行”“老干、党建、保密、精神文明建设等活动”');
    expect(paragraph(blocks, 's13.project.1')).toMatch(/^1、办公室业务运行项目绩效自评综述/);
  });

  it('closes 十三 with (三) 重点绩效评价结果 and no (四)/(五)', () => {
    const text = paragraphsText(blocks);
    expect(paragraph(blocks, 's13.p6')).toBe('（三）重点绩效评价结果。本单位无重点绩效评价项目。');
    expect(text).not.toContain('（四）');
    expect(text).not.toContain('（五）');
  });
});

describe('department wording', () => {
  const blocks = officerSectionBlocks(contextFor(inScope(loadSample('final-2024-unit'), 'department')));

  it('uses 本部门 / the consolidated name / 部门决算', () => {
    expect(paragraph(blocks, 's12.p1')).toMatch(/^截至2024年12月31日，本部门共有车辆9辆/);
    expect(paragraph(blocks, 's13.p1')).toContain('烟台市人民政府办公室（汇总）组织对2024年度市级预算项目全面开展绩效自评');
    expect(paragraph(blocks, 's13.p1')).toContain('占部门市级预算项目支出总额的100%');
    expect(paragraph(blocks, 's13.p2')).toBe('本部门无部门评价项目。');
    expect(paragraph(blocks, 's13.p3')).toContain('烟台市人民政府办公室（汇总）2024年度市级预算绩效自评的3个项目中');
    expect(paragraph(blocks, 's13.p4')).toContain('今年在部门决算中反映了2024年度全部市级预算项目绩效自评结果，以及办公室政务运行保障经费项目，开展优化营商环境工作经费项目，政务热线整合经费项目等3个项目');
    expect(paragraph(blocks, 's13.project.1')).toMatch(/^1\.办公室政务运行保障经费项目绩效自评综述/);
  });

  it('has the sub-sections (三)–(五), each with the officer\u2019s text or the "none" sentence', () => {
    const project = inScope(loadSample('final-2024-unit'), 'department');
    project.narrative.performance.departmentEvaluation = '对办公室政务运行保障经费项目开展了部门评价，评价等级为优';
    const withText = officerSectionBlocks(contextFor(project));
    expect(paragraph(withText, 's13.p6')).toBe('（三）上级对地方转移支付项目绩效自评结果。本部门无上级对地方转移支付绩效自评项目。');
    expect(paragraph(withText, 's13.p7')).toBe('（四）部门评价结果。对办公室政务运行保障经费项目开展了部门评价，评价等级为优。');
    expect(paragraph(withText, 's13.p8')).toBe('（五）财政重点评价结果。本部门未有向市人大常委会报告的财政重点评价项目。');
    // With a 部门评价 described, the "本部门无部门评价项目。" line after (一) is left out.
    expect(withText.some((b) => b.kind === 'paragraph' && b.id === 's13.p2')).toBe(false);
  });

  it('prints the 尾数 line after 十二 in both scopes', () => {
    const note = '*以上情况说明部分因金额单位转换，可能与决算表金额存在尾数误差。';
    expect(paragraph(blocks, 's12.p2')).toBe(note);
    expect(paragraph(officerSectionBlocks(contextFor(loadSample('final-2024-unit'))), 's12.p2')).toBe(note);
  });
});
