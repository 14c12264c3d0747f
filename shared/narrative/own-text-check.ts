// Re-checks paragraphs of 情况说明 一–九 that the officer replaced with own text: every amount
// ("8,683.15万元") and percentage ("5.18%") must be a figure the product can vouch for — one of the
// generated paragraph, a published table value, last year's figures or a percentage the sections derive.
import { Decimal, roundForDisplay, toWanYuan, type Amount } from '../money/money';
import type { Issue } from '../validate/issue';
import type { NarrativeContext } from './context';
import { sectionOfParagraph } from './table-sections/section-writer';
import { buildTableSections } from './table-sections/table-sections';

type FigureKind = 'amount' | 'percent';

interface Figure {
  readonly kind: FigureKind;
  /** As written, for the message. */
  readonly text: string;
  readonly value: Amount;
}

const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*万元/g;
const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;

function toDecimal(digits: string): Amount | undefined {
  const plain = digits.replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(plain) ? new Decimal(plain) : undefined;
}

/** The amounts (万元) and percentages written in a text, in order. */
export function textFigures(text: string): Figure[] {
  const out: { index: number; figure: Figure }[] = [];
  const collect = (pattern: RegExp, kind: FigureKind): void => {
    for (const match of text.matchAll(pattern)) {
      const value = toDecimal(match[1] ?? '');
      if (value !== undefined) out.push({ index: match.index, figure: { kind, text: match[0].replace(/\s/g, ''), value } });
    }
  };
  collect(AMOUNT, 'amount');
  collect(PERCENT, 'percent');
  return out.sort((a, b) => a.index - b.index).map((x) => x.figure);
}

/** Canonical text of a figure for set lookups (8683.15, 0, 5.2). */
function key(value: Amount): string {
  return roundForDisplay(value).toFixed();
}

interface Vouched {
  readonly amounts: ReadonlySet<string>;
  readonly percents: ReadonlySet<string>;
}

const vouchedCache = new WeakMap<NarrativeContext, Vouched>();

/** A generated paragraph whose percentages are valid anywhere in the text. */
export interface PercentSource {
  readonly text: string;
}

/** Figures valid anywhere: published table cells, last year's figures, the percentages of `paragraphs`. */
function vouchedFigures(context: NarrativeContext, paragraphs: () => readonly PercentSource[]): Vouched {
  const cached = vouchedCache.get(context);
  if (cached) return cached;
  const amounts = new Set<string>();
  const percents = new Set<string>();
  for (const table of context.report.tables.values()) {
    for (const row of table.rows) for (const cell of row.cells.values()) amounts.add(key(cell.value));
  }
  for (const text of Object.values(context.project.priorYear.figures)) {
    const value = toDecimal(text);
    if (value !== undefined) amounts.add(key(toWanYuan(value, context.project.entryUnit)));
  }
  for (const paragraph of paragraphs()) {
    for (const figure of textFigures(paragraph.text)) if (figure.kind === 'percent') percents.add(key(figure.value));
  }
  const vouched = { amounts, percents };
  vouchedCache.set(context, vouched);
  return vouched;
}

/**
 * Checks the officer's text of paragraph `paragraphId` against the figures of `generated` (the text the
 * product writes for it) and the figures valid anywhere. Each figure found nowhere is a warning.
 */
export function checkOwnText(
  context: NarrativeContext,
  paragraphId: string,
  text: string,
  generated: string,
  /** The generated paragraphs of the report's kind (决算: 情况说明 一–九; 预算: its own text). */
  paragraphs: () => readonly PercentSource[] = () => buildTableSections(context).paragraphs,
): Issue[] {
  const section = sectionOfParagraph(paragraphId) ?? paragraphId.split('.')[0] ?? paragraphId;
  const own = new Set(textFigures(generated).map((f) => `${f.kind}:${key(f.value)}`));
  const vouched = vouchedFigures(context, paragraphs);
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const figure of textFigures(text)) {
    const k = key(figure.value);
    if (own.has(`${figure.kind}:${k}`)) continue;
    if ((figure.kind === 'amount' ? vouched.amounts : vouched.percents).has(k)) continue;
    if (reported.has(figure.text)) continue;
    reported.add(figure.text);
    issues.push({
      id: 'TXT.OWN.FIGURE',
      severity: 'warning',
      location: { kind: 'section', section, field: `ownText.${paragraphId}` },
      message: `自行编写的段落 ${paragraphId} 中的“${figure.text}”与自动生成的文字和${context.project.kind === 'budget' ? '预算' : '决算'}表数字都对不上，请核对。`,
    });
  }
  return issues;
}

/** checkOwnText for every own text of a paragraph of 一–九; own text of a paragraph that is no longer generated is reported. */
export function ownTextIssues(context: NarrativeContext): Issue[] {
  const generated = new Map(buildTableSections(context).paragraphs.map((p) => [p.id, p.text]));
  const issues: Issue[] = [];
  for (const [id, text] of Object.entries(context.project.narrative.ownText)) {
    const section = sectionOfParagraph(id);
    if (section === undefined || text.trim() === '') continue;
    const original = generated.get(id);
    if (original === undefined) {
      issues.push({
        id: 'TXT.OWN.UNUSED',
        severity: 'warning',
        location: { kind: 'section', section, field: `ownText.${id}` },
        message: `自行编写的段落 ${id} 对应的内容已不再生成（例如科目已不在决算表中），这段文字不会出现在公开材料中。`,
      });
      continue;
    }
    issues.push(...checkOwnText(context, id, text, original));
  }
  return issues;
}
