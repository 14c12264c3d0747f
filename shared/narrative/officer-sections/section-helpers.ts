// Helpers shared by the officer-section builders: paragraphs the officer may replace, issues that
// name a section and field, and number formats of the text and of the Part 5 forms.
import { amount, Decimal, roundForDisplay, type Amount } from '../../money/money';
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import type { Severity } from '../../validate/rule-definition';
import type { NarrativeContext } from '../context';

/** Input areas the issues point at (keys of `narrative`). */
export type OfficerSectionKey = 'overview' | 'agencyOperatingCost' | 'procurement' | 'stateAssets' | 'performance' | 'glossaryNotes' | 'selfEvaluationReport';

/** A body paragraph; the officer's own text for `id` (narrative.ownText) replaces the generated one. */
export function paragraph(context: NarrativeContext, id: string, text: string, runIn?: string): Block {
  const own = context.project.narrative.ownText[id];
  const body = own !== undefined && own.trim() !== '' ? own.trim() : text;
  return runIn === undefined ? { kind: 'paragraph', id, text: body } : { kind: 'paragraph', id, text: body, runIn };
}

export function issue(id: string, severity: Severity, section: OfficerSectionKey, field: string, message: string): Issue {
  return { id, severity, message, location: { kind: 'section', section, field } };
}

/** Free text used inside a sentence: trimmed, without the full stop the template supplies. */
export function clause(text: string): string | undefined {
  const trimmed = text.trim().replace(/[。；;，,\s]+$/u, '');
  return trimmed === '' ? undefined : trimmed;
}

/** Free text used as whole sentences: trimmed and ending with a full stop. */
export function sentences(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /[。！？）”]$/u.test(trimmed) ? trimmed : `${trimmed.replace(/[；;，,]+$/u, '')}。`;
}

export function optionalAmount(text: string | undefined): Amount | undefined {
  return text === undefined ? undefined : amount(text);
}

/** Part 5 amount: at most two decimals, trailing zeros dropped, no thousands separator ("3300", "2982.95"). */
export function formAmount(value: Amount): string {
  const rounded = roundForDisplay(value);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/** A score or weight: half-up to two decimals, trailing zeros dropped ("98.28", "8.7", "94"). */
export function scoreText(value: Amount): string {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/** A count in text. */
export function countText(n: number): string {
  return String(n);
}

/** Chinese names of the sections for messages. */
export const SECTION_TITLES: Readonly<Record<OfficerSectionKey, string>> = {
  overview: '第一部分 概况',
  agencyOperatingCost: '十、机关运行经费',
  procurement: '十一、政府采购',
  stateAssets: '十二、国有资产占用',
  performance: '十三、预算绩效情况说明',
  glossaryNotes: '第四部分 名词解释',
  selfEvaluationReport: '第五部分 附件（绩效自评工作情况总结）',
};

/** "十一、政府采购：未填写“货物支出”。" */
export function missingInput(id: string, section: OfficerSectionKey, field: string, label: string, consequence = ''): Issue {
  return issue(id, 'warning', section, field, `${SECTION_TITLES[section]}：未填写“${label}”${consequence}。`);
}
