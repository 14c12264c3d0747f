import { describe, expect, it } from 'vitest';
import { loadTemplate, type TemplateData } from '../../../shared/report/template';
import { FINAL_ACCOUNT_TABLE_IDS } from '../../../shared/tables/cell-address';
import {
  fixedTableSchema,
  subjectTableSchema,
  type FixedTableDefinition,
  type SubjectTableDefinition,
  type TableDefinition,
} from '../../../shared/tables/definition';
import { finalAccountTemplateData } from '../../../templates/final-account';

/** A deep copy of the bundled table definition at `index`, to plant errors in. */
function tableCopy(index: number): unknown {
  const raw = finalAccountTemplateData.tables[index];
  if (raw === undefined) throw new Error(`bundled template has no table ${index + 1}`);
  return structuredClone(raw);
}

function fixedTableCopy(index: number): FixedTableDefinition {
  return fixedTableSchema.parse(tableCopy(index));
}

function subjectTableCopy(index: number): SubjectTableDefinition {
  return subjectTableSchema.parse(tableCopy(index));
}

function withTable(index: number, table: unknown): TemplateData {
  const tables = [...finalAccountTemplateData.tables];
  tables[index] = table;
  return { ...finalAccountTemplateData, tables };
}

function sumTermsOf(table: FixedTableDefinition, rowKey: string, column: string): string[] {
  const spec = table.rows.find((r) => r.key === rowKey)?.cells[column];
  if (spec === undefined || spec === 'input' || !('sum' in spec)) throw new Error(`${table.id}[${rowKey}].${column} is not a sum`);
  return spec.sum;
}

/** Every rule id a table definition refers to: cell formulas, column formulas, the hierarchy rule. */
function ruleIdsOf(table: TableDefinition): string[] {
  const ids = table.columns.flatMap((c) => (c.formula ? [c.formula.rule] : []));
  if (table.kind === 'subject') return [...ids, table.hierarchyRule];
  if (table.kind === 'list') return [...ids, table.totalRule];
  for (const row of table.rows) {
    for (const spec of Object.values(row.cells)) if (spec !== 'input') ids.push(spec.rule);
  }
  return ids;
}

describe('the bundled final-account template', () => {
  const template = loadTemplate(finalAccountTemplateData);

  it('loads with the nine tables FA01 … FA09 in official order', () => {
    expect(template.tables.map((t) => t.id)).toEqual(['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09']);
    expect(template.tables.map((t) => t.id)).toEqual([...FINAL_ACCOUNT_TABLE_IDS]);
    for (const id of FINAL_ACCOUNT_TABLE_IDS) expect(template.table(id).id).toBe(id);
  });

  it('has the 科目 tables and the fixed tables where the published set has them', () => {
    const subject = template.tables.filter((t) => t.kind === 'subject').map((t) => t.id);
    expect(subject).toEqual(['FA02', 'FA03', 'FA05', 'FA07', 'FA08']);
  });

  it('carries the rule set and the prior-year figures', () => {
    expect(template.rules.relations.length).toBeGreaterThan(0);
    expect(template.priorFigures.length).toBeGreaterThan(0);
  });

  it('uses only rule ids of the R/X/Y families, in the tables and in rules.json', () => {
    const tableRuleIds = template.tables.flatMap(ruleIdsOf);
    const relationIds = template.rules.relations.map((r) => r.id);
    // 01 alone has 40 cell formulas; the 科目 tables each add a hierarchy rule.
    expect(tableRuleIds.length).toBeGreaterThan(40);
    expect(relationIds.length).toBeGreaterThan(0);
    expect(tableRuleIds).toContain('R01.1');
    expect(tableRuleIds).toContain('R03.2');
    for (const id of [...tableRuleIds, ...relationIds]) expect(id).toMatch(/^[RXY]\d/);
  });
});

describe('loadTemplate rejects a broken template', () => {
  it('rejects formulas that reference each other in a circle, naming the cells', () => {
    const fa01 = fixedTableCopy(0);
    // 31 总计 = 27 + 28 + 29 already; make 27 本年收入合计 include 31 as well.
    expect(sumTermsOf(fa01, '31', 'c1')).toContain('[27].c1');
    sumTermsOf(fa01, '27', 'c1').push('[31].c1');
    let message = '';
    try {
      loadTemplate(withTable(0, fa01));
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/^模板错误：公式循环引用/);
    expect(message).toContain('FA01[27].c1');
    expect(message).toContain('FA01[31].c1');
  });

  it('rejects a circle that runs through two tables', () => {
    const fa04 = fixedTableCopy(3);
    // FA01 row 1 copies FA04 row 1, which reads FA04 row 29 (an input); make row 29 copy FA01 row 1.
    const row29 = fa04.rows.find((r) => r.key === '29');
    if (!row29) throw new Error('FA04 has no row 29');
    expect(row29.cells.c1).toBe('input');
    row29.cells.c1 = { copy: 'FA01[1].c1', rule: 'X04.9' };
    let message = '';
    try {
      loadTemplate(withTable(3, fa04));
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/^模板错误：公式循环引用/);
    for (const cell of ['FA01[1].c1', 'FA04[1].c1', 'FA04[29].c1']) expect(message).toContain(cell);
  });

  it('rejects a formula that points at a row the table does not have', () => {
    const fa01 = fixedTableCopy(0);
    sumTermsOf(fa01, '31', 'c1').push('[99].c1');
    expect(() => loadTemplate(withTable(0, fa01))).toThrow('模板错误：FA01 第 31 行 c1 引用了不存在的行 FA01[99].c1');
  });

  it('rejects a table definition with a bad column key, naming the table', () => {
    const fa03 = subjectTableCopy(2);
    const first = fa03.columns[0];
    if (!first) throw new Error('FA03 has no columns');
    first.key = 'col1';
    expect(() => loadTemplate(withTable(2, fa03))).toThrow(/^模板错误：第 3 张表的定义无效/);
  });

  it('still loads the unmodified copies (the planted errors are what fails)', () => {
    expect(loadTemplate(withTable(0, fixedTableCopy(0))).tables).toHaveLength(9);
    expect(loadTemplate(withTable(2, subjectTableCopy(2))).tables).toHaveLength(9);
    expect(loadTemplate(withTable(3, fixedTableCopy(3))).tables).toHaveLength(9);
  });
});
