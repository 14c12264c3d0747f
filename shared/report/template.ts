// A report template: table definitions, rule set and prior-year figures, checked when it loads.
import { z } from 'zod';
import { parseCellRef, type TableId, formatCellRef } from '../tables/cell-address';
import { tableDefinitionSchema, type TableDefinition, type FixedTableDefinition, type CellSpec } from '../tables/definition';
import { ruleSetSchema, type RuleSet } from '../validate/rule-definition';

export const priorFigureSchema = z.object({
  id: z.string(),
  label: z.string(),
  current: z.array(z.string()).min(1),
  /** Where this year's table itself prints last year's figure (budget 三公 table); else it comes from the prior-year figures. */
  prior: z.array(z.string()).min(1).optional(),
  /** The text explains this change year on year, so a large change needs a reason. */
  explain: z.boolean(),
});
export type PriorFigure = z.infer<typeof priorFigureSchema>;
const priorFiguresSchema = z.object({ description: z.string(), figures: z.array(priorFigureSchema) });

export interface ReportTemplate {
  readonly tables: readonly TableDefinition[];
  readonly table: (id: TableId) => TableDefinition;
  readonly rules: RuleSet;
  readonly priorFigures: readonly PriorFigure[];
}

export interface TemplateData {
  readonly tables: readonly unknown[];
  readonly rules: unknown;
  readonly priorFigures: unknown;
}

/** Terms a fixed cell reads: the sum terms or the copied cell. */
export function specTerms(spec: CellSpec): readonly string[] {
  if (spec === 'input') return [];
  return 'sum' in spec ? spec.sum : [spec.copy];
}

function fixedCellId(table: TableId, row: string, column: string): string {
  return `${table}[${row}].${column}`;
}

/** Rejects formulas that reference each other in a circle, naming the cells involved. */
function assertNoCycles(tables: readonly TableDefinition[]): void {
  const fixed = new Map<TableId, FixedTableDefinition>();
  for (const t of tables) if (t.kind === 'fixed') fixed.set(t.id, t);
  const edges = new Map<string, string[]>();
  for (const t of fixed.values()) {
    for (const row of t.rows) {
      for (const [column, spec] of Object.entries(row.cells)) {
        const targets: string[] = [];
        for (const term of specTerms(spec)) {
          const ref = parseCellRef(term, t.id);
          const target = fixed.get(ref.table);
          if (!target) continue;
          const targetRow = ref.byCode ? target.rows.find((r) => r.code === ref.row) : target.rows.find((r) => r.key === ref.row);
          if (!targetRow) throw new Error(`模板错误：${t.id} 第 ${row.key} 行 ${column} 引用了不存在的行 ${formatCellRef(ref)}`);
          targets.push(fixedCellId(ref.table, targetRow.key, ref.column));
        }
        edges.set(fixedCellId(t.id, row.key, column), targets);
      }
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, path: string[]): void => {
    const s = state.get(node);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`模板错误：公式循环引用 ${[...path, node].join(' → ')}`);
    state.set(node, 'visiting');
    for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of edges.keys()) visit(node, []);
}

export function loadTemplate(data: TemplateData): ReportTemplate {
  const tables = data.tables.map((raw, i) => {
    const parsed = tableDefinitionSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`模板错误：第 ${i + 1} 张表的定义无效：${parsed.error.message}`);
    return parsed.data;
  });
  assertNoCycles(tables);
  const byId = new Map(tables.map((t) => [t.id, t]));
  const rules = ruleSetSchema.parse(data.rules);
  const priorFigures = priorFiguresSchema.parse(data.priorFigures).figures;
  return {
    tables,
    table: (id) => {
      const t = byId.get(id);
      if (!t) throw new Error(`模板中没有表 ${id}`);
      return t;
    },
    rules,
    priorFigures,
  };
}
