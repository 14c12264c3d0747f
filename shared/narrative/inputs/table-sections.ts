// Officer inputs for the table-driven sections 一–九 of 情况说明 (final-account-narrative.md §2–§10):
// initial budgets per 项 (BG), 三公 counts and contents, reasons and style options (OF). Every field
// has a default so that project files saved before a field existed still load.
import { z } from 'zod';
import { AMOUNT_PATTERN } from '../../money/money';

/**
 * An amount in the project's entry unit (元 or 万元), as stored — the same rule as `amountTextSchema`
 * of project/schema.ts. That module spreads this schema into `narrative`, so importing it from here
 * would make the two modules depend on each other at load time (whichever loads first fails).
 */
const amountText = z.string().regex(AMOUNT_PATTERN, '金额必须是数字（可带小数点和负号）');
/** Budgets and reception amounts are never negative. */
const nonNegativeAmount = amountText.refine((text) => !text.startsWith('-'), '金额不能为负数');
const optionalText = z.string().optional();
const count = z.number().int('必须是整数').nonnegative('不能为负数').optional();

/** How a 项 line states its completion: from the figures, or 与年初预算基本持平 chosen by the officer. */
export const completionWordingSchema = z.enum(['auto', 'roughlyFlat']);
export type CompletionWording = z.infer<typeof completionWordingSchema>;

/** One 项 of 五(三), 七 or 八: its 年初预算 from the year's budget package and why the outturn differs. */
export const initialBudgetLineSchema = z.object({
  /** 7-digit 功能分类 项 code; a 项 with a budget but no spending may be added (决算为 0). */
  code: z.string().regex(/^\d{7}$/, '请填写 7 位项级科目编码'),
  budget: nonNegativeAmount,
  reason: optionalText,
  wording: completionWordingSchema.default('auto'),
});
export type InitialBudgetLine = z.infer<typeof initialBudgetLineSchema>;

/** Reasons when a 三公 line differs from its full-year budget. */
export const threePublicReasonsSchema = z.object({
  total: optionalText,
  travel: optionalText,
  vehicles: optionalText,
  reception: optionalText,
});

/** What section 九 needs beyond 公开09表. */
export const threePublicInputsSchema = z.object({
  /** 因公出国（境）团组 (个) and 人次. */
  travelGroups: count,
  travelTrips: count,
  /** 开支内容包括：… (e.g. "国际旅费、国外城市间交通费、住宿费、伙食费、公杂费等"). */
  travelContent: optionalText,
  /** Vehicles bought with appropriations this year (辆). */
  vehiclesBought: count,
  /** Vehicles whose running costs the appropriation pays, at 31 December (辆). */
  fleet: count,
  /** 主要是按规定保留的公务用车的…等支出 (e.g. "燃料费、维修费、保险费、过路费"). */
  vehicleContent: optionalText,
  /** 国内接待费 and 国（境）外接待费; together = 公开09表 第12栏. */
  domesticReception: nonNegativeAmount.optional(),
  abroadReception: nonNegativeAmount.optional(),
  receptionBatches: count,
  receptionPersons: count,
  /** 外事接待, included in the domestic counts. */
  foreignAffairsBatches: count,
  foreignAffairsPersons: count,
  abroadBatches: count,
  abroadPersons: count,
  /** 主要用于… (e.g. "各类公务接待的费用等"). */
  receptionContent: optionalText,
  reasons: threePublicReasonsSchema.prefault({}),
});
export type ThreePublicInputs = z.infer<typeof threePublicInputsSchema>;

export const tableSectionInputsSchema = z.object({
  /** 五(三): 年初预算 per 项 of 公开05表 (and 项 budgeted but not spent). */
  initialBudgets: z.array(initialBudgetLineSchema).default([]),
  /** 五(三): the 年初预算 total as the budget package states it; checked against Σ per 项. */
  initialBudgetTotal: nonNegativeAmount.optional(),
  /** 五(三): why the whole outturn differs from the initial budget. */
  initialBudgetReason: optionalText,
  initialBudgetWording: completionWordingSchema.default('auto'),
  /** 七: 年初预算 per 项 of 公开07表. */
  governmentFundBudgets: z.array(initialBudgetLineSchema).default([]),
  /** 八: 年初预算 per 项 of 公开08表. */
  stateCapitalBudgets: z.array(initialBudgetLineSchema).default([]),
  threePublic: threePublicInputsSchema.prefault({}),
  /** 二(一)/三(一): list sources and natures that are 0 (seed 003) or only non-zero ones (seed 000). */
  listZeroSources: z.boolean().default(false),
  /** Chart captions "图1：…" (seed 000) or "…图" (seed 003). */
  captionStyle: z.enum(['numbered', 'suffix']).default('numbered'),
  /** Both years 0: "与上年决算数一致" (seed 000) or "与{上年}年决算数相同" (seed 003). */
  zeroZeroWording: z.enum(['sameAsLastYear', 'sameAsPriorYear']).default('sameAsLastYear'),
  /** 九, actual = budget: "与{年}年全年预算基本持平。完成…" (seed 000) or "与{年}年预算基本持平，完成…" (seed 003). */
  threePublicFlatWording: z.enum(['fullYearBudget', 'yearBudget']).default('fullYearBudget'),
});
export type TableSectionInputs = z.infer<typeof tableSectionInputsSchema>;
