// The structured inputs of each part of the 决算 text: which project fields a section editor shows,
// with their Chinese labels. Data, not components: the editor renders any list of these; the 预算
// parts are in budget-section-fields.ts.
import type { PartId } from '../report/parts';

/** A path from project.narrative down to the field. */
export type NarrativePath = readonly (string | number)[];

interface Common {
  readonly label: string;
  readonly path: NarrativePath;
  readonly hint?: string;
  /** Only shown for one scope (单位 or 部门). */
  readonly scope?: 'unit' | 'department';
}

export type FieldSpec =
  | (Common & { readonly kind: 'amount' })
  | (Common & { readonly kind: 'count' })
  | (Common & { readonly kind: 'text'; readonly multiline?: boolean })
  /** A list of strings, one per line. */
  | (Common & { readonly kind: 'lines' })
  | (Common & { readonly kind: 'choice'; readonly options: readonly { readonly value: string; readonly label: string }[] })
  | (Common & { readonly kind: 'flag' })
  /** 年初预算 per 项: code, budget, reason. */
  | (Common & { readonly kind: 'budgetLines' });

export type FieldGroup = {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  /** The issue field naming the whole group (a check across its fields: procurement, stateAssets.vehicles). */
  readonly field?: string;
};

const amount = (label: string, path: NarrativePath, hint?: string): FieldSpec => ({ kind: 'amount', label, path, ...(hint === undefined ? {} : { hint }) });
const count = (label: string, path: NarrativePath): FieldSpec => ({ kind: 'count', label, path });
const text = (label: string, path: NarrativePath, multiline = false, hint?: string): FieldSpec => ({ kind: 'text', label, path, multiline, ...(hint === undefined ? {} : { hint }) });

const COMPLETION_WORDING = [
  { value: 'auto', label: '按数字写完成率' },
  { value: 'roughlyFlat', label: '写“与年初预算基本持平”' },
] as const;

const threePublic = (field: string): NarrativePath => ['threePublic', field];

const vehicles = (label: string, key: string): FieldSpec => count(label, ['stateAssets', 'vehicles', key]);

/** The vehicle counts by kind and what 其他用车 are for: the same inputs in the 决算 and 预算 texts. */
export const VEHICLE_FIELDS: readonly FieldSpec[] = [
  vehicles('车辆总数', 'total'),
  vehicles('领导干部用车', 'leader'),
  vehicles('机要通信用车', 'confidential'),
  vehicles('应急保障用车', 'emergency'),
  vehicles('执法执勤用车', 'lawEnforcement'),
  vehicles('特种专业技术用车', 'special'),
  vehicles('离退休干部用车', 'retired'),
  vehicles('其他用车', 'other'),
  text('其他用车主要用于', ['stateAssets', 'otherVehiclePurpose']),
];

