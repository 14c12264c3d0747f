// The checks of Part 1 and sections 十–十三: missing inputs as warnings naming the section and field,
// sums and bounds, the fleet of section 九, own text.
import { describe, expect, it } from 'vitest';
import { officerSectionInputsSchema } from '../../../../shared/narrative/inputs/officer-sections';
import { officerSectionBlocks } from '../../../../shared/narrative/officer-sections/index';
import { parseProject } from '../../../../shared/project/load-project';
import type { Project } from '../../../../shared/project/schema';
import { editableCopy, loadSample } from '../../../helpers/samples';
import { contextFor, issuesOf, paragraph, where } from './officer-helpers';

/** A sample with every officer input of this module back at its default (as in an older file). */
function withoutOfficerInputs(project: Project): Project {
  const copy = editableCopy(project);
  Object.assign(copy.narrative, officerSectionInputsSchema.parse({}));
  return copy;
}

describe('older project files', () => {
  it('load without any of the new inputs and get the defaults', () => {
    const text = JSON.stringify({ schemaVersion: 1, kind: 'finalAccount', year: 2024, unitName: '某单位', scope: 'unit', entryUnit: 'wanYuan', narrative: { reasons: {} } });
    const loaded = parseProject(text, 'old.json');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.project.narrative.performance.projects).toEqual([]);
    expect(loaded.project.narrative.stateAssets.vehicles).toEqual({});
    expect(loaded.project.narrative.glossaryNotes).toEqual({});
  });
});

describe('missing inputs', () => {
  it('warn for each missing field, naming the section and the field (unit)', () => {
    const issues = issuesOf(withoutOfficerInputs(loadSample('final-2024-unit')));
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.map(where)).toEqual([
      'P1.MISSING overview.duties',
      'P1.MISSING overview.divisions',
      'S10.MISSING agencyOperatingCost.initialBudget',
      'S11.MISSING procurement.goods',
      'S11.MISSING procurement.works',
      'S11.MISSING procurement.services',
      'S12.MISSING stateAssets.vehicles.total',
      'S12.MISSING stateAssets.vehicles.leader',
      'S12.MISSING stateAssets.vehicles.confidential',
      'S12.MISSING stateAssets.vehicles.emergency',
      'S12.MISSING stateAssets.vehicles.lawEnforcement',
      'S12.MISSING stateAssets.vehicles.special',
      'S12.MISSING stateAssets.vehicles.retired',
      'S12.MISSING stateAssets.vehicles.other',
      'S12.MISSING stateAssets.highValueEquipment',
      // 九 says 9 vehicles, 十二 has none typed.
      'S12.FLEET stateAssets.vehicles.total',
      'S13.MISSING performance.projects',
    ]);
    expect(issues.find((i) => i.id === 'S10.MISSING')?.message).toBe('十、机关运行经费：未填写“年初预算数”，文中不作比较。');
  });

  it('warn for the department lists of 机构设置', () => {
    const issues = issuesOf(withoutOfficerInputs(loadSample('final-2024-department'))).map(where);
    expect(issues.slice(0, 3)).toEqual(['P1.MISSING overview.duties', 'P1.MISSING overview.constituentUnits', 'P1.MISSING overview.budgetUnits']);
  });

  it('print no placeholder text when inputs are missing', () => {
    const blocks = officerSectionBlocks(contextFor(withoutOfficerInputs(loadSample('final-2024-unit'))));
    expect(paragraph(blocks, 's10.p1')).toBe('2024年度机关运行经费支出620.98万元。');
    expect(paragraph(blocks, 's11.p1')).toBe('2024年度本单位未发生政府采购支出。');
    expect(paragraph(blocks, 's13.p1')).toBe('（一）预算绩效管理工作开展情况。2024年度本单位未开展市级预算项目绩效自评。');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('')).not.toMatch(/[{}[\]]/);
  });

  it('warn a department that 机关运行经费 was taken from 公开06表 公用经费合计', () => {
    const project = editableCopy(loadSample('final-2024-department'));
    delete project.narrative.agencyOperatingCost.actual;
    const issue = issuesOf(project).find((i) => i.id === 'S10.FROM_TABLE');
    expect(issue && where(issue)).toBe('S10.FROM_TABLE agencyOperatingCost.actual');
    expect(issue?.message).toContain('公用经费合计395.08万元');
    expect(paragraph(officerSectionBlocks(contextFor(project)), 's10.p1')).toContain('机关运行经费支出395.08万元，比年初预算数减少8.4万元，下降2.08%');
  });

  it('ask for the reason when 机关运行经费 differs from the budget', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.agencyOperatingCost.reason = '';
    expect(issuesOf(project).map(where)).toContain('S10.MISSING agencyOperatingCost.reason');
    expect(paragraph(officerSectionBlocks(contextFor(project)), 's10.p1')).toBe('2024年度机关运行经费支出620.98万元，比年初预算数减少4.12万元，下降0.66%。');
  });
});

