// The report-kind registry and the additive generalisation of the core: table ids, references, the
// project schema, and analyseProject choosing the kind's template.
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../../shared/project/load-project';
import { analyseProject, finalAccountTemplate } from '../../../shared/report/final-account';
import { REPORT_KINDS, templateFor } from '../../../shared/report/report-kind';
import { BUDGET_TABLE_IDS, FINAL_ACCOUNT_TABLE_IDS, parseCellRef, tableCode, tableLabel, tableNumber } from '../../../shared/tables/cell-address';
import { loadSample } from '../../helpers/samples';

describe('budget table ids', () => {
  it('parses references to budget tables', () => {
    expect(parseCellRef('-BG01[incomeGrandTotal].c1')).toEqual({ table: 'BG01', row: 'incomeGrandTotal', column: 'c1', byCode: false, negate: true, wildcard: false });
    expect(parseCellRef('BG04[#201].c3').byCode).toBe(true);
    expect(() => parseCellRef('BG13[1].c1')).toThrow('表号 BG13 不存在');
  });

  it('numbers and names a budget table as the seed does, and codes it BG01…BG12 for the command line', () => {
    expect(tableNumber('BG03')).toBe('三');
    expect(tableNumber('BG12')).toBe('十二');
    expect(tableLabel('BG03')).toBe('支出总体情况表');
    expect(tableCode('BG03')).toBe('BG03');
    expect(tableCode('FA03')).toBe('03');
    expect(tableLabel('FA03')).toBe('公开03表');
  });
});

describe('the report-kind registry', () => {
  it('loads each kind’s template with its tables in official order', () => {
    expect(templateFor('finalAccount').tables.map((t) => t.id)).toEqual([...FINAL_ACCOUNT_TABLE_IDS]);
    expect(templateFor('budget').tables.map((t) => t.id)).toEqual([...BUDGET_TABLE_IDS]);
    expect(REPORT_KINDS.budget.tableIds).toEqual(BUDGET_TABLE_IDS);
    expect(finalAccountTemplate()).toBe(templateFor('finalAccount'));
  });

  it('checks every rule and prior-figure reference of the budget template against its tables', () => {
    const template = templateFor('budget');
    const refs = [...template.rules.relations.flatMap((r) => [r.at, ...r.lhs, ...r.rhs]), ...template.priorFigures.flatMap((f) => [...f.current, ...(f.prior ?? [])])];
    const ids = new Set(template.priorFigures.map((f) => f.id));
    for (const ref of refs) {
      if (ref.startsWith('PY:')) {
        expect(ids.has(ref.slice(3)), ref).toBe(true);
        continue;
      }
      const parsed = parseCellRef(ref);
      const table = template.table(parsed.table);
      expect(table.columns.some((c) => c.key === parsed.column), ref).toBe(true);
      if (table.kind === 'fixed' && !parsed.wildcard) {
        expect(table.rows.some((r) => (parsed.byCode ? r.code === parsed.row : r.key === parsed.row)), ref).toBe(true);
      }
    }
  });
});

describe('the project kind', () => {
  it('keeps 决算 files as they were and reads budget files', () => {
    const unit = loadSample('final-2024-unit');
    expect(unit.kind).toBe('finalAccount');
    const text = serializeProject(loadSample('budget-2025-unit'));
    const loaded = parseProject(text, 'budget.json');
    expect(loaded.ok && loaded.project.kind).toBe('budget');
    expect(parseProject(text.replace('"kind": "budget"', '"kind": "forecast"'), 'x.json').ok).toBe(false);
  });

  it('derives with the kind’s own template: budget tables for a budget project, 决算 tables otherwise', () => {
    expect([...analyseProject(loadSample('budget-2025-unit')).report.tables.keys()].sort()).toEqual([...BUDGET_TABLE_IDS]);
    expect([...analyseProject(loadSample('final-2024-unit')).report.tables.keys()].sort()).toEqual([...FINAL_ACCOUNT_TABLE_IDS]);
  });

  it('names a budget table in a file error by its title', () => {
    const text = serializeProject(loadSample('budget-2025-unit')).replace('"c3": "13.28"', '"c3": "十三"');
    const loaded = parseProject(text, 'budget.json');
    expect(loaded.ok ? '' : loaded.message).toContain('政府采购预算情况表 第1行 录入数');
  });
});
