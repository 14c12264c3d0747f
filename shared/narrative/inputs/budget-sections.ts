// Officer inputs only the budget text needs (budget-narrative.md): the 机构设置 lead sentence, the
// planned large equipment, the key-evaluation and optimised projects of 六(一) and one 绩效目标表 per
// project. Reasons, vehicles, procurement and 概况 reuse the fields the 决算 text has. Every field has
// a default so that older project files still load.
import { z } from 'zod';
import { indicatorTargetSchema } from './officer-sections';

const text = z.string().default('');
const textList = z.array(z.string()).default([]);

/** One indicator row of a 绩效目标表: 一级/二级/三级指标 and the 指标值 (≥3个, ≤970.00万元, 12月底前完成). */
export const budgetIndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  target: indicatorTargetSchema,
});
export type BudgetIndicatorInput = z.infer<typeof budgetIndicatorSchema>;

/** 政策和项目预算绩效目标表 of one project of 项目支出预算情况表 (matched by the project name). */
export const budgetTargetFormSchema = z.object({
  project: z.string(),
  /** 主管部门 and its code (201_烟台市人民政府办公室); empty name → the unit's name. */
  departmentCode: text,
  department: text,
  /** 实施单位; empty → the unit's name. */
  implementingUnit: text,
  /** 总体目标 */
  objective: text,
  indicators: z.array(budgetIndicatorSchema).default([]),
});
export type BudgetTargetFormInput = z.infer<typeof budgetTargetFormSchema>;

export const budgetSectionInputsSchema = z.object({
  budget: z
    .object({
      /** Printed before the divisions list: 本单位为市级二级预算单位，无下属单位。 */
      organisationNote: text,
      /** 单位价值100万元以上大型设备 planned this year (台/套); absent = not entered. */
      plannedLargeEquipment: z.number().int('数量必须是整数').min(0, '数量不能为负数').optional(),
      /** 六(一): projects chosen for 部门重点绩效评价, by name as in 项目支出预算情况表. */
      keyEvaluationProjects: textList,
      /** 六(一): projects whose budget was optimised after earlier evaluations. */
      optimisedProjects: textList,
      targetForms: z.array(budgetTargetFormSchema).default([]),
    })
    .prefault({}),
});
export type BudgetSectionInputs = z.infer<typeof budgetSectionInputsSchema>['budget'];