describe('section 十一 checks', () => {
  it('reports a total that is not goods + works + services, and states a 尾数 tail as info', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.procurement.total = '405.5';
    expect(issuesOf(project).filter((i) => i.id === 'S11.SUM').map((i) => i.severity)).toEqual(['info']);
    project.narrative.procurement.total = '410';
    expect(issuesOf(project).filter((i) => i.id === 'S11.SUM').map((i) => i.severity)).toEqual(['error']);
  });

  it('reports a category SME award above the category and SME above the total', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.procurement.smeGoods = '50';
    expect(issuesOf(project).map(where)).toContain('S11.SME_CATEGORY procurement.smeGoods');
  });

  it('derives the SME total from the categories and prints the works share only when there are works', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.procurement = { ...project.narrative.procurement, total: '505.49', works: '100', smeWorks: '40' };
    const text = paragraph(officerSectionBlocks(contextFor(project)), 's11.p1');
    expect(text).toContain('授予中小企业合同金额348.4万元，占政府采购支出总额的68.92%');
    expect(text).toContain('工程采购授予中小企业合同金额占工程支出金额的40%');
  });
});

describe('section 十二 checks', () => {
  it('reports vehicle categories that do not add up to the total', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.stateAssets.vehicles.other = 2;
    const issues = issuesOf(project);
    expect(issues.map(where)).toContain('S12.VEHICLE_SUM stateAssets.vehicles.total');
    expect(issues.find((i) => i.id === 'S12.VEHICLE_SUM')?.severity).toBe('error');
  });

  it('compares the total with the 公务用车保有量 of section 九', () => {
    const project = editableCopy(loadSample('final-2024-department'));
    project.narrative.threePublic.fleet = 19;
    const issue = issuesOf(project).find((i) => i.id === 'S12.FLEET');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toContain('20辆');
    expect(issue?.message).toContain('19辆');
  });

  it('drops the 其他用车 clause when there are none and asks for their purpose when there are', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.stateAssets.otherVehiclePurpose = '';
    expect(issuesOf(project).map(where)).toContain('S12.MISSING stateAssets.otherVehiclePurpose');
    project.narrative.stateAssets.vehicles = { ...project.narrative.stateAssets.vehicles, other: 0, total: 6 };
    expect(paragraph(officerSectionBlocks(contextFor(project)), 's12.p1')).toContain('其他用车0辆；单价100万元');
  });
});

describe('section 十三 checks', () => {
  it('requires the project budgets to fit in the total project budget', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.performance.projectBudgetTotal = '4000';
    expect(issuesOf(project).map(where)).toContain('S13.COVERAGE performance.projectBudgetTotal');
    project.narrative.performance.projectBudgetTotal = '8840';
    expect(paragraph(officerSectionBlocks(contextFor(project)), 's13.p1')).toContain('涉及预算资金4,420万元，占单位预算项目支出总额的50%。');
  });

  it('re-checks own text of 十三(一) against the forms', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.ownText['s13.p1'] = '我单位组织对2024年度市级预算项目开展绩效自评，涵盖项目4个，涉及预算资金4,500万元。';
    const blocks = officerSectionBlocks(contextFor(project));
    expect(paragraph(blocks, 's13.p1')).toBe('（一）预算绩效管理工作开展情况。我单位组织对2024年度市级预算项目开展绩效自评，涵盖项目4个，涉及预算资金4,500万元。');
    const issues = issuesOf(project);
    expect(issues.map(where)).toEqual(expect.arrayContaining(['S13.OWN_TEXT performance.ownText.s13.p1', 'OWN.FIGURE performance.ownText.s13.p1']));
    expect(issues.find((i) => i.id === 'OWN.FIGURE')?.message).toContain('“4,500万元”');
  });

  it('asks for the summary sentence and leaves it out while missing', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.performance.summary = '';
    expect(issuesOf(project).map(where)).toContain('S13.MISSING performance.summary');
    expect(paragraph(officerSectionBlocks(contextFor(project)), 's13.p3')).toBe(
      '（二）市级预算项目绩效自评结果。烟台市人民政府办公室本级2024年度市级预算绩效自评的3个项目中，3个项目自评等级为优。',
    );
  });

  it('counts projects by grade', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    const first = project.narrative.performance.projects[0];
    if (first === undefined) throw new Error('sample has projects');
    // No spending (execution 0 of 10) and one qualitative indicator at 1 of 2 points: 0 + 89 = 89 → 良.
    first.funding.total.actual = '0';
    first.funding.currentYear.actual = '0';
    const qualitative = first.indicators.find((i) => i.target.op === 'text');
    if (qualitative === undefined) throw new Error('sample has a qualitative indicator');
    qualitative.score = '1';
    expect(paragraph(officerSectionBlocks(contextFor(project)), 's13.p3')).toContain('3个项目中，2个项目自评等级为优，1个项目自评等级为良。');
  });
});

describe('Part 5 prose summary checks', () => {
  it('compares the stated project count and total with the summary table', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.selfEvaluationReport.paragraphs = ['共计4个项目，预算总金额共计4,500万元。'];
    expect(issuesOf(project).map(where)).toEqual(
      expect.arrayContaining(['A5.REPORT_COUNT selfEvaluationReport.paragraphs', 'A5.REPORT_TOTAL selfEvaluationReport.paragraphs']),
    );
  });
});
