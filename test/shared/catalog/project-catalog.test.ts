import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../shared/catalog/catalog';
import { catalogForProject, learnedCatalogEntries, withImportedCatalog } from '../../../shared/catalog/project-catalog';
import { analyseProject } from '../../../shared/report/final-account';
import { editableCopy, loadSample } from '../../helpers/samples';

describe('the project catalog', () => {
  it('is the bundled catalog while the project has no entries of its own', () => {
    expect(catalogForProject(loadSample('final-2024-unit'))).toBe(bundledCatalog());
  });

  it('learns a code from an imported table and then no longer warns about it', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.tables.FA03?.rows.push({ row: '2010397', name: '自编科目甲', values: { c2: '1.00' }, reported: {} });
    project.tables.FA03?.rows.push({ row: '2010398', name: '自编科目乙', values: { c3: '2.00' }, reported: {} });
    const before = analyseProject(project).issues.filter((i) => i.id === 'CATALOG.UNKNOWN');
    expect(before.length).toBeGreaterThan(0);
    const learned = learnedCatalogEntries(project, catalogForProject(project));
    expect(learned.map((e) => e.code)).toEqual(learned.map((e) => e.code).sort());
    expect(learned.find((e) => e.code === '2010398')).toEqual({ scheme: 'function', code: '2010398', name: '自编科目乙', source: '导入的公开03表' });
    const after = analyseProject(withImportedCatalog(project, learned)).issues.filter((i) => i.id === 'CATALOG.UNKNOWN');
    expect(after).toEqual([]);
  });

  it('lets an imported official list replace a bundled name', () => {
    const project = withImportedCatalog(loadSample('final-2024-unit'), [{ scheme: 'function', code: '2010301', name: '行政运行（官方）', source: '2025年科目表' }]);
    const { report } = analyseProject(project);
    expect(report.table('FA03').row('2010301')?.label).toBe('行政运行（官方）');
    expect(catalogForProject(project)).toBe(catalogForProject(project));
  });
});
