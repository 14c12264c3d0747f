import { describe, expect, it } from 'vitest';
import { narrativeContext } from '../../../shared/narrative/context';
import { buildPublication } from '../../../shared/publication/build-publication';
import type { Project } from '../../../shared/project/schema';
import { analyseProject, projectCatalog } from '../../../shared/report/final-account';
import { templateFor } from '../../../shared/report/report-kind';
import type { Issue } from '../../../shared/validate/issue';
import { narrativeSections, partOfIssue, partsOf } from '../../../renderer/src/report/parts';
import { strippedBudget } from '../../helpers/budget-inputs';
import { loadSample } from '../../helpers/samples';

function analysed(project: Project) {
  const template = templateFor(project.kind);
  const analysis = analyseProject(project, template, projectCatalog(project));
  const publication = buildPublication(narrativeContext(project, analysis.report, template, projectCatalog(project)), { draft: false });
  return { template, analysis, publication };
}

describe('navigator parts of a budget project', () => {
  it('lists 概况, the twelve tables, 一–六, the 绩效目标表 and 名词解释 — nothing of 决算', () => {
    const project = loadSample('budget-2025-unit');
    const { template, analysis, publication } = analysed(project);
    const parts = partsOf('budget', template, publication, analysis.issues);
    expect(parts.map((p) => p.id)).toEqual([
      'overview',
      ...template.tables.map((t) => `table:${t.id}`),
      'section:b1',
      'section:b2',
      'section:b3',
      'section:b4',
      'section:b5',
      'section:b6',
      'targetForms',
      'glossary',
    ]);
    expect(parts.find((p) => p.id === 'table:BG01')?.label).toBe('收支总体情况表');
    expect(parts.find((p) => p.id === 'section:b1')?.label).toBe('一、预算收支增减变化情况说明');
  });

  it('keys a section without any paragraph by its place (五 with every input missing is still b5)', () => {
    const project = strippedBudget();
    const { publication } = analysed(project);
    expect(narrativeSections(publication).map((s) => s.key)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
  });

  it('counts every budget issue in a part the navigator shows, 绩效目标表 issues on their own page', () => {
    const project = strippedBudget();
    const { template, analysis, publication } = analysed(project);
    const parts = partsOf('budget', template, publication, analysis.issues);
    const ids = new Set(parts.map((p) => p.id));
    for (const issue of analysis.issues) expect(ids.has(partOfIssue(issue)), `${issue.id} ${JSON.stringify(issue.location)}`).toBe(true);
    const counted = parts.reduce((n, p) => n + p.errors + p.warnings, 0);
    expect(counted).toBe(analysis.issues.filter((i) => i.severity !== 'info').length);
    const sectionIssues = analysis.issues.filter((i) => i.location.kind === 'section');
    expect(new Set(sectionIssues.map(partOfIssue))).toEqual(new Set(['overview', 'section:b1', 'section:b2', 'section:b3', 'section:b4', 'section:b5', 'section:b6', 'targetForms']));
    expect(parts.find((p) => p.id === 'targetForms')?.errors).toBeGreaterThan(0);
  });

  it('maps budget issue sections to their parts', () => {
    const at = (section: string, field?: string): Issue => ({ id: 'X', severity: 'warning', message: '', location: { kind: 'section', section, ...(field === undefined ? {} : { field }) } });
    expect(partOfIssue(at('b1', 'priorYear'))).toBe('section:b1');
    expect(partOfIssue(at('b3', 'priorYear.agencyOperatingCost'))).toBe('section:b3');
    expect(partOfIssue(at('b6', 'budget.keyEvaluationProjects'))).toBe('section:b6');
    expect(partOfIssue(at('b6', 'budget.targetForms'))).toBe('targetForms');
    expect(partOfIssue(at('b6', 'budget.targetForms.1.indicators'))).toBe('targetForms');
    expect(partOfIssue(at('overview', 'overview.duties'))).toBe('overview');
    expect(partOfIssue(at('bp1', 'ownText.bp1.org.p1'))).toBe('overview');
    expect(partOfIssue(at('glossary', 'ownText.bg.term.1'))).toBe('glossary');
    expect(partOfIssue(at('bg', 'ownText.bg.term.1'))).toBe('glossary');
    // 决算 keeps its parts.
    expect(partOfIssue(at('performance', 'projects[0].name'))).toBe('attachments');
    expect(partOfIssue(at('procurement', 'goods'))).toBe('section:s11');
  });

  it('keeps the 决算 parts for a 决算 project', () => {
    const project = loadSample('final-2024-unit');
    const { template, analysis, publication } = analysed(project);
    const ids = partsOf('finalAccount', template, publication, analysis.issues).map((p) => p.id);
    expect(ids).toContain('priorYear');
    expect(ids).toContain('attachments');
    expect(ids).not.toContain('targetForms');
    expect(ids.filter((id) => id.startsWith('section:'))).toHaveLength(13);
  });
});
