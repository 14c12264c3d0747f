import { describe, expect, it } from 'vitest';
import { analyseProject, projectCatalog } from '../../../shared/report/final-account';
import { templateFor } from '../../../shared/report/report-kind';
import { narrativeContext } from '../../../shared/narrative/context';
import { buildPublication } from '../../../shared/publication/build-publication';
import { partOfIssue } from '../../../renderer/src/report/parts';
import { budgetEditorFields, budgetFiguresBySection, fieldsFor, issueFieldFor } from '../../../renderer/src/sections/budget-section-fields';
import { fieldContains } from '../../../renderer/src/sections/section-fields';
import { loadSample } from '../../helpers/samples';
import { strippedBudget } from '../../helpers/budget-inputs';

describe('budget section editors', () => {
  it('gives every budget text issue a field to jump to in the part it is counted in', () => {
    const project = strippedBudget();
    const template = templateFor('budget');
    const analysis = analyseProject(project, template, projectCatalog(project));
    const publication = buildPublication(narrativeContext(project, analysis.report, template, projectCatalog(project)), { draft: false });
    const paragraphs = new Set(publication.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'paragraph' && b.id !== undefined ? [b.id] : []))));
    const sectionIssues = analysis.issues.filter((i) => i.location.kind === 'section');
    // Every kind of budget input warning is present, so the check below covers them all.
    expect(new Set(sectionIssues.map((i) => i.id))).toEqual(
      new Set(['BP1.MISSING', 'B1.PRIOR', 'B2.REASON', 'B3.PRIOR', 'B4.MISSING', 'B5.MISSING', 'B6.PROJECT', 'B6.FORM', 'B6.FORM_PROJECT', 'B6.FORM_MISSING', 'TXT.OWN.FIGURE', 'TXT.OWN.UNUSED']),
    );
    for (const issue of sectionIssues) {
      if (issue.location.kind !== 'section') continue;
      const field = issue.location.field ?? '';
      const part = partOfIssue(issue);
      if (field.startsWith('ownText.')) {
        // Own text: the paragraph's switch in the preview, or (no longer written) a warning only.
        if (issue.id !== 'TXT.OWN.UNUSED') expect(paragraphs.has(field.slice('ownText.'.length)), field).toBe(true);
        continue;
      }
      const fields = budgetEditorFields(project, part);
      expect(
        fields.some((f) => f === field || fieldContains(f, field)),
        `${issue.id} ${field} in ${part}: ${fields.join(', ')}`,
      ).toBe(true);
    }
  });

  it('names fields as the budget text does: the whole path with dots', () => {
    expect(issueFieldFor('budget', ['stateAssets', 'vehicles', 'total'])).toBe('stateAssets.vehicles.total');
    expect(issueFieldFor('budget', ['budget', 'targetForms', 0, 'objective'])).toBe('budget.targetForms.0.objective');
    expect(issueFieldFor('finalAccount', ['procurement', 'goods'])).toBe('goods');
  });

  it('asks for last year\'s figures where the text compares: 一 收支 and 三 机关运行经费; 二 takes both years from the table', () => {
    const figures = budgetFiguresBySection();
    expect(figures.get('b1')).toContain('totalIncomeExpenditure');
    expect(figures.get('b1')).toContain('basicExpenditure');
    expect(figures.get('b3')).toEqual(['agencyOperatingCost']);
    const template = templateFor('budget');
    for (const id of figures.get('b2') ?? []) expect(template.priorFigures.find((f) => f.id === id)?.prior).toBeDefined();
  });

  it('shows the 概况 fields of the project\'s scope and has no 决算-only groups', () => {
    const unit = loadSample('budget-2025-unit');
    const labels = fieldsFor('budget', 'overview').flatMap((g) => g.fields.filter((f) => f.scope === undefined || f.scope === unit.scope).map((f) => f.label));
    expect(labels).toContain('内设机构（每行一个）');
    expect(labels).not.toContain('部门预算包括的单位（每行一个）');
    expect(fieldsFor('budget', 'section:s9')).toEqual([]);
    expect(fieldsFor('finalAccount', 'section:s9').length).toBeGreaterThan(0);
  });
});
