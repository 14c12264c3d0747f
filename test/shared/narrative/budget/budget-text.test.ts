// The budget text from the sample's inputs reproduces seed 001's sentences (Part 1, Part 3 一–六, the
// 绩效目标表 forms, Part 4); planted errors in the inputs are reported where they are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrativeContext } from '../../../../shared/narrative/context';
import { buildPublication } from '../../../../shared/publication/build-publication';
import { budgetText } from '../../../../shared/narrative/budget/budget-text';
import { budgetTargetText } from '../../../../shared/narrative/budget/budget-performance';
import { analyseProject, projectCatalog } from '../../../../shared/report/final-account';
import { templateFor } from '../../../../shared/report/report-kind';
import type { Project } from '../../../../shared/project/schema';
import type { Block } from '../../../../shared/publication/model';
import { editableCopy, loadSample } from '../../../helpers/samples';

const SEED = readFileSync(new URL('../../../fixtures/seeds/001-budget-2025-unit.txt', import.meta.url), 'utf8');

function textOf(project: Project): ReturnType<typeof budgetText> {
  const template = templateFor(project.kind);
  const catalog = projectCatalog(project);
  const { report } = analyseProject(project, template, catalog);
  return budgetText(narrativeContext(project, report, template, catalog));
}

const paragraphs = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const seedLines = new Set(SEED.split('\n').map((line) => line.trim()));

/**
 * Where the seed contradicts itself or the product's number style, the product prints the corrected
 * sentence: the vehicle count the seed drops (执法执勤用车辆 — 4 + 3 + 1 + 1 = 9 leaves 0), and the
 * thousands separators 六(一) leaves out ("4579.38万元"; everywhere else the seed writes 7,713.47).
 * The duties paragraph is split by the page break of the seed's text extraction.
 */
const CORRECTED: Readonly<Record<string, string>> = {
  '截至2024年12月31日，本单位共有车辆9辆，其中机要通信用车4辆、应急保障用车3辆、执法执勤用车0辆、特种专业技术用车1辆、其他按照规定配备的公务用车1辆。其他按照规定配备的公务用车主要是主要负责人用车。':
    '截至2024年12月31日，本单位共有车辆9辆，其中机要通信用车4辆、应急保障用车3辆、执法执勤用车辆、特种专业技术用车1辆、其他按照规定配备的公务用车1辆。其他按照规定配备的公务用车主要是主要负责人用车。',
};

