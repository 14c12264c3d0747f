// Scores of a 市级预算项目支出绩效自评表 (final-account-narrative.md §18.2 and notes 1–6 of the form):
// budget execution min(10, 10 × B/A); positive quantitative indicators B/A × weight, negative ones
// A/B × weight, '=' full when met, each capped at its weight; qualitative indicators as the officer
// scores them. Total = execution + Σ indicators; 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差.
import { amount, Decimal, formatMessageAmount, roundingTolerance, sum, ZERO, type Amount } from '../../money/money';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { percentNumber } from '../wording';
import { FUNDING_ROWS, type FundingRowKey, type IndicatorInput, type PerformanceProjectInput } from '../inputs/officer-sections';
import { issue, optionalAmount, scoreText } from '../officer-sections/section-helpers';

export type Grade = '优' | '良' | '中' | '差';
export const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

export const EXECUTION_WEIGHT = new Decimal(10);
export const INDICATOR_WEIGHT_TOTAL = new Decimal(90);
const PASS_MARK = new Decimal(80);

export function gradeOf(total: Amount): Grade {
  if (total.gte(90)) return '优';
  if (total.gte(80)) return '良';
  if (total.gte(60)) return '中';
  return '差';
}

export type IndicatorKind = 'positive' | 'negative' | 'equal' | 'qualitative';

export interface IndicatorResult {
  readonly input: IndicatorInput;
  readonly kind: IndicatorKind;
  readonly weight: Amount;
  /** 得分 as printed (two decimals, half-up, capped at the weight). */
  readonly score: Amount;
  /** True when the score follows from the figures; false when the officer gave it. */
  readonly computed: boolean;
}

export interface FundingCells {
  readonly initial?: Amount;
  readonly budget?: Amount;
  readonly actual?: Amount;
}

export interface ProjectEvaluation {
  readonly index: number;
  readonly input: PerformanceProjectInput;
  /** The name with "项目" appended unless it already ends with it (§14 [P]). */
  readonly projectName: string;
  readonly department: string;
  readonly implementingUnit: string;
  readonly fundUser: string;
  /** Funding rows; empty 年度资金总额 cells are the sum of the rows below where those are typed. */
  readonly funding: Readonly<Record<FundingRowKey, FundingCells>>;
  /** 全年预算数（A） and 全年执行数（B） of 年度资金总额. */
  readonly budget: Amount;
  readonly actual: Amount;
  /** B/A as percent text without %, undefined when A = 0. */
  readonly rate?: string;
  readonly executionScore: Amount;
  readonly indicators: readonly IndicatorResult[];
  readonly weightTotal: Amount;
  readonly total: Amount;
  readonly grade: Grade;
  readonly issues: readonly Issue[];
}

const round2 = (value: Amount): Amount => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** The text of a target as printed: "≤890万元", "诉求解决率≥90%", "12月底前完成". */
export function targetText(target: IndicatorInput['target']): string {
  if (target.op === 'text') return target.text;
  return `${target.prefix}${target.op}${amount(target.value).toFixed()}${target.unit}${target.suffix}`;
}

function kindOf(target: IndicatorInput['target']): IndicatorKind {
  switch (target.op) {
    case 'text':
      return 'qualitative';
    case '≥':
      return 'positive';
    case '≤':
      return 'negative';
    case '=':
      return 'equal';
  }
}

/** The score the figures give, or undefined when they cannot (qualitative, no actual value, '=' missed). */
function computedScore(input: IndicatorInput, weight: Amount): Amount | undefined {
  const target = input.target;
  const actualValue = optionalAmount(input.actual.value);
  if (target.op === 'text' || actualValue === undefined) return undefined;
  const a = amount(target.value);
  const b = actualValue;
  switch (target.op) {
    case '≥':
      return a.lte(0) ? weight : Decimal.min(weight, round2(b.div(a).times(weight)));
    case '≤':
      return b.lte(0) ? weight : Decimal.min(weight, round2(a.div(b).times(weight)));
    case '=':
      return b.eq(a) ? weight : undefined;
  }
}

