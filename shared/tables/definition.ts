// Table definitions are data (templates/…); this is their schema, checked when a template loads.
import { z } from 'zod';
import { tableIdSchema } from './cell-address';

/** A derived cell: the sum of signed references ("[27].c1", "-FA04[29].c1"). */
const sumSpec = z.object({ sum: z.array(z.string()).min(1), rule: z.string() });
/** A copied cell: equals a cell of another table. */
const copySpec = z.object({ copy: z.string(), rule: z.string() });
export const cellSpecSchema = z.union([z.literal('input'), sumSpec, copySpec]);
export type CellSpec = z.infer<typeof cellSpecSchema>;

export const columnSchema = z.object({
  key: z.string().regex(/^c\d+$/),
  /** 栏次 printed under the header; absent where the published table prints none (06). */
  no: z.number().int().positive().optional(),
  /** Header path from the top group down to the column's own header, for merged header cells. */
  header: z.array(z.string()).min(1),
  /** 科目 tables: a column computed from other columns of the same row. */
  formula: z.object({ sum: z.array(z.string()).min(1), rule: z.string() }).optional(),
});
export type ColumnDefinition = z.infer<typeof columnSchema>;

const captionSchema = z.object({
  title: z.string(),
  /** Note under the table; {scopeWord} is 单位 or 部门. Absent where none is printed (budget tables). */
  note: z.string().optional(),
  /** Replaces the note when the table holds no amount (07, 08, 09; budget 8, 9 with {year}). */
  noDataNote: z.string().optional(),
});

/**
 * How a budget table prints its 科目编码: split into one column per level (类 | 款 | 项, or 类 | 款 for
 * economic codes) under one header, then the name column. Absent: one code column at full length (决算).
 */
export const splitCodeSchema = z.object({
  header: z.string(),
  levels: z.array(z.string()).min(1),
  nameHeader: z.string(),
});
export type SplitCode = z.infer<typeof splitCodeSchema>;

/** The column an issue about a row's paired 政府 code points at (the code columns carry no c-key). */
export const PAIRED_CODE_COLUMN = 'pairedCode';

export const subjectTableSchema = captionSchema.extend({
  id: tableIdSchema,
  kind: z.literal('subject'),
  /** Which catalog the row codes come from: 支出功能分类, or 部门预算支出经济分类 (budget 基本支出 tables). */
  scheme: z.enum(['function', 'deptEconomic']),
  columns: z.array(columnSchema).min(1),
  /** Rule id of "parent row = Σ child rows" (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类). */
  hierarchyRule: z.string(),
  splitCode: splitCodeSchema.optional(),
  /**
   * A second code printed beside each row's own (budget 6 and 10: the 政府预算支出经济分类 code paired
   * with the 部门 code). Derived from the catalog, never typed; `rule` names the check of a printed pair.
   */
  paired: z.object({ scheme: z.literal('govEconomic'), splitCode: splitCodeSchema, rule: z.string() }).optional(),
});
export type SubjectTableDefinition = z.infer<typeof subjectTableSchema>;

export const fixedRowSchema = z.object({
  key: z.string(),
  /** 行次 printed in 01 and 04. */
  rowNo: z.number().int().positive().optional(),
  label: z.string(),
  /** 科目编码 of the row (功能分类 类 lines of 01/04, economic codes of 06). */
  code: z.string().optional(),
  cells: z.record(z.string(), cellSpecSchema),
});
export type FixedRowDefinition = z.infer<typeof fixedRowSchema>;

const twoSidedLayout = z.object({
  type: z.literal('twoSided'),
  sides: z
    .array(
      z.object({
        title: z.string(),
        labelHeader: z.string(),
        /** Absent where no 行次 column is printed (budget 1 and 4). */
        rowNoHeader: z.string().optional(),
        columns: z.array(z.string()),
      }),
    )
    .length(2),
  /** Printed lines: [left row key | null, right row key | null]. */
  lines: z.array(z.tuple([z.string().nullable(), z.string().nullable()])),
});
const blocksLayout = z.object({
  type: z.literal('blocks'),
  blocks: z.array(z.object({ group: z.string(), rows: z.array(z.string()) })),
  /** The last printed line: a label spanning the blocks it covers, the amount in the last one. */
  totals: z.array(z.object({ row: z.string(), blocks: z.array(z.number().int().nonnegative()) })),
});
const singleRowLayout = z.object({ type: z.literal('singleRow') });
export const layoutSchema = z.discriminatedUnion('type', [twoSidedLayout, blocksLayout, singleRowLayout]);
export type TableLayout = z.infer<typeof layoutSchema>;

export const fixedTableSchema = captionSchema.extend({
  id: tableIdSchema,
  kind: z.literal('fixed'),
  columns: z.array(columnSchema).min(1),
  rows: z.array(fixedRowSchema).min(1),
  layout: layoutSchema,
});
export type FixedTableDefinition = z.infer<typeof fixedTableSchema>;

/**
 * A table whose rows are typed items rather than 科目 or fixed lines (budget 11: one row per project),
 * with a total row first (= Σ item rows) and text columns beside the name (项目类别).
 */
export const listTableSchema = captionSchema.extend({
  id: tableIdSchema,
  kind: z.literal('list'),
  /** Header of the name column (项目名称); the row's name is the typed `name`. */
  labelHeader: z.string(),
  textColumns: z.array(
    z.object({
      key: z.string().regex(/^t\d+$/),
      header: z.array(z.string()).min(1),
      /** The values the column normally takes (项目类别); another value is a warning, not an error. */
      values: z.array(z.string()).optional(),
    }),
  ),
  columns: z.array(columnSchema).min(1),
  /** Label printed in the total row (blank in the seed). */
  totalLabel: z.string(),
  /** Rule id of "total row = Σ item rows". */
  totalRule: z.string(),
});
export type ListTableDefinition = z.infer<typeof listTableSchema>;

export const tableDefinitionSchema = z.discriminatedUnion('kind', [subjectTableSchema, fixedTableSchema, listTableSchema]);
export type TableDefinition = z.infer<typeof tableDefinitionSchema>;