describe('the budget text of the sample (seed 001)', () => {
  const text = textOf(loadSample('budget-2025-unit'));

  it('writes every sentence of Part 3 一–六 as the seed prints it', () => {
    const written = paragraphs(text.narrative);
    expect(written.length).toBeGreaterThan(15);
    const performance = written.find((p) => p.startsWith('烟台市人民政府办公室2025年项目支出全面实施绩效管理'));
    expect(performance).toBe(
      '烟台市人民政府办公室2025年项目支出全面实施绩效管理，涉及预算项目支出4个，预算资金4,579.38万元，其中财政拨款4,579.38万元。拟对政务热线整合经费等1个项目开展部门重点绩效评价，涉及预算资金3,200万元，其中财政拨款3,200万元。根据以前年度绩效评价结果，优化办公室政务运行保障经费、实施公车统管费用、优化营商环境工作经费、政务热线整合经费等项目支出2025年预算安排，进一步改进管理、完善政策。',
    );
    const seedPerformance = SEED.slice(SEED.indexOf('烟台市人民政府办公室2025年项目支出'), SEED.indexOf('(二) 单位预算项目绩效目标表')).replace(/\s/g, '');
    expect(seedPerformance).toBe(performance?.replace(/(\d),(\d)/g, '$1$2'));
    for (const p of written.filter((x) => x !== performance)) expect(seedLines.has(CORRECTED[p] ?? p), p).toBe(true);
  });

  it('prints the seed sentences of 一–五 that carry the year-on-year figures', () => {
    const written = paragraphs(text.narrative);
    for (const sentence of [
      '（三）增减变化情况：2025年收支预算7,713.47万元，比上年增加101.51万元，其中：',
      '1. 收入预算增加101.51万元，其中一般公共预算收入增加103.51万元，其他收入减少2万元。',
      '2. 支出预算增加101.51万元，其中基本支出减少57.87万元，项目支出增加159.38万元。',
      '2. 公务用车购置及运行费21.6万元，包括公务用车购置费0万元，与上年基本持平；公务用车运行维护费21.6万元，与上年基本持平。',
      '3. 公务接待费110万元，比上年增加1万元，增长0.92%，主要原因是项目预算金额取整。',
      '2025年预算未安排购置单位价值100万元以上大型设备。',
    ]) {
      expect(written).toContain(sentence);
    }
    expect(written.some((p) => p.endsWith('2025年本单位机关运行经费安排537万元，较2024年预算减少88.1万元。主要原因是：压减经费导致。'))).toBe(true);
  });

  it('writes Part 1 and the seventeen 名词解释 as printed', () => {
    const overview = paragraphs(text.overview);
    expect(overview).toContain('本单位为市级二级预算单位，无下属单位。单位设立下列内设机构，分别为：');
    expect(overview.at(-1)).toMatch(/^总值班室、会议活动科、.*、党建办。$/u);
    expect(seedLines.has(overview.at(-1) ?? '')).toBe(true);
    const glossary = paragraphs(text.glossary);
    expect(glossary).toHaveLength(17);
    for (const entry of glossary) expect(seedLines.has(entry), entry).toBe(true);
  });

  it('lays out one 绩效目标表 per project with the 项目支出预算情况表 amounts and every indicator row of the seed', () => {
    const forms = text.narrative.flatMap((b) => (b.kind === 'grid' ? [b] : []));
    expect(forms.map((f) => f.rows[0]?.[1]?.text)).toEqual(['办公室政务运行保障经费', '优化营商环境工作经费', '实施公车统管费用', '政务热线整合经费']);
    expect(forms.map((f) => f.rows.slice(2, 5).map((r) => r.at(-1)?.text))).toEqual([
      ['970.00', '970.00', '0.00'],
      ['310.00', '310.00', '0.00'],
      ['99.38', '99.38', '0.00'],
      ['3200.00', '3200.00', '0.00'],
    ]);
    expect(forms[0]?.rows[1]?.[1]?.text).toBe('201_烟台市人民政府办公室');
    // Every indicator (三级指标 and 指标值) stands on a line of the seed's forms.
    const seedRows = SEED.split('\n').map((line) => line.split('\t').map((c) => c.trim()).filter((c) => c !== ''));
    const indicatorRows = forms.flatMap((f) => f.rows.slice(7).map((r) => r.slice(-2).map((c) => c.text)));
    expect(indicatorRows).toHaveLength(81);
    for (const [name, target] of indicatorRows) expect(seedRows.some((r) => r.at(-2) === name && r.at(-1) === target), `${name} ${target}`).toBe(true);
    expect(budgetTargetText({ op: '≤', value: '970.00', unit: '万元', prefix: '', suffix: '' })).toBe('≤970.00万元');
  });

  it('raises no issue on the sample text', () => {
    expect(text.issues).toEqual([]);
  });
});

