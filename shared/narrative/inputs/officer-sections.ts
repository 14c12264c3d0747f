// Officer inputs for Part 1 概况, sections 十–十三, 名词解释 and Part 5 附件 (final-account-narrative.md
// §11–§14, §17, §18). Every field has a default or is optional, so project files saved before a field
// existed still load. An absent amount or count means "not entered" (reported as a warning), which is
// different from a typed 0.
import { z } from 'zod';
import { AMOUNT_PATTERN } from '../../money/money';

const amountText = z.string().regex(AMOUNT_PATTERN, '金额必须是数字（可带小数点和负号）');
const nonNegativeAmount = amountText.refine((text) => !text.startsWith('-'), '金额不能为负数');
const count = z.number().int('数量必须是整数').min(0, '数量不能为负数');
const text = z.string().default('');
const textList = z.array(z.string()).default([]);

/** Part 1: 一、单位职责 / 部门职责 and 二、机构设置. */
export const overviewInputSchema = z.object({
  /** The mandate, one entry per paragraph as the officer wants it printed (numbering included). */
  duties: textList,
  /** Unit scope: the internal divisions (职能科室), in printed order. */
  divisions: textList,
  /** Department scope: the units the consolidated account consists of (从单位构成看…). */
  constituentUnits: textList,
  /** Department scope: the 二级预算单位 inside the 编制范围, printed as a numbered list. */
  budgetUnits: textList,
});
export type OverviewInput = z.infer<typeof overviewInputSchema>;

/** Section 十. */
export const agencyOperatingCostInputSchema = z.object({
  /** 机关运行经费 actually spent; absent → 公开06表 公用经费合计. */
  actual: nonNegativeAmount.optional(),
  /** 年初预算数 (from the year's budget package). */
  initialBudget: nonNegativeAmount.optional(),
  /** Reason for the difference to the initial budget (printed after 主要原因是). */
  reason: text,
});
export type AgencyOperatingCostInput = z.infer<typeof agencyOperatingCostInputSchema>;

/** Section 十一: amounts from the procurement system. SME awards are typed per category. */
export const procurementInputSchema = z.object({
  /** 政府采购支出总额 as the procurement system prints it; absent → goods + works + services. */
  total: nonNegativeAmount.optional(),
  goods: nonNegativeAmount.optional(),
  works: nonNegativeAmount.optional(),
  services: nonNegativeAmount.optional(),
  /** 授予中小企业合同金额 per category; the SME total is their sum. */
  smeGoods: nonNegativeAmount.optional(),
  smeWorks: nonNegativeAmount.optional(),
  smeServices: nonNegativeAmount.optional(),
  /** 授予小微企业合同金额 (a part of the SME awards). */
  smallMicro: nonNegativeAmount.optional(),
});
export type ProcurementInput = z.infer<typeof procurementInputSchema>;

/** Section 十二: vehicles by the seven categories at 31 December, and high-value equipment. */
export const vehicleCountsSchema = z.object({
  total: count.optional(),
  /** 符合规定领导干部用车 */
  leader: count.optional(),
  /** 机要通信用车 */
  confidential: count.optional(),
  /** 应急保障用车 */
  emergency: count.optional(),
  /** 执法执勤用车 */
  lawEnforcement: count.optional(),
  /** 特种专业技术用车 */
  special: count.optional(),
  /** 离退休干部用车 */
  retired: count.optional(),
  /** 其他用车 */
  other: count.optional(),
});
export type VehicleCounts = z.infer<typeof vehicleCountsSchema>;

export const vehicleCategorySchema = z.enum(['leader', 'confidential', 'emergency', 'lawEnforcement', 'special', 'retired', 'other']);
export type VehicleCategory = z.infer<typeof vehicleCategorySchema>;
export const VEHICLE_CATEGORIES: readonly VehicleCategory[] = vehicleCategorySchema.options;

export const stateAssetsInputSchema = z.object({
  vehicles: vehicleCountsSchema.prefault({}),
  /** What the 其他用车 are used for (其他用车主要是…). */
  otherVehiclePurpose: text,
  /** 单价100万元（含）以上设备（不含车辆）台（套）数. */
  highValueEquipment: count.optional(),
});
export type StateAssetsInput = z.infer<typeof stateAssetsInputSchema>;

/** One funding row of a self-evaluation form: 年初预算数, 全年预算数（A）, 全年执行数（B）. */
export const fundingRowSchema = z.object({
  initial: nonNegativeAmount.optional(),
  budget: nonNegativeAmount.optional(),
  actual: nonNegativeAmount.optional(),
});
export type FundingRow = z.infer<typeof fundingRowSchema>;

export const fundingRowKeySchema = z.enum(['total', 'currentYear', 'carryOver', 'other']);
export type FundingRowKey = z.infer<typeof fundingRowKeySchema>;
export const FUNDING_ROWS: readonly FundingRowKey[] = fundingRowKeySchema.options;

