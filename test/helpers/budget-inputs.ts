// The budget sample with the officer's inputs taken away, so every budget section raises its warnings.
import type { Project } from '../../shared/project/schema';
import { editableCopy, loadSample } from './samples';

/** The budget sample with the inputs of every section taken away, so each section raises its warnings. */
export function strippedBudget(): Project {
  const p = editableCopy(loadSample('budget-2025-unit'));
  const forms = p.narrative.budget.targetForms;
  const first = forms[0];
  if (first === undefined) throw new Error('样例缺少绩效目标表');
  return {
    ...p,
    priorYear: { figures: {} },
    narrative: {
      ...p.narrative,
      reasons: {},
      procurement: {},
      stateAssets: { ...p.narrative.stateAssets, vehicles: {}, highValueEquipment: undefined },
      overview: { ...p.narrative.overview, duties: [], divisions: [] },
      ownText: { 'b3.p1': '机关运行经费预算999万元。', 'b1.p5': '上年数未填时不再生成的段落。' },
      budget: {
        ...p.narrative.budget,
        plannedLargeEquipment: undefined,
        keyEvaluationProjects: ['不存在的项目'],
        targetForms: [{ ...first, objective: '', indicators: [] }, { ...first, project: '另一个不存在的项目' }],
      },
    },
  };
}