export const FIELDS_BY_PART: Readonly<Partial<Record<PartId, readonly FieldGroup[]>>> = {
  overview: [
    {
      title: '职责与机构',
      fields: [
        { kind: 'lines', label: '单位（部门）职责（每段一行，含编号）', path: ['overview', 'duties'] },
        { kind: 'lines', label: '内设职能科室（每行一个）', path: ['overview', 'divisions'], scope: 'unit' },
        { kind: 'lines', label: '部门决算包括的单位（每行一个）', path: ['overview', 'constituentUnits'], scope: 'department' },
        { kind: 'lines', label: '纳入编制范围的二级预算单位（每行一个）', path: ['overview', 'budgetUnits'], scope: 'department' },
      ],
    },
  ],
  'section:s2': [
    {
      title: '写法',
      fields: [
        { kind: 'flag', label: '列出金额为 0 的收入来源', path: ['listZeroSources'] },
        { kind: 'choice', label: '图题样式', path: ['captionStyle'], options: [{ value: 'numbered', label: '图1：……' }, { value: 'suffix', label: '……图' }] },
      ],
    },
  ],
  'section:s3': [{ title: '写法', fields: [{ kind: 'flag', label: '列出金额为 0 的支出性质', path: ['listZeroSources'] }] }],
  'section:s5': [
    {
      title: '年初预算（取自本年部门预算）',
      fields: [
        { kind: 'budgetLines', label: '各项年初预算', path: ['initialBudgets'] },
        amount('年初预算总数', ['initialBudgetTotal'], '与各项之和核对'),
        text('决算数与年初预算差异的原因', ['initialBudgetReason'], true),
        { kind: 'choice', label: '完成情况写法', path: ['initialBudgetWording'], options: COMPLETION_WORDING },
      ],
    },
  ],
  'section:s7': [{ title: '年初预算', fields: [{ kind: 'budgetLines', label: '政府性基金各项年初预算', path: ['governmentFundBudgets'] }] }],
  'section:s8': [{ title: '年初预算', fields: [{ kind: 'budgetLines', label: '国有资本经营各项年初预算', path: ['stateCapitalBudgets'] }] }],
  'section:s9': [
    {
      title: '因公出国（境）',
      fields: [count('团组（个）', threePublic('travelGroups')), count('人次', threePublic('travelTrips')), text('开支内容', threePublic('travelContent'))],
    },
    {
      title: '公务用车',
      fields: [count('本年购置（辆）', threePublic('vehiclesBought')), count('年末保有量（辆）', threePublic('fleet')), text('运行维护费主要用于', threePublic('vehicleContent'))],
    },
    {
      title: '公务接待',
      fields: [
        amount('国内接待费', threePublic('domesticReception')),
        amount('国（境）外接待费', threePublic('abroadReception')),
        count('国内接待批次', threePublic('receptionBatches')),
        count('国内接待人次', threePublic('receptionPersons')),
        count('其中外事接待批次', threePublic('foreignAffairsBatches')),
        count('其中外事接待人次', threePublic('foreignAffairsPersons')),
        count('国（境）外接待批次', threePublic('abroadBatches')),
        count('国（境）外接待人次', threePublic('abroadPersons')),
        text('接待费主要用于', threePublic('receptionContent')),
      ],
    },
    {
      title: '与预算的差异原因',
      fields: [
        text('“三公”经费合计', ['threePublic', 'reasons', 'total'], true),
        text('因公出国（境）费', ['threePublic', 'reasons', 'travel'], true),
        text('公务用车购置及运行维护费', ['threePublic', 'reasons', 'vehicles'], true),
        text('公务接待费', ['threePublic', 'reasons', 'reception'], true),
      ],
    },
  ],
  'section:s10': [
    {
      title: '机关运行经费',
      fields: [
        amount('机关运行经费支出', ['agencyOperatingCost', 'actual'], '不填则取公开06表公用经费合计'),
        amount('年初预算数', ['agencyOperatingCost', 'initialBudget']),
        text('与年初预算差异的原因', ['agencyOperatingCost', 'reason'], true),
      ],
    },
  ],
  'section:s11': [
    {
      title: '政府采购',
      fields: [
        amount('政府采购支出总额', ['procurement', 'total'], '不填则为货物、工程、服务之和'),
        amount('货物', ['procurement', 'goods']),
        amount('工程', ['procurement', 'works']),
        amount('服务', ['procurement', 'services']),
        amount('授予中小企业：货物', ['procurement', 'smeGoods']),
        amount('授予中小企业：工程', ['procurement', 'smeWorks']),
        amount('授予中小企业：服务', ['procurement', 'smeServices']),
        amount('其中授予小微企业', ['procurement', 'smallMicro']),
      ],
    },
  ],
  'section:s12': [
    {
      title: '车辆（年末）',
      fields: VEHICLE_FIELDS,
    },
    { title: '设备', fields: [count('单价100万元（含）以上设备（台、套）', ['stateAssets', 'highValueEquipment'])] },
  ],
  'section:s13': [
    {
      title: '预算绩效',
      fields: [
        amount('预算项目支出总额', ['performance', 'projectBudgetTotal'], '不填则为各自评项目全年预算数之和'),
        text('自评情况总体说明（从自评情况看，……）', ['performance', 'summary'], true),
        text('重点绩效评价结果', ['performance', 'keyEvaluation'], true),
        text('部门评价结果（部门）', ['performance', 'departmentEvaluation'], true),
        text('上级转移支付项目自评结果（部门）', ['performance', 'transferPayment'], true),
        { kind: 'lines', label: '汇总表分组（每行一个）', path: ['performance', 'groups'] },
      ],
    },
  ],
  attachments: [
    {
      title: '自评报告（可选）',
      fields: [
        { kind: 'lines', label: '标题（每行一行）', path: ['selfEvaluationReport', 'title'] },
        { kind: 'lines', label: '正文（每段一行）', path: ['selfEvaluationReport', 'paragraphs'] },
        text('落款', ['selfEvaluationReport', 'signature']),
        text('日期', ['selfEvaluationReport', 'date']),
      ],
    },
  ],
};

/** Officer input areas: their issues name fields from inside the area (procurement → "goods"). */
const OFFICER_AREAS: ReadonlySet<string> = new Set(['overview', 'agencyOperatingCost', 'procurement', 'stateAssets', 'performance', 'selfEvaluationReport', 'glossaryNotes']);

/**
 * The `field` an issue names for a path: table sections (一–九) name it from `narrative`
 * (threePublic.fleet), officer areas from inside the area (procurement.goods → goods).
 */
export function issueFieldOf(path: NarrativePath): string {
  const head = path[0];
  const relative = typeof head === 'string' && OFFICER_AREAS.has(head) ? path.slice(1) : path;
  return relative.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
}

/** Whether an issue's field is this field or inside it (initialBudgets.2010301 is in initialBudgets). */
export function fieldContains(field: string, issueField: string | undefined): boolean {
  if (issueField === undefined) return false;
  return issueField === field || issueField.startsWith(`${field}.`) || issueField.startsWith(`${field}[`);
}
