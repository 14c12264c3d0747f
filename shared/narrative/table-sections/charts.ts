// 图1–图6 as data (§16): bars compare last year with this year, pies repeat the shares of the sentence.
import { ZERO } from '../../money/money';
import type { ChartSpec } from '../../publication/model';
import type { ChartTemplate } from './section-templates';
import type { SectionWriter } from './section-writer';

export interface PieSlice {
  readonly name: string;
  /** Exact 万元 text. */
  readonly value: string;
  /** The printed share with its % sign, as in the sentence. */
  readonly share: string;
}

function chartTemplate(w: SectionWriter, id: string): ChartTemplate {
  const chart = w.words.charts.figures.find((c) => c.id === id);
  if (chart === undefined) throw new Error(`模板错误：缺少图“${id}”`);
  return chart;
}

function place(w: SectionWriter, template: ChartTemplate, spec: ChartSpec): void {
  const style = w.inputs.captionStyle;
  const caption = w.fill(w.words.charts.caption[style], { n: String(template.n), title: template.title[style] });
  const unitLine = spec.kind === 'bar' ? w.words.charts.unitLine[style] : '';
  w.chart(spec, caption, unitLine);
}

/** A column chart of last year against this year; left out when last year's figures are missing. */
export function barChart(w: SectionWriter, id: string): void {
  const template = chartTemplate(w, id);
  const series: { name: string; values: string[] }[] = [];
  for (const s of template.series) {
    const prior = w.exactPrior(s.prior);
    if (prior === undefined) return;
    const current = s.current.reduce((acc, ref) => acc.plus(w.exactCell(ref)), ZERO);
    series.push({ name: s.name, values: [prior.toFixed(), current.toFixed()] });
  }
  const year = w.context.project.year;
  const categories = [year - 1, year].map((y) => w.fill(w.words.charts.category, { year: String(y) }));
  place(w, template, { kind: 'bar', id: template.id, categories, series, unit: '万元' });
}

/** A pie of the non-zero parts listed in a structure sentence, in sentence order. */
export function pieChart(w: SectionWriter, id: string, slices: readonly PieSlice[]): void {
  const template = chartTemplate(w, id);
  const shown = slices.filter((s) => s.value !== '0');
  if (shown.length === 0) return;
  place(w, template, { kind: 'pie', id: template.id, slices: shown });
}