function scoreIndicator(input: IndicatorInput, field: string, label: string, issues: Issue[]): IndicatorResult {
  const weight = amount(input.weight);
  const kind = kindOf(input.target);
  const officer = optionalAmount(input.score);
  const computed = computedScore(input, weight);
  const name = `${label}指标“${input.name}”`;
  if (computed !== undefined) {
    if (officer !== undefined && !round2(officer).eq(computed)) {
      issues.push(issue('A5.SCORE_COMPUTED', 'warning', 'performance', `${field}.score`, `${name}：填写的得分${scoreText(officer)}与按评分规则计算的${scoreText(computed)}不同，采用计算得分。`));
    }
    return { input, kind, weight, score: computed, computed: true };
  }
  if (officer === undefined) {
    const why = kind === 'qualitative' ? '定性指标需填写得分' : kind === 'equal' && input.actual.value !== undefined ? '实际完成值未达到指标值，需填写得分' : '未填写实际完成值，无法计算得分';
    issues.push(issue('A5.SCORE_MISSING', 'warning', 'performance', `${field}.score`, `${name}：${why}，暂按0分计。`));
    return { input, kind, weight, score: ZERO, computed: false };
  }
  if (officer.gt(weight)) {
    issues.push(issue('A5.SCORE_ABOVE_WEIGHT', 'error', 'performance', `${field}.score`, `${name}：得分${scoreText(officer)}超过分值${scoreText(weight)}（得分最高不能超过该指标分值），按分值计。`));
    return { input, kind, weight, score: weight, computed: false };
  }
  return { input, kind, weight, score: round2(officer), computed: false };
}

function cells(initial: Amount | undefined, budget: Amount | undefined, actual: Amount | undefined): FundingCells {
  return { ...(initial !== undefined ? { initial } : {}), ...(budget !== undefined ? { budget } : {}), ...(actual !== undefined ? { actual } : {}) };
}

const FUNDING_COLUMNS: readonly (keyof FundingCells)[] = ['initial', 'budget', 'actual'];
const FUNDING_PARTS: readonly FundingRowKey[] = FUNDING_ROWS.filter((row) => row !== 'total');

function fundingCells(project: PerformanceProjectInput): Record<FundingRowKey, FundingCells> {
  const read = (key: FundingRowKey): FundingCells => {
    const row = project.funding[key];
    return cells(optionalAmount(row.initial), optionalAmount(row.budget), optionalAmount(row.actual));
  };
  const parts = FUNDING_PARTS.map(read);
  const typedTotal = read('total');
  const column = (key: keyof FundingCells): Amount | undefined => {
    const typed = typedTotal[key];
    if (typed !== undefined) return typed;
    const values = parts.map((p) => p[key]).filter((v): v is Amount => v !== undefined);
    return values.length === 0 ? undefined : sum(values);
  };
  return {
    total: cells(column('initial'), column('budget'), column('actual')),
    currentYear: read('currentYear'),
    carryOver: read('carryOver'),
    other: read('other'),
  };
}

const FUNDING_COLUMN_LABELS: Readonly<Record<keyof FundingCells, string>> = { initial: '年初预算数', budget: '全年预算数', actual: '全年执行数' };

function fundingIssues(project: PerformanceProjectInput, field: string, label: string, issues: Issue[]): void {
  for (const key of FUNDING_COLUMNS) {
    const typed = optionalAmount(project.funding.total[key]);
    const parts = FUNDING_PARTS
      .map((row) => optionalAmount(project.funding[row][key]))
      .filter((v): v is Amount => v !== undefined);
    if (typed === undefined || parts.length === 0) continue;
    const partsSum = sum(parts);
    if (typed.minus(partsSum).abs().gt(roundingTolerance(parts.length))) {
      issues.push(
        issue('A5.FUNDING_SUM', 'error', 'performance', `${field}.funding.total.${key}`, `${label}：年度资金总额的${FUNDING_COLUMN_LABELS[key]}${formatMessageAmount(typed)}万元不等于当年财政拨款、上年结转资金、其他资金之和${formatMessageAmount(partsSum)}万元。`),
      );
    }
  }
}

