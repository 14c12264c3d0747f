// One 市级预算项目支出绩效自评表 as a grid of 9 columns (final-account-narrative.md §18.2):
// label | 一级 | 二级 | 三级 | 指标值 | 实际值 | 分值 | 得分 | 偏差原因. Rows follow the HTML convention: a
// position covered by a rowSpan from above is left out of the later row.
import { formatPercent, sum, type Amount } from '../../money/money';
import type { Block, GridCell } from '../../publication/model';
import { FUNDING_ROWS } from '../inputs/officer-sections';
import { formAmount, scoreText } from '../officer-sections/section-helpers';
import { renderTemplate } from '../sentence-template';
import { attachmentTemplates } from './attachment-templates';
import { EXECUTION_WEIGHT, targetText, type IndicatorResult, type ProjectEvaluation } from './scoring';

export const FORM_COLUMNS = 9;

const label = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): GridCell => ({ text, align: 'center', bold: true, ...span });
const value = (text: string, span: { colSpan?: number; rowSpan?: number } = {}, align: GridCell['align'] = 'left'): GridCell => ({ text, align, ...span });
const figure = (text: string): GridCell => ({ text, align: 'right' });
const optionalFigure = (amount: Amount | undefined): GridCell => figure(amount === undefined ? '' : formAmount(amount));

function headRows(e: ProjectEvaluation): GridCell[][] {
  const l = attachmentTemplates().form.labels;
  return [
    [label(l.name), value(e.input.name.trim(), { colSpan: 4 }), label(l.department, { colSpan: 2 }), value(e.department, { colSpan: 2 })],
    [label(l.implementingUnit), value(e.implementingUnit, { colSpan: 4 }), label(l.phone, { colSpan: 2 }), value(e.input.phone.trim(), { colSpan: 2 })],
  ];
}

function executionRows(e: ProjectEvaluation): GridCell[][] {
  const l = attachmentTemplates().form.labels;
  const header: GridCell[] = [
    label(renderTemplate(l.execution, { weight: scoreText(EXECUTION_WEIGHT) }), { rowSpan: 1 + FUNDING_ROWS.length }),
    label('', { colSpan: 2 }),
    label(l.initial),
    label(l.budget),
    label(l.actual),
    label(l.weight),
    label(l.rate),
    label(l.score),
  ];
  const rows = FUNDING_ROWS.map((key): GridCell[] => {
    const cells = e.funding[key];
    const rate = cells.budget !== undefined && !cells.budget.isZero() && cells.actual !== undefined ? formatPercent(cells.actual.div(cells.budget)) : '';
    const isTotal = key === 'total';
    return [
      label(l.fundingRows[key], { colSpan: 2 }),
      optionalFigure(cells.initial),
      optionalFigure(cells.budget),
      optionalFigure(cells.actual),
      value(isTotal ? scoreText(EXECUTION_WEIGHT) : l.notApplicable, {}, 'center'),
      figure(isTotal && e.rate !== undefined ? `${e.rate}%` : rate),
      value(isTotal ? scoreText(e.executionScore) : l.notApplicable, {}, 'center'),
    ];
  });
  return [header, ...rows];
}

function targetRows(e: ProjectEvaluation): GridCell[][] {
  const l = attachmentTemplates().form.labels;
  return [
    [label(l.targets, { rowSpan: 2 }), label(l.expected, { colSpan: 4 }), label(l.achieved, { colSpan: 4 })],
    [value(e.input.targets.expected.trim(), { colSpan: 4 }), value(e.input.targets.actual.trim(), { colSpan: 4 })],
  ];
}

/** Lengths of the runs of equal keys, in order: ["a","a","b"] → [2, 1]. */
function runs(keys: readonly string[]): number[] {
  const out: number[] = [];
  keys.forEach((key, i) => {
    if (i > 0 && keys[i - 1] === key) out[out.length - 1] = (out[out.length - 1] ?? 0) + 1;
    else out.push(1);
  });
  return out;
}

function indicatorRows(e: ProjectEvaluation): GridCell[][] {
  const l = attachmentTemplates().form.labels;
  const list = e.indicators;
  const header: GridCell[] = [
    label(l.indicators, { rowSpan: 1 + list.length }),
    label(l.level1),
    label(l.level2),
    label(l.level3),
    label(l.target),
    label(l.actualValue),
    label(l.weight),
    label(l.score),
    label(l.deviation),
  ];
  const rows: GridCell[][] = list.map(() => []);
  let start = 0;
  for (const length1 of runs(list.map((i) => i.input.level1.trim()))) {
    const group = list.slice(start, start + length1);
    const weight = sum(group.map((i: IndicatorResult) => i.weight));
    const level1 = group[0]?.input.level1.trim() ?? '';
    rows[start]?.push(label(level1 === '' ? '' : renderTemplate(l.level1WithWeight, { level1, weight: scoreText(weight) }), { rowSpan: length1 }));
    let inner = start;
    for (const length2 of runs(group.map((i) => i.input.level2.trim()))) {
      rows[inner]?.push(label(list[inner]?.input.level2.trim() ?? '', { rowSpan: length2 }));
      inner += length2;
    }
    start += length1;
  }
  list.forEach((indicator, i) => {
    rows[i]?.push(
      value(indicator.input.name.trim()),
      value(targetText(indicator.input.target), {}, 'center'),
      value(indicator.input.actual.text.trim(), {}, 'center'),
      value(scoreText(indicator.weight), {}, 'center'),
      value(scoreText(indicator.score), {}, 'center'),
      value(indicator.input.deviation.trim()),
    );
  });
  return [header, ...rows];
}

function footerRows(e: ProjectEvaluation): GridCell[][] {
  const l = attachmentTemplates().form.labels;
  return [
    [label(l.total, { colSpan: FORM_COLUMNS - 2 }), value(scoreText(e.total), {}, 'center'), value('')],
    [value(renderTemplate(l.explanation, { text: e.input.explanation.trim() }), { colSpan: FORM_COLUMNS })],
  ];
}

export function evaluationFormBlock(e: ProjectEvaluation, year: number): Block {
  const f = attachmentTemplates().form;
  return {
    kind: 'grid',
    title: f.title,
    captions: [
      { text: renderTemplate(f.yearLine, { year: String(year) }), align: 'center' },
      { text: f.amountUnit, align: 'right' },
    ],
    rows: [...headRows(e), ...executionRows(e), ...targetRows(e), ...indicatorRows(e), ...footerRows(e)],
    headerRows: 0,
    notes: f.notes,
    landscape: true,
  };
}
