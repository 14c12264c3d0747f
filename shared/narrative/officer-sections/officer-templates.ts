// The sentence templates of Part 1 and sections 十–十三 (templates/final-account/sections/
// officer-sections.json), checked when first used. A scoped entry holds the 单位 and 部门 variants.
import { z } from 'zod';
import data from '../../../templates/final-account/sections/officer-sections.json';
import type { ReportScope } from '../../project/schema';

const scopedSchema = z.union([z.string(), z.object({ unit: z.string(), department: z.string() })]);
export type Scoped = z.infer<typeof scopedSchema>;

const evaluationKeySchema = z.enum(['keyEvaluation', 'departmentEvaluation', 'transferPayment']);
export type EvaluationKey = z.infer<typeof evaluationKeySchema>;

const evaluationSectionSchema = z.object({ key: evaluationKeySchema, runIn: z.string(), none: z.string() });

export const officerTemplatesSchema = z.object({
  description: z.string(),
  overview: z.object({
    dutiesHeading: scopedSchema,
    organisationHeading: scopedSchema,
    divisions: z.string(),
    constituents: z.string(),
    budgetUnitsIntro: z.string(),
    budgetUnitItem: z.string(),
  }),
  agencyOperatingCost: z.object({
    heading: scopedSchema,
    increase: z.string(),
    decrease: z.string(),
    flat: z.string(),
    noBudget: z.string(),
    budgetUnknown: z.string(),
  }),
  procurement: z.object({ heading: scopedSchema, amounts: z.string(), sme: z.string(), categories: z.string(), none: z.string() }),
  stateAssets: z.object({ heading: scopedSchema, vehicles: z.string(), roundingNote: z.string() }),
  performance: z.object({
    heading: scopedSchema,
    workRunIn: scopedSchema,
    work: scopedSchema,
    workNote: scopedSchema,
    workNoteKey: z.object({ unit: evaluationKeySchema, department: evaluationKeySchema }),
    resultsRunIn: scopedSchema,
    results: scopedSchema,
    gradeCount: z.string(),
    gradeCountSeparator: z.string(),
    formsList: scopedSchema,
    formsListItem: scopedSchema,
    formsListSeparator: scopedSchema,
    project: scopedSchema,
    seeAttachment: scopedSchema,
    noProjects: scopedSchema,
    unitSections: z.array(evaluationSectionSchema),
    departmentSections: z.array(evaluationSectionSchema),
  }),
});
export type OfficerTemplates = z.infer<typeof officerTemplatesSchema>;

let cached: OfficerTemplates | undefined;

/** The bundled templates; a broken template file is a product defect and throws with the reason. */
export function officerTemplates(): OfficerTemplates {
  if (cached === undefined) {
    const parsed = officerTemplatesSchema.safeParse(data);
    if (!parsed.success) throw new Error(`模板错误：officer-sections.json 无效：${parsed.error.message}`);
    cached = parsed.data;
  }
  return cached;
}

/** The variant of a scoped template entry for the report's scope. */
export function scoped(entry: Scoped, scope: ReportScope): string {
  return typeof entry === 'string' ? entry : entry[scope];
}
