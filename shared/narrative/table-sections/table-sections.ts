// 情况说明 一–九 as publication blocks, and the issues found while writing them (§2–§10, §16).
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { writeBasicExpenditureSection, writeGovernmentFundSection, writeStateCapitalSection } from './fund-sections';
import { writeGeneralBudgetSection } from './general-budget-section';
import { writeOverviewSections } from './overview-sections';
import { tableSectionTemplates, type TableSectionTemplates } from './section-templates';
import { SectionWriter, type GeneratedParagraph } from './section-writer';
import { writeThreePublicSection } from './three-public-section';

export interface TableSectionsResult {
  /** Headings, paragraphs (own text where the officer replaced one) and charts, 一 to 九 in order. */
  readonly blocks: readonly Block[];
  /** The paragraphs as the product writes them, by id, before own text replaces them. */
  readonly paragraphs: readonly GeneratedParagraph[];
  /** Missing inputs and the checks between the officer's figures and the tables. */
  readonly issues: readonly Issue[];
}

const cache = new WeakMap<NarrativeContext, TableSectionsResult>();

/** Writes sections 一–九 once per context; `words` replaces the bundled sentence templates. */
export function buildTableSections(context: NarrativeContext, words: TableSectionTemplates = tableSectionTemplates()): TableSectionsResult {
  const bundled = words === tableSectionTemplates();
  const cached = bundled ? cache.get(context) : undefined;
  if (cached) return cached;
  const w = new SectionWriter(context, words);
  writeOverviewSections(w);
  writeGeneralBudgetSection(w);
  writeBasicExpenditureSection(w);
  writeGovernmentFundSection(w);
  writeStateCapitalSection(w);
  writeThreePublicSection(w);
  const result: TableSectionsResult = { blocks: w.blocks, paragraphs: w.paragraphs, issues: w.issues };
  if (bundled) cache.set(context, result);
  return result;
}

export function tableSectionBlocks(context: NarrativeContext): Block[] {
  return [...buildTableSections(context).blocks];
}

export function tableSectionIssues(context: NarrativeContext): Issue[] {
  return [...buildTableSections(context).issues];
}
