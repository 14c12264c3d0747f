// The whole budget text (budget-narrative.md): Part 1 概况, Part 3 一–六 with the 绩效目标表 forms and
// Part 4 名词解释, written once per context; issues are the missing inputs, the checks of the officer's
// figures and the re-check of paragraphs the officer replaced with own text.
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { checkOwnText } from '../own-text-check';
import { chineseNumber } from '../wording';
import { budgetAssetSections } from './budget-assets';
import { budgetPerformanceSection } from './budget-performance';
import { budgetTableSections } from './budget-sections';
import { budgetTemplates } from './budget-templates';
import { BudgetWriter, type BudgetParagraph } from './budget-writer';

export interface BudgetText {
  readonly overview: readonly Block[];
  readonly narrative: readonly Block[];
  readonly glossary: readonly Block[];
  readonly paragraphs: readonly BudgetParagraph[];
  readonly issues: readonly Issue[];
}

function nonEmpty(list: readonly string[]): string[] {
  return list.map((item) => item.trim()).filter((item) => item !== '');
}

function overview(w: BudgetWriter): void {
  const t = w.words.overview;
  const input = w.context.project.narrative.overview;
  const note = w.context.project.narrative.budget.organisationNote.trim();
  w.heading(t.dutiesHeading, 1);
  const duties = nonEmpty(input.duties);
  if (duties.length === 0) w.missing('BP1.MISSING', 'overview', 'overview.duties', '主要职责');
  duties.forEach((duty, i) => w.paragraph(`bp1.duties.${i + 1}`, 'overview', () => duty));
  w.heading(t.organisationHeading, 1);
  if (w.context.project.scope === 'unit') {
    const divisions = nonEmpty(input.divisions);
    if (divisions.length === 0) {
      w.missing('BP1.MISSING', 'overview', 'overview.divisions', '内设机构');
      return;
    }
    w.paragraph('bp1.org.p1', 'overview', () => w.fill(t.divisionsLead, { note }));
    w.paragraph('bp1.org.p2', 'overview', () => w.fill(t.divisionsList, { list: divisions.join('、') }));
    return;
  }
  const units = nonEmpty(input.constituentUnits);
  if (units.length === 0) {
    w.missing('BP1.MISSING', 'overview', 'overview.constituentUnits', '部门预算包括的单位');
    return;
  }
  w.paragraph('bp1.org.p1', 'overview', () => w.fill(t.constituents, { note, list: units.join('、') }));
}

function glossary(w: BudgetWriter): void {
  const g = budgetTemplates().glossary;
  g.fixedTerms.forEach((term, i) => w.paragraph(`bg.term.${i + 1}`, 'glossary', () => w.fill(g.fixedEntry, { n: chineseNumber(i + 1), term: term.term, definition: term.definition })));
}

/** Runs one builder on a fresh writer and hands back what it wrote. */
function written(context: NarrativeContext, build: (w: BudgetWriter) => void): BudgetWriter {
  const w = new BudgetWriter(context);
  build(w);
  return w;
}

const cache = new WeakMap<NarrativeContext, BudgetText>();

export function budgetText(context: NarrativeContext): BudgetText {
  const cached = cache.get(context);
  if (cached) return cached;
  const parts = [
    written(context, overview),
    written(context, (w) => {
      budgetTableSections(w);
      budgetAssetSections(w);
      budgetPerformanceSection(w);
    }),
    written(context, glossary),
  ];
  const [first, second, third] = parts;
  const paragraphs = parts.flatMap((w) => w.paragraphs);
  const text: BudgetText = {
    overview: first?.blocks ?? [],
    narrative: second?.blocks ?? [],
    glossary: third?.blocks ?? [],
    paragraphs,
    issues: [...parts.flatMap((w) => w.issues), ...ownTextIssues(context, paragraphs)],
  };
  cache.set(context, text);
  return text;
}

/** Own text of a budget paragraph: its figures re-checked as in 决算; own text of a paragraph no longer written is reported. */
function ownTextIssues(context: NarrativeContext, paragraphs: readonly BudgetParagraph[]): Issue[] {
  const generated = new Map(paragraphs.map((p) => [p.id, p]));
  const issues: Issue[] = [];
  for (const [id, text] of Object.entries(context.project.narrative.ownText)) {
    if (text.trim() === '' || !/^b(p1|g|\d)\./.test(id)) continue;
    const original = generated.get(id);
    if (original === undefined) {
      issues.push({
        id: 'TXT.OWN.UNUSED',
        severity: 'warning',
        location: { kind: 'section', section: id.split('.')[0] ?? id, field: `ownText.${id}` },
        message: `自行编写的段落 ${id} 对应的内容已不再生成，这段文字不会出现在公开材料中。`,
      });
      continue;
    }
    issues.push(...checkOwnText(context, id, text, original.text, () => paragraphs).map((issue) => ({ ...issue, location: { kind: 'section' as const, section: original.section, field: `ownText.${id}` } })));
  }
  return issues;
}

export function budgetTextIssues(context: NarrativeContext): readonly Issue[] {
  return budgetText(context).issues;
}