describe('planted errors in the budget text inputs', () => {
  function plant(change: (p: Project) => void): ReturnType<typeof budgetText> {
    const project = editableCopy(loadSample('budget-2025-unit'));
    change(project);
    return textOf(project);
  }

  it('a missing reason and missing prior figures are warnings at their fields, never a placeholder in the text', () => {
    const text = plant((p) => {
      delete p.narrative.reasons['officialReception'];
      delete p.priorYear.figures['agencyOperatingCost'];
    });
    expect(text.issues.map((i) => [i.id, i.severity, i.location])).toEqual([
      ['B2.REASON', 'warning', { kind: 'section', section: 'b2', field: 'reasons.officialReception' }],
      ['B3.PRIOR', 'warning', { kind: 'section', section: 'b3', field: 'priorYear.agencyOperatingCost' }],
    ]);
    const written = paragraphs(text.narrative);
    expect(written).toContain('3. 公务接待费110万元，比上年增加1万元，增长0.92%。');
    expect(written.some((p) => p.endsWith('2025年本单位机关运行经费安排537万元。'))).toBe(true);
    expect(written.join('')).not.toMatch(/[{}]|undefined/u);
  });

  it('procurement and vehicle splits that do not add up are errors at their section', () => {
    const text = plant((p) => {
      p.narrative.procurement.services = '2875.21';
      p.narrative.stateAssets.vehicles.emergency = 2;
    });
    expect(text.issues.map((i) => [i.id, i.severity, i.location])).toEqual([
      ['B4.SUM', 'error', { kind: 'section', section: 'b4', field: 'procurement' }],
      ['B5.VEHICLES', 'error', { kind: 'section', section: 'b5', field: 'stateAssets.vehicles' }],
    ]);
  });

  it('a wrong prior-year source figure, a form for an unknown project and a cost target off the budget are reported', () => {
    const text = plant((p) => {
      p.priorYear.figures['otherIncome'] = '3';
      const form = p.narrative.budget.targetForms[2];
      if (form?.indicators[0]?.target.op !== '≤') throw new Error('sample changed');
      form.indicators[0].target.value = '98.38';
      const last = p.narrative.budget.targetForms[3];
      if (last) last.project = '政务热线经费';
    });
    expect(text.issues.map((i) => [i.id, i.severity, i.location])).toEqual([
      ['B1.SOURCES', 'error', { kind: 'section', section: 'b1', field: 'priorYear' }],
      ['B6.COST', 'warning', { kind: 'section', section: 'b6', field: 'budget.targetForms.2.indicators' }],
      ['B6.FORM_PROJECT', 'error', { kind: 'section', section: 'b6', field: 'budget.targetForms.3.project' }],
      ['B6.FORM_MISSING', 'warning', { kind: 'section', section: 'b6', field: 'budget.targetForms' }],
    ]);
  });

  it('own text of a budget paragraph is re-checked against its figures', () => {
    const text = plant((p) => {
      p.narrative.ownText['b4.p1'] = '2025年政府采购预算2,944.12万元，其中：政府采购货物预算96万元。';
      p.narrative.ownText['b2.p3'] = '1. 因公出国（境）费95万元，比上年增加55万元，增长137.5%。';
    });
    expect(text.issues.map((i) => [i.id, i.location, i.message])).toEqual([
      ['TXT.OWN.FIGURE', { kind: 'section', section: 'b4', field: 'ownText.b4.p1' }, '自行编写的段落 b4.p1 中的“96万元”与自动生成的文字和预算表数字都对不上，请核对。'],
    ]);
    expect(paragraphs(text.narrative)).toContain('1. 因公出国（境）费95万元，比上年增加55万元，增长137.5%。');
  });
});

describe('the budget text of a 部门 (汇总) budget', () => {
  const unit = loadSample('budget-2025-unit');
  const department: Project = {
    ...unit,
    scope: 'department',
    narrative: { ...unit.narrative, overview: { ...unit.narrative.overview, constituentUnits: ['烟台市人民政府办公室本级', '烟台市政府研究室'] } },
  };
  const text = textOf(department);
  const written = [...paragraphs(text.overview), ...paragraphs(text.narrative)];

  it('speaks of the 部门 where the unit text speaks of the 单位', () => {
    expect(written).toContain('按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。');
    expect(written.some((p) => p.startsWith('截至2024年12月31日，本部门共有车辆9辆'))).toBe(true);
    expect(written.some((p) => p.includes('本部门预算包括：烟台市人民政府办公室本级、烟台市政府研究室。'))).toBe(true);
    // The only 本单位 left is the officer's own 机构设置 lead sentence, printed as typed.
    const generated = written.map((p) => p.replace(department.narrative.budget.organisationNote, ''));
    expect(generated.filter((p) => p.includes('本单位'))).toEqual([]);
  });

  it('asks for the units the 部门 budget includes when they are missing', () => {
    const bare = textOf({ ...department, narrative: { ...department.narrative, overview: { ...department.narrative.overview, constituentUnits: [] } } });
    expect(bare.issues.map((i) => [i.id, i.location])).toContainEqual(['BP1.MISSING', { kind: 'section', section: 'overview', field: 'overview.constituentUnits' }]);
  });

  it('titles the cover and the parts as a 部门预算', () => {
    const template = templateFor(department.kind);
    const catalog = projectCatalog(department);
    const { report } = analyseProject(department, template, catalog);
    const publication = buildPublication(narrativeContext(department, report, template, catalog), { draft: false });
    expect(publication.cover).toEqual(['2025年烟台市人民政府办公室', '部门预算']);
    expect(publication.parts.map((part) => part.title)).toEqual(['部门概况', '2025年部门预算表', '2025年部门预算情况和重要事项说明', '名词解释']);
  });
});
