// The pen of the budget text: fills sentence templates with the scope words, reads published figures
// (rounded as printed) and last year's budget, and collects blocks, generated paragraphs and issues.
import { amount, roundForDisplay, toWanYuan, type Amount } from '../../money/money';
import { printedSum } from '../../derive/printed-sum';
import type { Block } from '../../publication/model';
import { cellAddress, parseCellRef } from '../../tables/cell-address';
import type { Issue } from '../../validate/issue';
import type { Severity } from '../../validate/rule-definition';
import type { NarrativeContext } from '../context';
import { MissingTemplateValue, renderTemplate, type TemplateValue } from '../sentence-template';
import { budgetTemplates, type BudgetTemplates } from './budget-templates';

/** Issue locations of the budget text: Part 1, sections 一–六 of Part 3, Part 4. */
export type BudgetSectionKey = 'overview' | 'b1' | 'b2' | 'b3' | 'b4' | 'b5' | 'b6' | 'glossary';

export const BUDGET_SECTION_TITLES: Readonly<Record<BudgetSectionKey, string>> = {
  overview: '第一部分 概况',
  b1: '一、预算收支增减变化情况说明',
  b2: '二、“三公”经费支出情况',
  b3: '三、机关运行经费情况',
  b4: '四、政府采购情况',
  b5: '五、国有资产占有使用情况',
  b6: '六、绩效目标情况说明',
  glossary: '第四部分 名词解释',
};

export interface BudgetParagraph {
  readonly id: string;
  readonly section: BudgetSectionKey;
  readonly text: string;
}

export type Values = Readonly<Record<string, TemplateValue>>;

/** A typed text that is not blank, trimmed and without the full stop the template supplies. */
export function clauseOf(text: string | undefined): string | undefined {
  const trimmed = text?.trim().replace(/[。；;，,\s]+$/u, '');
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

export class BudgetWriter {
  readonly blocks: Block[] = [];
  readonly issues: Issue[] = [];
  readonly paragraphs: BudgetParagraph[] = [];
  readonly words: BudgetTemplates;
  private readonly base: Values;

  constructor(readonly context: NarrativeContext) {
    this.words = budgetTemplates().sections;
    const year = context.project.year;
    this.base = { year: String(year), priorYear: String(year - 1), name: context.name, self: context.self, scopeWord: context.scopeWord, unitName: context.project.unitName };
  }

  fill(template: string, values: Values = {}): string {
    return renderTemplate(template, values, this.base);
  }

  heading(text: string, level: 1 | 2): void {
    this.blocks.push({ kind: 'heading', level, text });
  }

  /** Paragraph `id` written by `compose`; a missing value leaves it out with a warning; own text replaces it. */
  paragraph(id: string, section: BudgetSectionKey, compose: () => string): void {
    let text: string;
    try {
      text = compose();
    } catch (e) {
      if (!(e instanceof MissingTemplateValue)) throw e;
      this.issue('warning', 'BTXT.MISSING', section, id, `${BUDGET_SECTION_TITLES[section]}：段落 ${id} 缺少“${e.placeholder}”，该段未生成。`);
      return;
    }
    this.paragraphs.push({ id, section, text });
    const own = this.context.project.narrative.ownText[id]?.trim();
    this.blocks.push({ kind: 'paragraph', id, text: own === undefined || own === '' ? text : own });
  }

  issue(severity: Severity, id: string, section: BudgetSectionKey, field: string, message: string): void {
    this.issues.push({ id, severity, message, location: { kind: 'section', section, field } });
  }

  missing(id: string, section: BudgetSectionKey, field: string, label: string, consequence = ''): void {
    this.issue('warning', id, section, field, `${BUDGET_SECTION_TITLES[section]}：未填写“${label}”${consequence}。`);
  }

  /** A published cell as printed: half-up to 0.01 万元. */
  cell(ref: string): Amount {
    const r = parseCellRef(ref);
    return roundForDisplay(this.context.report.value(cellAddress(r.table, r.row, r.column)));
  }

  private priorFigure(id: string): { readonly current: readonly string[]; readonly prior?: readonly string[] } {
    const figure = this.context.template.priorFigures.find((f) => f.id === id);
    if (figure === undefined) throw new Error(`模板错误：上年数项目“${id}”不存在`);
    return figure;
  }

  /** This year's figure of a prior-figure id, as printed (Σ of its cells, each rounded as printed). */
  figure(id: string): Amount {
    return printedSum(this.context.report, this.priorFigure(id).current);
  }

  /**
   * Last year's figure: from this year's table where it prints one (三公 table), else the officer's
   * priorYear entry; undefined when neither is there.
   */
  prior(id: string): Amount | undefined {
    const cells = this.priorFigure(id).prior;
    if (cells !== undefined) return printedSum(this.context.report, cells);
    return this.entry(this.context.project.priorYear.figures[id]);
  }

  /** An amount typed in the entry unit, as 万元 rounded as printed. */
  entry(text: string | undefined): Amount | undefined {
    return text === undefined ? undefined : roundForDisplay(toWanYuan(amount(text), this.context.project.entryUnit));
  }

  reason(id: string): string | undefined {
    return clauseOf(this.context.project.narrative.reasons[id]);
  }
}
