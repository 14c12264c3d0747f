// Re-deriving after an edit: unchanged 项 rows reuse their cells, so every edit must still show up —
// a changed row, a changed entry unit, a 项 row that gains rows beneath it.
import { describe, expect, it } from 'vitest';
import { amount } from '../../../shared/money/money';
import { withImportedCatalog } from '../../../shared/catalog/project-catalog';
import { analyseProject } from '../../../shared/report/final-account';
import type { Project, RowInput } from '../../../shared/project/schema';
import { cellAddress } from '../../../shared/tables/cell-address';
import { loadSample } from '../../helpers/samples';

function withRow(project: Project, code: string, change: (row: RowInput) => RowInput): Project {
  const rows = project.tables.FA03?.rows ?? [];
  return { ...project, tables: { ...project.tables, FA03: { rows: rows.map((r) => (r.row === code ? change(r) : r)) } } };
}

function withoutReported(project: Project): Project {
  const rows = (project.tables.FA03?.rows ?? []).map((r) => ({ ...r, reported: {} }));
  return { ...project, tables: { ...project.tables, FA03: { rows } } };
}

const value = (project: Project, row: string, column: string): string => analyseProject(project).report.value(cellAddress('FA03', row, column)).toFixed(2);

describe('re-deriving an edited project', () => {
  const sample = withoutReported(loadSample('final-2024-unit'));
  const leaf = (sample.tables.FA03?.rows ?? []).find((r) => r.row.length === 7 && r.values.c2 !== undefined);
  if (leaf === undefined) throw new Error('示例中没有填了基本支出的项');
  const code = leaf.row;

  it('shows a changed 项 amount in the row, its 款, 类 and 合计', () => {
    const before = { row: value(sample, code, 'c2'), kuan: value(sample, code.slice(0, 5), 'c2'), total: value(sample, 'TOTAL', 'c2') };
    const edited = withRow(sample, code, (r) => ({ ...r, values: { ...r.values, c2: amount(r.values.c2 ?? '0').plus(1).toFixed(2) } }));
    expect(value(edited, code, 'c2')).toBe(amount(before.row).plus(1).toFixed(2));
    expect(value(edited, code.slice(0, 5), 'c2')).toBe(amount(before.kuan).plus(1).toFixed(2));
    expect(value(edited, 'TOTAL', 'c2')).toBe(amount(before.total).plus(1).toFixed(2));
    // The unedited project still derives its own figures.
    expect(value(sample, 'TOTAL', 'c2')).toBe(before.total);
  });

  it('reads the same rows again when the entry unit changes', () => {
    const inWan = value(sample, code, 'c2');
    const inYuan = value({ ...sample, entryUnit: 'yuan' }, code, 'c2');
    expect(inYuan).toBe(amount(leaf.values.c2 ?? '0').div(10000).toFixed(2));
    expect(inWan).toBe(amount(leaf.values.c2 ?? '0').toFixed(2));
  });

  it('sums a typed row once rows are added beneath it', () => {
    const kuan = code.slice(0, 5);
    const asLeaf: Project = { ...sample, tables: { ...sample.tables, FA03: { rows: [{ row: kuan, values: { c2: '5.00' }, reported: {} }] } } };
    expect(value(asLeaf, kuan, 'c2')).toBe('5.00');
    const first = asLeaf.tables.FA03?.rows[0];
    if (first === undefined) throw new Error('缺少行');
    const withChild: Project = { ...asLeaf, tables: { ...asLeaf.tables, FA03: { rows: [first, { row: `${kuan}01`, values: { c2: '2.00' }, reported: {} }] } } };
    expect(value(withChild, kuan, 'c2')).toBe('2.00');
  });

  it('switches back and forth between versions of a project (undo, redo) without mixing their figures', () => {
    const edited = withRow(sample, code, (r) => ({ ...r, values: { ...r.values, c2: '1.00' } }));
    const original = value(sample, code, 'c2');
    for (let i = 0; i < 3; i++) {
      expect(value(edited, code, 'c2')).toBe('1.00');
      expect(value(sample, code, 'c2')).toBe(original);
    }
  });

  it('takes new 科目 names when the officer imports the official catalog, though no row changed', () => {
    const before = analyseProject(sample).report.table('FA03').rowByCode(code)?.label;
    const renamed = withImportedCatalog(sample, [{ scheme: 'function', code, name: '导入的正式名称', source: '测试' }]);
    expect(analyseProject(renamed).report.table('FA03').rowByCode(code)?.label).toBe('导入的正式名称');
    expect(analyseProject(sample).report.table('FA03').rowByCode(code)?.label).toBe(before);
  });
});
