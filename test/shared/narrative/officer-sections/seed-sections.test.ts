// Sections 十–十三 of both seeds, sentence for sentence, from the bundled samples. Where a seed is wrong
// (final-account-tables.md §13) the product's correct sentence is asserted and the deviation stated.
import { describe, expect, it } from 'vitest';
import { officerSectionBlocks } from '../../../../shared/narrative/officer-sections/index';
import { loadSample } from '../../../helpers/samples';
import { contextFor, headings, normalise, paragraphsText, readSeed, seedSlice, sentences, where, issuesOf } from './officer-helpers';

/** The seed's body text of 十–十三 without the section headings. */
function seedSections(seed: string, firstHeading: string): string {
  const body = seedSlice(seed, `\n${firstHeading}\n`, '第四部分\n');
  return body
    .split('\n')
    .filter((line) => !/^\s*十[一二三]?、[^。]*$/.test(line))
    .join('\n');
}

/** Seed sentences with the listed corrections applied; every corrected sentence must exist in the seed. */
function corrected(seedSentences: readonly string[], corrections: Readonly<Record<string, string>>): string[] {
  for (const wrong of Object.keys(corrections)) expect(seedSentences, `seed sentence “${wrong}”`).toContain(normalise(wrong));
  const map = new Map(Object.entries(corrections).map(([k, v]) => [normalise(k), normalise(v)]));
  return seedSentences.map((s) => map.get(s) ?? s);
}

const TAIL_NOTE = '*以上情况说明部分因金额单位转换，可能与决算表金额存在尾数误差';

describe('sections 十–十三 reproduce seed 000 (unit)', () => {
  const blocks = officerSectionBlocks(contextFor(loadSample('final-2024-unit')));
  const seed = sentences(seedSections(readSeed('000-final-2024-unit.txt'), '十、机关运行经费支出情况'));

  it('prints every sentence of the seed, with the seed errors corrected', () => {
    const expected = corrected(seed, {
      // 000 form 1: 10 × 736.85 / 890 = 8.28 (the form prints 8.38), so the total is 90 + 8.28 = 98.28.
      '1、办公室政务运行保障经费项目项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为98.38分': '1、办公室政务运行保障经费项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为98.28分',
      // The seeds append 项目 even to names ending in 项目 ("…项目项目绩效自评综述"); the product does not (§14 [P]).
      '2、开展优化营商环境工作经费项目项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为98.7分': '2、开展优化营商环境工作经费项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为98.7分',
      '3、政务热线整合经费项目项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为99.04分': '3、政务热线整合经费项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为99.04分',
    });
    // Seed 000 has no 尾数 line after 十二; the product prints it in both scopes (§13 [P]).
    const vehicles = expected.findIndex((s) => s.startsWith('截至2024年12月31日，本单位共有车辆9辆'));
    expected.splice(vehicles + 1, 0, normalise(TAIL_NOTE));
    expect(sentences(paragraphsText(blocks))).toEqual(expected);
  });

  it('keeps the officer\u2019s 99.70% in the text and reports it against the form\u2019s 98.38%', () => {
    // 000 project 3: the 目标实际完成情况 (and so 十三) says 市民满意率达99.70%, the indicator row 98.38%.
    expect(paragraphsText(blocks)).toContain('市民满意率达99.70%');
    const issue = issuesOf(loadSample('final-2024-unit')).find((i) => i.id === 'S13.ACHIEVEMENT_FIGURE');
    expect(issue?.message).toContain('市民满意率达99.70%');
    expect(issue?.message).toContain('98.38%');
    expect(issue && where(issue)).toBe('S13.ACHIEVEMENT_FIGURE performance.projects[2].targets.actual');
  });

  it('uses the 情况说明 style headings of seed 003\u2019s table of contents', () => {
    expect(headings(blocks)).toEqual(['十、机关运行经费支出情况说明', '十一、政府采购支出情况说明', '十二、国有资产占用情况说明', '十三、预算绩效情况说明']);
  });

  it('takes 机关运行经费 from 公开06表 公用经费合计 when it is not typed, without a warning for a unit', () => {
    expect(loadSample('final-2024-unit').narrative.agencyOperatingCost.actual).toBeUndefined();
    expect(paragraphsText(blocks)).toContain('2024年度机关运行经费支出620.98万元');
    expect(issuesOf(loadSample('final-2024-unit')).map((i) => i.id)).not.toContain('S10.FROM_TABLE');
  });
});

describe('sections 十–十三 reproduce seed 003 (department)', () => {
  const project = loadSample('final-2024-department');
  const blocks = officerSectionBlocks(contextFor(project));
  const seed = sentences(seedSections(readSeed('003-final-2024-department.txt'), '十、机关运行经费支出说明'));

  it('prints every sentence of the seed, with the seed errors corrected', () => {
    const expected = corrected(seed, {
      // 003 十一 prints SME awards 0 (0%, goods 0%, services 0%) but small/micro awards 48.57 (100%); small/micro
      // firms are SMEs, so the SME awards are at least 48.57. The sample takes the small/micro figure as the
      // per-category SME awards (goods 21.51, services 27.06) and the product prints consistent shares.
      '授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额48.57万元，占政府采购支出总额的100%':
        '授予中小企业合同金额48.57万元，占政府采购支出总额的100%，其中：授予小微企业合同金额48.57万元，占政府采购支出总额的100%',
      '货物采购授予中小企业合同金额占货物支出金额的0%，服务采购授予中小企业合同金额占服务支出金额的0%':
        '货物采购授予中小企业合同金额占货物支出金额的100%，服务采购授予中小企业合同金额占服务支出金额的100%',
      '3.党政专用高清电视会议系统市政府八楼会议室项目项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为98.44分':
        '3.党政专用高清电视会议系统市政府八楼会议室项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为98.44分',
    });
    expect(sentences(paragraphsText(blocks))).toEqual(expected);
  });

  it('reports a small/micro award above the SME total as an error (the seed\u2019s own figures)', () => {
    const asPrinted = structuredClone(project);
    asPrinted.narrative.procurement.smeGoods = '0';
    asPrinted.narrative.procurement.smeServices = '0';
    const issue = issuesOf(asPrinted).find((i) => i.id === 'S11.SMALL_MICRO');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain('48.57');
    expect(issue && where(issue)).toBe('S11.SMALL_MICRO procurement.smallMicro');
  });

  it('has no issue in sections 十–十三 of the department sample', () => {
    expect(issuesOf(project).map(where)).toEqual([]);
  });

  it('headings equal the seed\u2019s table of contents', () => {
    const toc = seedSlice(readSeed('003-final-2024-department.txt'), '十、机关运行经费支出情况说明', '第四部分');
    expect(headings(blocks)).toEqual(toc.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  });
});

describe('the unit sample has only the documented issue', () => {
  it('reports nothing but the 99.70% / 98.38% text-versus-form difference', () => {
    expect(issuesOf(loadSample('final-2024-unit')).map(where)).toEqual(['S13.ACHIEVEMENT_FIGURE performance.projects[2].targets.actual']);
  });
});
