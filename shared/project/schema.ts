// The project document: only what the officer typed or imported. Nothing derivable is stored.
import { z } from 'zod';
import { AMOUNT_PATTERN } from '../money/money';
import { tableIdSchema } from '../tables/cell-address';
import { tableSectionInputsSchema } from '../narrative/inputs/table-sections';
import { officerSectionInputsSchema } from '../narrative/inputs/officer-sections';
import { budgetSectionInputsSchema } from '../narrative/inputs/budget-sections';

export const CURRENT_SCHEMA_VERSION = 1;

/** The two report kinds (domain README §1): 部门决算公开 and 部门预算公开. */
export const reportKindSchema = z.enum(['finalAccount', 'budget']);
export type ReportKind = z.infer<typeof reportKindSchema>;

export const amountTextSchema = z.string().regex(AMOUNT_PATTERN, '金额必须是数字（可带小数点和负号）');

/**
 * One row of typed input. In a 科目 table `row` is the 科目编码: leaf rows carry `values`, parent
 * rows may carry `reported` figures only. In a fixed table `row` is the row key of the definition.
 */
export const rowInputSchema = z.object({
  row: z.string().min(1),
  /** The name as printed in the source; the catalog name is used when this is absent. */
  name: z.string().optional(),
  /** Input cells by column key (c1, c2 …), amounts in the project's entry unit. */
  values: z.record(z.string(), amountTextSchema).default({}),
  /**
   * 报表数: figures of derived cells as printed by the finance system. Kept to be checked against the
   * computed value (尾数 within tolerance, an error beyond) and published in place of it.
   */
  reported: z.record(z.string(), amountTextSchema).default({}),
  /**
   * Paired 科目 tables (budget 基本支出 tables): the 政府预算支出经济分类 code printed beside the 部门 code,
   * as imported. The core derives the pair from the catalog; a printed code is checked against it.
   */
  pairedCode: z.string().regex(/^\d{3}(\d{2})?$/, '政府预算支出经济分类编码应为3位或5位数字').optional(),
  /** List tables (budget 项目支出): text cells by text-column key (t1 = 项目类别 …). */
  texts: z.record(z.string(), z.string()).optional(),
});
export type RowInput = z.infer<typeof rowInputSchema>;

export const tableInputSchema = z.object({ rows: z.array(rowInputSchema).default([]) });
export type TableInput = z.infer<typeof tableInputSchema>;

export const catalogEntrySchema = z.object({
  scheme: z.enum(['function', 'deptEconomic', 'govEconomic']),
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
  name: z.string().min(1),
  note: z.string().optional(),
  /** 部门经济分类 entries of an imported list: the 政府经济分类 code it maps to (the budget's paired columns). */
  govCode: z.string().regex(/^5\d{2}(\d{2})?$/, '政府经济分类编码应为以5开头的3位或5位数字').optional(),
  /** Where the entry comes from: the official list the officer imported, or a table it was seen in. */
  source: z.string(),
});
export type ProjectCatalogEntry = z.infer<typeof catalogEntrySchema>;

export const projectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  kind: reportKindSchema,
  year: z.number().int().min(2000).max(2100),
  unitName: z.string().trim().min(1, '单位名称不能为空'),
  scope: z.enum(['unit', 'department']),
  entryUnit: z.enum(['yuan', 'wanYuan']),
  tables: z.partialRecord(tableIdSchema, tableInputSchema).default({}),
  /** Last year's figures the year-on-year text needs, by prior-figure id (templates/…/prior-figures). */
  priorYear: z.object({ figures: z.record(z.string(), amountTextSchema).default({}) }).prefault({}),
  /** What only the officer knows. Reasons for changes are keyed by prior-figure id. */
  narrative: z
    .object({
      reasons: z.record(z.string(), z.string()).default({}),
      /** Paragraphs the officer replaced with own text, by paragraph id; re-checked against the tables. */
      ownText: z.record(z.string(), z.string()).default({}),
      ...tableSectionInputsSchema.shape,
      ...officerSectionInputsSchema.shape,
      ...budgetSectionInputsSchema.shape,
    })
    .prefault({}),
  /** Classification entries imported from the official list or learned from imported tables. */
  catalog: z.array(catalogEntrySchema).default([]),
});
export type Project = z.infer<typeof projectSchema>;
export type ReportScope = Project['scope'];