/** Target value: "≥3个", "≤890万元", "=4次", "诉求解决率≥90%", or text ("12月底前完成"). */
export const indicatorTargetSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('text'), text: z.string() }),
  z.object({
    op: z.enum(['≥', '≤', '=']),
    value: amountText,
    unit: text,
    /** Words printed before the operator ("诉求解决率≥90%"). */
    prefix: text,
    /** Words printed after the unit ("≥95%按期办结"). */
    suffix: text,
  }),
]);
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

export const indicatorSchema = z.object({
  /** 一级指标: 成本指标, 产出指标, 效益指标, 满意度指标. */
  level1: z.string(),
  /** 二级指标: 经济成本指标, 数量指标, 质量指标, 时效指标, 社会效益指标 … */
  level2: z.string(),
  /** 三级指标 (the indicator's name). */
  name: z.string(),
  target: indicatorTargetSchema,
  /** 实际完成指标值 as printed, and its number for quantitative scoring. */
  actual: z.object({ text, value: amountText.optional() }).prefault({}),
  /** 分值 */
  weight: nonNegativeAmount,
  /** 得分 given by the officer: required for qualitative (text) targets, ignored where it can be computed. */
  score: nonNegativeAmount.optional(),
  /** 偏差原因分析及改进措施 */
  deviation: text,
});
export type IndicatorInput = z.infer<typeof indicatorSchema>;

export const performanceProjectSchema = z.object({
  name: z.string(),
  /** 主管部门; empty → the unit's name. */
  department: text,
  /** 项目实施单位; empty → the unit's name. */
  implementingUnit: text,
  /** 资金使用单位 in the summary table; empty → the implementing unit. */
  fundUser: text,
  phone: text,
  /** Summary-table group label (performance.groups); empty → the first group. */
  group: text,
  funding: z
    .object({
      /** 年度资金总额; absent cells → the sum of the three rows below. */
      total: fundingRowSchema.prefault({}),
      /** 其中：当年财政拨款 */
      currentYear: fundingRowSchema.prefault({}),
      /** 上年结转资金 */
      carryOver: fundingRowSchema.prefault({}),
      /** 其他资金 */
      other: fundingRowSchema.prefault({}),
    })
    .prefault({}),
  /** 年度总体目标: 年初预期目标 / 目标实际完成情况. */
  targets: z.object({ expected: text, actual: text }).prefault({}),
  /** 项目绩效目标完成情况 in section 十三; empty → targets.actual. */
  achievement: text,
  indicators: z.array(indicatorSchema).default([]),
  /** 总分在80分以下的项目未实现绩效目标的原因分析及拟采取的措施说明. */
  explanation: text,
});
export type PerformanceProjectInput = z.infer<typeof performanceProjectSchema>;

export const performanceInputSchema = z.object({
  /** 单位（部门市级）预算项目支出总额, the denominator of 占…的%; absent → Σ 全年预算数 of the projects. */
  projectBudgetTotal: nonNegativeAmount.optional(),
  /** 从自评情况看，… (十三(二)). */
  summary: text,
  /** Group rows of the summary table in order; empty → the template's default for the scope. */
  groups: textList,
  /** Key evaluations (unit 十三(三) / department 十三(五)); empty → "无…" sentence. */
  keyEvaluation: text,
  /** Department 十三(四) 部门评价结果; empty → "本部门无部门评价项目。". */
  departmentEvaluation: text,
  /** Department 十三(三) 上级对地方转移支付项目绩效自评结果; empty → "无…" sentence. */
  transferPayment: text,
  projects: z.array(performanceProjectSchema).default([]),
});
export type PerformanceInput = z.infer<typeof performanceInputSchema>;

/** The optional prose summary after the forms (seed 000): free text, then signature and date lines. */
export const selfEvaluationReportInputSchema = z.object({
  /** Centred title lines; no title and no paragraphs → the summary is left out. */
  title: textList,
  paragraphs: textList,
  signature: text,
  date: text,
});
export type SelfEvaluationReportInput = z.infer<typeof selfEvaluationReportInputSchema>;

export const officerSectionInputsSchema = z.object({
  overview: overviewInputSchema.prefault({}),
  agencyOperatingCost: agencyOperatingCostInputSchema.prefault({}),
  procurement: procurementInputSchema.prefault({}),
  stateAssets: stateAssetsInputSchema.prefault({}),
  performance: performanceInputSchema.prefault({}),
  /** The officer's 说明 per 项-level 科目编码 for 名词解释, kept for next year; wins over the catalog. */
  glossaryNotes: z.record(z.string().regex(/^\d{7}$/, '科目编码必须是7位数字'), z.string()).default({}),
  selfEvaluationReport: selfEvaluationReportInputSchema.prefault({}),
});
export type OfficerSectionInputs = z.infer<typeof officerSectionInputsSchema>;