/** "市民满意率达99.70%" in the text against the indicator's actual value 98.38% (seed 000, project 3). */
function achievementFigureIssues(project: PerformanceProjectInput, field: string, label: string, issues: Issue[]): void {
  const texts = [project.targets.actual, project.achievement].join('\n');
  const reported = new Set<string>();
  project.indicators.forEach((indicator) => {
    const value = optionalAmount(indicator.actual.value);
    if (value === undefined || !indicator.actual.text.trim().endsWith('%')) return;
    const key = (indicator.name.split(/[：:]/u)[0] ?? '').trim();
    if (key === '' || reported.has(key)) return;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of texts.matchAll(new RegExp(`${escaped}(?:达到|达|为)\\s*(\\d+(?:\\.\\d+)?)\\s*%`, 'gu'))) {
      const printed = match[1];
      if (printed === undefined || amount(printed).eq(value)) continue;
      reported.add(key);
      issues.push(
        issue(
          'S13.ACHIEVEMENT_FIGURE',
          'warning',
          'performance',
          `${field}.targets.actual`,
          `${label}：目标实际完成情况写“${key}达${printed}%”，而绩效指标“${key}”的实际完成指标值为${indicator.actual.text.trim()}，请核对。`,
        ),
      );
      break;
    }
  });
}

export function displayProjectName(name: string): string {
  const trimmed = name.trim();
  return trimmed.endsWith('项目') ? trimmed : `${trimmed}项目`;
}

export function evaluateProject(context: NarrativeContext, project: PerformanceProjectInput, index: number): ProjectEvaluation {
  const field = `projects[${index}]`;
  const label = `十三、预算绩效：项目${index + 1}“${project.name.trim() || '（未命名）'}”`;
  const issues: Issue[] = [];
  if (project.name.trim() === '') issues.push(issue('S13.MISSING', 'warning', 'performance', `${field}.name`, `${label}：未填写项目名称。`));
  const funding = fundingCells(project);
  fundingIssues(project, field, label, issues);
  const budget = funding.total.budget ?? ZERO;
  const actual = funding.total.actual ?? ZERO;
  if (budget.isZero()) issues.push(issue('A5.NO_BUDGET', 'warning', 'performance', `${field}.funding.total.budget`, `${label}：未填写全年预算数（A），预算执行得分按0分计。`));
  const executionScore = budget.isZero() ? ZERO : Decimal.min(EXECUTION_WEIGHT, round2(actual.div(budget).times(EXECUTION_WEIGHT)));
  const indicators = project.indicators.map((indicator, j) => scoreIndicator(indicator, `${field}.indicators[${j}]`, label, issues));
  const weightTotal = sum(indicators.map((i) => i.weight));
  if (!weightTotal.eq(INDICATOR_WEIGHT_TOTAL)) {
    issues.push(issue('A5.WEIGHTS', 'error', 'performance', `${field}.indicators`, `${label}：绩效指标分值合计${scoreText(weightTotal)}分，应为90分（另有预算执行10分，共100分）。`));
  }
  const total = round2(executionScore.plus(sum(indicators.map((i) => i.score))));
  if (total.lt(PASS_MARK) && project.explanation.trim() === '') {
    issues.push(issue('A5.EXPLANATION', 'error', 'performance', `${field}.explanation`, `${label}：自评总分${scoreText(total)}分，低于80分，须说明绩效目标未实现的原因和下一步拟采取的措施。`));
  }
  if (project.targets.actual.trim() === '') issues.push(issue('S13.MISSING', 'warning', 'performance', `${field}.targets.actual`, `${label}：未填写目标实际完成情况。`));
  achievementFigureIssues(project, field, label, issues);
  const name = (text: string, fallback: string): string => (text.trim() === '' ? fallback : text.trim());
  const implementingUnit = name(project.implementingUnit, context.project.unitName);
  const rate = percentNumber(actual, budget);
  return {
    index,
    input: project,
    projectName: displayProjectName(project.name),
    department: name(project.department, context.project.unitName),
    implementingUnit,
    fundUser: name(project.fundUser, implementingUnit),
    funding,
    budget,
    actual,
    ...(rate !== undefined ? { rate } : {}),
    executionScore,
    indicators,
    weightTotal,
    total,
    grade: gradeOf(total),
    issues,
  };
}

export function evaluateProjects(context: NarrativeContext): ProjectEvaluation[] {
  return context.project.narrative.performance.projects.map((project, i) => evaluateProject(context, project, i));
}
