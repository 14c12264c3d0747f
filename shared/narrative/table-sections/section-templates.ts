// The words of 情况说明 一–九 as data (templates/final-account/sections/table-sections.json), checked
// with zod when first used: every sentence variant, heading, chart caption and the cells they read.
import { z } from 'zod';
import sectionData from '../../../templates/final-account/sections/table-sections.json';
import { parseCellRef } from '../../tables/cell-address';

const text = z.string().min(1);

/** A cell reference such as "FA05[TOTAL].c1", checked by the table-address parser. */
const cellRef = z.string().refine((ref) => {
  try {
    parseCellRef(ref);
    return true;
  } catch {
    return false;
  }
}, '单元格引用格式不正确');

const changeSchema = z.object({
  increase: text,
  decrease: text,
  flat: text,
  fromZero: text,
  decreaseNoPercent: text,
  bothZero: z.object({ sameAsLastYear: text, sameAsPriorYear: text }),
  reason: text,
});

const completionSchema = z.object({
  above: text,
  below: text,
  equal: text,
  roughlyFlat: text,
  noBudget: text,
  bothZero: text,
});

const figureStatementSchema = z.object({ figure: text, statement: text, changeSubject: text });

const structureSchema = z.object({
  total: text,
  lead: text,
  noItems: text,
  item: text,
  detail: text,
  items: z.array(z.object({ figure: text, name: text })).min(1),
});

const fundSchema = z.object({
  table: z.enum(['FA07', 'FA08']),
  column: text,
  noData: text,
  lead: text,
  cells: z.record(z.string(), cellRef),
});

const styled = z.object({ numbered: z.string(), suffix: z.string() });

const chartSchema = z.object({
  id: text,
  n: z.number().int().positive(),
  /** The sub-section the chart follows. */
  after: text,
  kind: z.enum(['bar', 'pie']),
  title: styled,
  /** Bars: one series per entry, prior year from a prior-year figure, current year from cells. */
  series: z.array(z.object({ name: text, current: z.array(cellRef).min(1), prior: text })).default([]),
});

export const tableSectionTemplatesSchema = z.object({
  description: z.string(),
  headings: z.record(z.string(), text),
  change: changeSchema,
  completion: completionSchema,
  /** 基本持平 chosen by the officer further than this from 100% is questioned. */
  roughlyFlatTolerancePercent: z.string().regex(/^\d+(\.\d+)?$/),
  list: z.object({ separator: text, end: text, nameSeparator: text, numbered: text, detailLead: text, itemsLead: text }),
  overall: figureStatementSchema,
  incomeStructure: structureSchema,
  expenditureStructure: structureSchema,
  appropriationOverall: figureStatementSchema,
  generalBudget: figureStatementSchema.extend({
    shareOf: text,
    structureLead: text,
    structureItem: text,
    categorySuffix: text,
    detailLead: text,
    detailLeadWithoutBudget: text,
    table: z.literal('FA05'),
    column: text,
  }),
  budgetLine: z.object({ names: text, withBudget: text, withoutBudget: text }),
  basicExpenditure: z.object({
    basic: cellRef,
    personnel: cellRef,
    operating: cellRef,
    personnelGroup: text,
    operatingGroup: text,
    lead: text,
    personnelLine: text,
    operatingLine: text,
  }),
  governmentFund: fundSchema,
  stateCapital: fundSchema,
  threePublic: z.object({
    cells: z.object({
      budgetTotal: cellRef,
      budgetTravel: cellRef,
      budgetVehicles: cellRef,
      budgetReception: cellRef,
      actualTotal: cellRef,
      actualTravel: cellRef,
      actualVehicles: cellRef,
      vehiclePurchase: cellRef,
      vehicleUpkeep: cellRef,
      actualReception: cellRef,
    }),
    total: text,
    travel: text,
    travelDetail: text,
    vehicles: text,
    purchase: text,
    upkeep: text,
    reception: text,
    domestic: text,
    abroad: text,
    owner: z.object({ unit: text, department: text }),
    completion: z.object({
      equal: z.object({ fullYearBudget: text, yearBudget: text }),
      above: text,
      below: text,
      noBudget: text,
      bothZero: text,
    }),
  }),
  charts: z.object({
    caption: styled,
    unitLine: styled,
    category: text,
    figures: z.array(chartSchema),
  }),
});
export type TableSectionTemplates = z.infer<typeof tableSectionTemplatesSchema>;
export type CompletionTemplates = z.infer<typeof completionSchema>;
export type StructureTemplates = z.infer<typeof structureSchema>;
export type FundTemplates = z.infer<typeof fundSchema>;
export type ChartTemplate = z.infer<typeof chartSchema>;

/** Parses section words from any source (the bundled file or another office's copy). */
export function parseTableSectionTemplates(data: unknown): TableSectionTemplates {
  const parsed = tableSectionTemplatesSchema.safeParse(data);
  if (!parsed.success) throw new Error(`模板错误：情况说明一至九的句式文件无效：${parsed.error.message}`);
  return parsed.data;
}

let cached: TableSectionTemplates | undefined;

/** The bundled words, parsed once. */
export function tableSectionTemplates(): TableSectionTemplates {
  cached ??= parseTableSectionTemplates(sectionData);
  return cached;
}
