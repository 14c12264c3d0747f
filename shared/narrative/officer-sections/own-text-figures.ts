// Paragraphs of Part 1, 十–十三, 名词解释 and the Part 5 summary that the officer replaced with own text
// (narrative.ownText) are re-checked: every amount (…万元) and percentage written there must also be a
// figure of the paragraph the product would write.
import { Decimal } from '../../money/money';
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import { attachmentBlocks } from '../attachments/attachment-blocks';
import type { NarrativeContext } from '../context';
import { glossaryBlocks } from '../glossary/glossary-blocks';
import { officerSectionBlocks } from './officer-section-blocks';
import { overviewBlocks } from './overview';
import { issue, type OfficerSectionKey } from './section-helpers';

const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(万元|[%％])/gu;

function figures(text: string): { text: string; key: string }[] {
  return [...text.matchAll(FIGURE)].map((m) => {
    const digits = (m[1] ?? '0').replace(/,/g, '');
    const kind = m[2] === '万元' ? '万元' : '%';
    return { text: m[0].replace(/\s/g, ''), key: `${kind}:${new Decimal(digits).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()}` };
  });
}

const SECTION_OF_PREFIX: Readonly<Record<string, OfficerSectionKey>> = {
  p1: 'overview',
  s10: 'agencyOperatingCost',
  s11: 'procurement',
  s12: 'stateAssets',
  s13: 'performance',
  g: 'glossaryNotes',
  a5: 'selfEvaluationReport',
};

/** The paragraphs this module writes, as generated (the officer's own text left out). */
function generatedParagraphs(context: NarrativeContext): Map<string, string> {
  const plain: NarrativeContext = { ...context, project: { ...context.project, narrative: { ...context.project.narrative, ownText: {} } } };
  const blocks: Block[] = [...overviewBlocks(plain), ...officerSectionBlocks(plain), ...glossaryBlocks(plain), ...attachmentBlocks(plain)];
  const out = new Map<string, string>();
  for (const block of blocks) if (block.kind === 'paragraph' && block.id !== undefined) out.set(block.id, block.text);
  return out;
}

export function ownTextFigureIssues(context: NarrativeContext): Issue[] {
  const own = Object.entries(context.project.narrative.ownText).filter(([id]) => SECTION_OF_PREFIX[id.split('.')[0] ?? ''] !== undefined);
  if (own.length === 0) return [];
  const generated = generatedParagraphs(context);
  const issues: Issue[] = [];
  for (const [id, text] of own) {
    const base = generated.get(id);
    const section = SECTION_OF_PREFIX[id.split('.')[0] ?? ''];
    if (base === undefined || section === undefined) continue;
    const known = new Set(figures(base).map((f) => f.key));
    const unknown = figures(text).filter((f) => !known.has(f.key));
    if (unknown.length > 0) {
      issues.push(
        issue('OWN.FIGURE', 'warning', section, `ownText.${id}`, `自行改写的段落（${id}）中的${unknown.map((f) => `“${f.text}”`).join('、')}与按录入数据生成的文字不一致，请核对。`),
      );
    }
  }
  return issues;
}
