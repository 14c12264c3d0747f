// The inputs schema loads old files with defaults; the bundled sentence templates parse and are complete.
import { describe, expect, it } from 'vitest';
import { tableSectionInputsSchema } from '../../../../shared/narrative/inputs/table-sections';
import { parseTableSectionTemplates, tableSectionTemplates } from '../../../../shared/narrative/table-sections/section-templates';
import { templatePlaceholders } from '../../../../shared/narrative/sentence-template';
import { projectSchema } from '../../../../shared/project/schema';
import { loadSample } from '../../../helpers/samples';

describe('table-section inputs', () => {
  it('an empty narrative gets every default', () => {
    expect(tableSectionInputsSchema.parse({})).toEqual({
      initialBudgets: [],
      initialBudgetWording: 'auto',
      governmentFundBudgets: [],
      stateCapitalBudgets: [],
      threePublic: { reasons: {} },
      listZeroSources: false,
      captionStyle: 'numbered',
      zeroZeroWording: 'sameAsLastYear',
      threePublicFlatWording: 'fullYearBudget',
    });
  });

  it('a project saved before these inputs existed still loads', () => {
    const sample = loadSample('final-2024-unit');
    const old = { ...sample, narrative: { reasons: sample.narrative.reasons } };
    expect(projectSchema.safeParse(old).success).toBe(true);
  });

  it('rejects an amount that is not a decimal and a code that is not a 项', () => {
    expect(tableSectionInputsSchema.safeParse({ initialBudgets: [{ code: '2010301', budget: '1,000' }] }).success).toBe(false);
    expect(tableSectionInputsSchema.safeParse({ initialBudgets: [{ code: '20103', budget: '1000' }] }).success).toBe(false);
    expect(tableSectionInputsSchema.safeParse({ initialBudgets: [{ code: '2010301', budget: '-5' }] }).success).toBe(false);
    expect(tableSectionInputsSchema.safeParse({ threePublic: { travelGroups: 1.5 } }).success).toBe(false);
  });
});

describe('sentence templates', () => {
  it('the bundled file parses; its placeholders are the ones the builders fill', () => {
    const words = tableSectionTemplates();
    const known = new Set(['year', 'priorYear', 'name', 'self', 'scopeWord', 'n', 'title', 'total', 'subject', 'difference', 'percent', 'reason', 'rate', 'name', 'amount', 'share', 'category', 'section', 'item', 'names', 'budget', 'actual', 'basic', 'opening', 'income', 'spending', 'closing', 'groups', 'trips', 'content', 'owner', 'bought', 'fleet', 'batches', 'persons', 'fxBatches', 'fxPersons']);
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(words);
    expect(strings.flatMap(templatePlaceholders).filter((p) => !known.has(p))).toEqual([]);
  });

  it('a broken template file is rejected with a Chinese message', () => {
    expect(() => parseTableSectionTemplates({ headings: {} })).toThrow(/模板错误/);
  });
});
