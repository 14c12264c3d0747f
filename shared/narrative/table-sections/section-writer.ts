// The pen of sections 一–九: fills sentence templates, reads the published figures (rounded as
// printed), collects blocks, the generated paragraph texts and the issues found while writing.
import { amount, roundForDisplay, toWanYuan, ZERO, type Amount } from '../../money/money';
import type { Block, ChartSpec } from '../../publication/model';
import { cellAddress, parseCellRef } from '../../tables/cell-address';
import type { Issue } from '../../validate/issue';
import type { Severity } from '../../validate/rule-definition';
import type { NarrativeContext } from '../context';
import type { Project } from '../../project/schema';
import { MissingTemplateValue, renderTemplate, type TemplateValue } from '../sentence-template';
import type { TableSectionTemplates } from './section-templates';

/** Sections 一–九 as issue locations. */
export const TABLE_SECTION_KEYS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'] as const;
export type TableSectionKey = (typeof TABLE_SECTION_KEYS)[number];

/** The section a paragraph id belongs to (s5.3.2010301 → s5); undefined for other sections' ids. */
export function sectionOfParagraph(id: string): TableSectionKey | undefined {
  const head = /^(s[1-9])(?:\.|$)/.exec(id)?.[1];
  return TABLE_SECTION_KEYS.find((key) => key === head);
}

export interface GeneratedParagraph {
  readonly id: string;
  readonly section: TableSectionKey;
  /** The text the product writes, before any own text of the officer replaces it. */
  readonly text: string;
}

export type Values = Readonly<Record<string, TemplateValue>>;

export class SectionWriter {
  readonly blocks: Block[] = [];
  readonly issues: Issue[] = [];
  readonly paragraphs: GeneratedParagraph[] = [];
  /** The officer's narrative inputs (reasons, own text and the fields of inputs/table-sections.ts). */
  readonly inputs: Project['narrative'];
  private readonly base: Values;

  constructor(
    readonly context: NarrativeContext,
    readonly words: TableSectionTemplates,
  ) {
    this.inputs = context.project.narrative;
    const year = context.project.year;
    this.base = { year: String(year), priorYear: String(year - 1), name: context.name, self: context.self, scopeWord: context.scopeWord };
  }

  /** Fills a template with the scope words and year plus `values`; a missing required value throws. */
  fill(template: string, values: Values = {}): string {
    return renderTemplate(template, values, this.base);
  }

  heading(key: string, level: 1 | 2): void {
    const text = this.words.headings[key];
    if (text === undefined) throw new Error(`模板错误：缺少标题“${key}”`);
    this.blocks.push({ kind: 'heading', level, text });
  }

  /**
   * Adds paragraph `id` written by `compose`. When a required value is missing the paragraph is left
   * out and reported; when the officer replaced the paragraph, the own text is published instead.
   */
  paragraph(id: string, compose: () => string): void {
    const section = sectionOfParagraph(id);
    if (section === undefined) throw new Error(`段落编号“${id}”不属于情况说明一至九`);
    let text: string;
    try {
      text = compose();
    } catch (e) {
      if (!(e instanceof MissingTemplateValue)) throw e;
      this.issue('warning', 'TXT.MISSING', section, id, `情况说明段落 ${id} 缺少“${e.placeholder}”，该段未生成。`);
      return;
    }
    this.paragraphs.push({ id, section, text });
    const own = this.inputs.ownText[id]?.trim();
    this.blocks.push({ kind: 'paragraph', id, text: own === undefined || own === '' ? text : own });
  }

  chart(chart: ChartSpec, caption: string, unitLine: string): void {
    this.blocks.push(unitLine === '' ? { kind: 'chart', chart, caption } : { kind: 'chart', chart, caption, unitLine });
  }

  issue(severity: Severity, id: string, section: TableSectionKey, field: string, message: string): void {
    this.issues.push({ id, severity, message, location: { kind: 'section', section, field } });
  }

  /** The exact published 万元 value of a cell ("FA05[TOTAL].c1"). */
  exactCell(ref: string): Amount {
    const r = parseCellRef(ref);
    return this.context.report.value(cellAddress(r.table, r.row, r.column));
  }

  /** A cell as printed in the text: half-up to 0.01 万元 (percentages derive from printed figures). */
  cell(ref: string): Amount {
    return roundForDisplay(this.exactCell(ref));
  }

  /** The exact current-year value of a prior-figure id (the sum of its cells). */
  exactFigure(id: string): Amount {
    const figure = this.context.template.priorFigures.find((f) => f.id === id);
    if (figure === undefined) throw new Error(`模板错误：上年数项目“${id}”不存在`);
    return figure.current.reduce((acc, ref) => acc.plus(this.exactCell(ref)), ZERO);
  }

  figure(id: string): Amount {
    return roundForDisplay(this.exactFigure(id));
  }

  /** Last year's figure in exact 万元, or undefined when the officer has not entered it. */
  exactPrior(id: string): Amount | undefined {
    return this.entry(this.context.project.priorYear.figures[id], false);
  }

  prior(id: string): Amount | undefined {
    return this.entry(this.context.project.priorYear.figures[id]);
  }

  /** An amount typed in the entry unit as 万元 (rounded as printed unless `exact` is false). */
  entry(text: string | undefined, rounded = true): Amount | undefined {
    if (text === undefined) return undefined;
    const value = toWanYuan(amount(text), this.context.project.entryUnit);
    return rounded ? roundForDisplay(value) : value;
  }

  /** The officer's reason for a change against last year, by prior-figure id. */
  reason(id: string): string | undefined {
    return present(this.inputs.reasons[id]);
  }
}

/** A typed text that is not blank, trimmed. */
export function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
