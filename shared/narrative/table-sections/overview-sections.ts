// Sections 一–四: totals, income and expenditure structure with their year-on-year lines (§2–§5).
import { shares } from '../wording';
import { changeClause } from './change-text';
import { barChart, pieChart } from './charts';
import type { StructureTemplates } from './section-templates';
import type { SectionWriter } from './section-writer';

function figureLabel(w: SectionWriter, id: string): string {
  return w.context.template.priorFigures.find((f) => f.id === id)?.label ?? id;
}

/** 一 (overall) and 四 (appropriations): "…收、支总计均为…万元。" plus the change and 图1/图4. */
function writeTotals(w: SectionWriter, key: 's1' | 's4', words: { figure: string; statement: string; changeSubject: string }, chart: string): void {
  w.heading(key, 1);
  const total = w.figure(words.figure);
  w.paragraph(`${key}.p1`, () => w.fill(words.statement, { total }) + changeClause(w, { section: key, figure: words.figure, label: figureLabel(w, words.figure), current: total, subject: words.changeSubject }));
  barChart(w, chart);
}

/** 二 (income) and 三 (expenditure): (一) structure sentence + pie, (二) one line per part. */
function writeStructure(w: SectionWriter, key: 's2' | 's3', words: StructureTemplates, chart: string): void {
  const list = w.words.list;
  w.heading(key, 1);
  w.heading(`${key}.1`, 2);
  const total = w.figure(words.total);
  const parts = words.items.map((item) => ({ ...item, amount: w.figure(item.figure), exact: w.exactFigure(item.figure) }));
  const shareTexts = shares(
    parts.map((p) => p.amount),
    total,
  );
  const listed = parts.map((p, i) => ({ ...p, share: shareTexts[i] ?? '0' })).filter((p) => w.inputs.listZeroSources || !p.amount.isZero());
  w.paragraph(`${key}.1.p1`, () => {
    if (listed.length === 0) return w.fill(words.noItems, { total });
    const items = listed.map((p) => w.fill(words.item, { name: p.name, amount: p.amount, share: p.share }));
    return w.fill(words.lead, { total }) + items.join(list.separator) + list.end;
  });
  pieChart(
    w,
    chart,
    listed.filter((p) => !p.amount.isZero()).map((p) => ({ name: p.name, value: p.exact.toFixed(), share: `${p.share}%` })),
  );
  w.heading(`${key}.2`, 2);
  parts.forEach((p, i) => {
    w.paragraph(`${key}.2.p${i + 1}`, () => w.fill(words.detail, { n: String(i + 1), name: p.name, amount: p.amount }) + changeClause(w, { section: key, figure: p.figure, label: p.name, current: p.amount }));
  });
}

export function writeOverviewSections(w: SectionWriter): void {
  writeTotals(w, 's1', w.words.overall, 'fig1');
  writeStructure(w, 's2', w.words.incomeStructure, 'fig2');
  writeStructure(w, 's3', w.words.expenditureStructure, 'fig3');
  writeTotals(w, 's4', w.words.appropriationOverall, 'fig4');
}
