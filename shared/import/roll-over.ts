// Roll-over: next year's project from this year's. Kept: unit, scope, entry unit, catalog, the
// officer's standing texts (概况 duties and 机构设置, the project list with its indicators, 名词解释
// notes, contents of the 三公 items, style choices). This year's figures become the prior-year figures;
// tables, amounts, counts, actuals and this year's reasons start empty.
import { projectSchema, type Project } from '../project/schema';
import { analyseProject } from '../report/final-account';
import { templateFor } from '../report/report-kind';
import { priorFigureValues } from './prior-figures';

type Narrative = Project['narrative'];
type Performance = Narrative['performance'];

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  if (value !== undefined) out[key] = value;
  return out;
}

/** The project list and indicators stay; funding, actuals, scores and this year's texts go. */
function nextYearPerformance(performance: Performance): Performance {
  return {
    ...performance,
    projectBudgetTotal: undefined,
    summary: '',
    keyEvaluation: '',
    departmentEvaluation: '',
    transferPayment: '',
    projects: performance.projects.map((project) => ({
      ...project,
      funding: { total: {}, currentYear: {}, carryOver: {}, other: {} },
      targets: { expected: '', actual: '' },
      achievement: '',
      explanation: '',
      indicators: project.indicators.map((indicator) => ({ ...indicator, actual: { text: '' }, score: undefined, deviation: '' })),
    })),
  };
}

/** The narrative without this year's amounts, counts and reasons; standing texts and style options stay. */
function nextYearNarrative(narrative: Narrative): Narrative {
  const three = narrative.threePublic;
  return {
    ...narrative,
    reasons: {},
    ownText: {},
    initialBudgets: [],
    initialBudgetTotal: undefined,
    initialBudgetReason: undefined,
    governmentFundBudgets: [],
    stateCapitalBudgets: [],
    threePublic: {
      ...optional('travelContent', three.travelContent),
      ...optional('vehicleContent', three.vehicleContent),
      ...optional('receptionContent', three.receptionContent),
      reasons: {},
    },
    agencyOperatingCost: { reason: '' },
    procurement: {},
    stateAssets: { vehicles: {}, otherVehiclePurpose: narrative.stateAssets.otherVehiclePurpose },
    performance: nextYearPerformance(narrative.performance),
    selfEvaluationReport: { title: [], paragraphs: [], signature: narrative.selfEvaluationReport.signature, date: '' },
  };
}

/** Next year's project: this year's published figures (0.01 万元) as its prior-year figures (those of its kind's template). */
export function rollOverProject(project: Project): Project {
  const template = templateFor(project.kind);
  const { report } = analyseProject(project, template);
  const { figures } = priorFigureValues(report, template, new Set(template.tables.map((t) => t.id)), project.entryUnit);
  const next: Project = {
    ...project,
    year: project.year + 1,
    tables: {},
    priorYear: { figures },
    narrative: nextYearNarrative(project.narrative),
    catalog: project.catalog,
  };
  // Through the schema once more: defaults of fields left empty, undefined keys dropped.
  return projectSchema.parse(JSON.parse(JSON.stringify(next)));
}
