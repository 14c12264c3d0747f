// The budget text as data (templates/budget/sections/): sentence templates, part titles and the
// 名词解释, checked with zod when first used. A scoped entry holds the 单位 and 部门 variants.
import { z } from 'zod';
import sectionData from '../../../templates/budget/sections/budget-sections.json';
import glossaryData from '../../../templates/budget/sections/glossary.json';

const text = z.string().min(1);
const partTitle = z.object({ title: text, toc: text });
const changeWords = z.object({ increase: text, decrease: text, flat: text });

export const budgetTemplatesSchema = z.object({
  description: z.string(),
  cover: z.object({ unit: z.array(text).min(1), department: z.array(text).min(1) }),
  parts: z.object({ overview: partTitle, tables: partTitle, narrative: partTitle, glossary: partTitle }),
  overview: z.object({ dutiesHeading: text, organisationHeading: text, divisionsLead: text, divisionsList: text, constituents: text }),
  change: changeWords,
  changeWord: changeWords,
  incomeExpenditure: z.object({
    heading: text,
    principle: text,
    income: text,
    noIncome: text,
    expenditure: text,
    total: text,
    totalFlat: text,
    incomeChange: text,
    expenditureChange: text,
    reason: text,
    item: text,
    changeItem: text,
    separator: text,
    sources: z.array(z.object({ figure: text, name: text })).min(1),
    totalFigure: text,
    expenseCell: text,
    basicFigure: text,
    projectFigure: text,
  }),
  threePublic: z.object({
    heading: text,
    total: text,
    lead: text,
    travel: text,
    vehicles: text,
    reception: text,
    vehicleReason: text,
    increase: text,
    decrease: text,
    fromZero: text,
    flat: text,
    vehicleTotalCell: text,
    figures: z.object({ total: text, travel: text, purchase: text, operation: text, reception: text }),
  }),
  agencyOperatingCost: z.object({ heading: text, amount: text, priorUnknown: text, figure: text }),
  procurement: z.object({ heading: text, amounts: text, totalOnly: text, none: text, totalCell: text }),
  stateAssets: z.object({
    heading: text,
    vehicles: text,
    category: text,
    categorySeparator: text,
    categories: z.array(z.object({ key: z.enum(['leader', 'confidential', 'emergency', 'lawEnforcement', 'special', 'retired', 'other']), name: text })),
    equipment: text,
    noPurchase: text,
    purchase: text,
  }),
  performance: z.object({
    heading: text,
    managementHeading: text,
    management: text,
    keyEvaluation: text,
    optimised: text,
    noProjects: text,
    listSeparator: text,
    formsHeading: text,
    form: z.object({
      title: text,
      project: text,
      department: text,
      departmentValue: text,
      implementingUnit: text,
      funds: text,
      fundsTotal: text,
      fundsAppropriation: text,
      fundsOther: text,
      objective: text,
      indicatorHeader: z.array(z.string()).length(5),
      indicatorLabel: text,
      costLevel1: text,
    }),
  }),
});
export type BudgetTemplates = z.infer<typeof budgetTemplatesSchema>;

export const budgetGlossarySchema = z.object({
  description: z.string(),
  fixedEntry: text,
  fixedTerms: z.array(z.object({ term: text, definition: text })).min(1),
  /** The term whose definition opens section 三 (机关运行经费). */
  agencyOperatingCostTerm: text,
});
export type BudgetGlossary = z.infer<typeof budgetGlossarySchema>;

let cached: { sections: BudgetTemplates; glossary: BudgetGlossary } | undefined;

/** The bundled budget templates; a broken template file is a product defect and throws with the reason. */
export function budgetTemplates(): { sections: BudgetTemplates; glossary: BudgetGlossary } {
  if (cached === undefined) {
    const sections = budgetTemplatesSchema.safeParse(sectionData);
    if (!sections.success) throw new Error(`模板错误：budget-sections.json 无效：${sections.error.message}`);
    const glossary = budgetGlossarySchema.safeParse(glossaryData);
    if (!glossary.success) throw new Error(`模板错误：glossary.json 无效：${glossary.error.message}`);
    cached = { sections: sections.data, glossary: glossary.data };
  }
  return cached;
}
