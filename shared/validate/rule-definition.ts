// Validation rules are data (templates/…/rules.json); this is their schema.
import { z } from 'zod';
import { tableIdSchema } from '../tables/cell-address';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** A linear relation between cells: Σ lhs {=, ≤, ≥} Σ rhs. */
export const relationRuleSchema = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning']),
  /** What the relation means, in the officer's words; the engine adds the figures. */
  title: z.string(),
  /** The cell the issue points at; may contain * or #* like the terms. */
  at: z.string(),
  lhs: z.array(z.string()).min(1),
  op: z.enum(['=', '<=', '>=']),
  rhs: z.array(z.string()).min(1),
  /** tail: within the 尾数 envelope of the figures involved; exact: to the cent. */
  tolerance: z.enum(['tail', 'exact']),
  /** subjectRows: once per 科目 row (and 合计) of the tables named with *; categories: once per 类 line of 01/04. */
  each: z.enum(['subjectRows', 'categories']).optional(),
  /** Checked only while all these cells are zero. */
  whenZero: z.array(z.string()).optional(),
  /** Checked only when the project holds these prior-year figures. */
  needsPrior: z.array(z.string()).optional(),
});
export type RelationRule = z.infer<typeof relationRuleSchema>;

export const ruleSetSchema = z.object({
  description: z.string(),
  /** Year-on-year change (percent of last year) above which a reason is expected. */
  yearOnYearThresholdPercent: z.string().regex(/^\d+(\.\d+)?$/),
  /** CATALOG.LINE: every 类 row with money in `tables` needs its line among the 类 lines of `lines` (01/04, budget 1/4). */
  categoryLines: z.object({ lines: z.array(tableIdSchema).min(1), tables: z.array(tableIdSchema).min(1) }).optional(),
  relations: z.array(relationRuleSchema),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;
