// Part 5 scores: the six forms of the seeds and each scoring rule of the form's notes 1–6.
import { describe, expect, it } from 'vitest';
import { evaluateProject, evaluateProjects, gradeOf } from '../../../../shared/narrative/officer-sections/index';
import { performanceProjectSchema, type IndicatorInput, type IndicatorTarget } from '../../../../shared/narrative/inputs/officer-sections';
import { Decimal } from '../../../../shared/money/money';
import { loadSample, type SampleName } from '../../../helpers/samples';
import { contextFor } from '../officer-sections/officer-helpers';

function scores(sample: 'final-2024-unit' | 'final-2024-department'): { name: string; execution: string; rate: string | undefined; total: string; grade: string }[] {
  return evaluateProjects(contextFor(loadSample(sample))).map((e) => ({
    name: e.input.name,
    execution: e.executionScore.toFixed(),
    rate: e.rate,
    total: e.total.toFixed(),
    grade: e.grade,
  }));
}

describe('scores of the six seed forms', () => {
  it('seed 000: 98.28 (the form prints 8.38 / 98.38), 98.7, 99.04', () => {
    // Form 1: 10 × 736.85 / 890 = 8.279… → 8.28; the seed's 8.38 and 98.38 are off by 0.1 (tables §13 item 2).
    expect(scores('final-2024-unit')).toEqual([
      { name: '办公室政务运行保障经费项目', execution: '8.28', rate: '82.79', total: '98.28', grade: '优' },
      { name: '开展优化营商环境工作经费项目', execution: '8.7', rate: '87.04', total: '98.7', grade: '优' },
      { name: '政务热线整合经费项目', execution: '9.04', rate: '90.39', total: '99.04', grade: '优' },
    ]);
  });

  it('seed 003: 95.8, 94, 98.44 (as printed)', () => {
    expect(scores('final-2024-department')).toEqual([
      { name: '办公室业务运行', execution: '5.8', rate: '57.99', total: '95.8', grade: '优' },
      { name: '老干、党建、保密、精神文明建设等活动', execution: '4', rate: '40', total: '94', grade: '优' },
      { name: '党政专用高清电视会议系统市政府八楼会议室项目', execution: '8.44', rate: '84.39', total: '98.44', grade: '优' },
    ]);
  });

  it('every seed form has indicator weights summing to 90 and every indicator at full marks', () => {
    const samples: readonly SampleName[] = ['final-2024-unit', 'final-2024-department'];
    for (const sample of samples) {
      for (const e of evaluateProjects(contextFor(loadSample(sample)))) {
        expect(e.weightTotal.toFixed()).toBe('90');
        expect(e.indicators.every((i) => i.score.eq(i.weight))).toBe(true);
      }
    }
  });
});

const ok = { level1: '产出指标', level2: '数量指标', deviation: '' };

/** A project with one 80-point qualitative filler, so that a 10-point indicator under test completes the 90. */
function project(indicator: Partial<IndicatorInput> & Pick<IndicatorInput, 'target' | 'actual'>, extra: { actual?: string; explanation?: string } = {}) {
  const filler: IndicatorInput = { ...ok, name: '其他', target: { op: 'text', text: '完成' }, actual: { text: '完成' }, weight: '80', score: '80' };
  return performanceProjectSchema.parse({
    name: '测试项目',
    funding: { total: { budget: '100', actual: extra.actual ?? '100' } },
    indicators: [filler, { ...ok, name: '被测指标', weight: '10', ...indicator }],
    explanation: extra.explanation ?? '',
  });
}

function evaluate(p: ReturnType<typeof project>) {
  const e = evaluateProject(contextFor(loadSample('final-2024-unit')), p, 0);
  return { score: e.indicators[1]?.score.toFixed(), total: e.total.toFixed(), grade: e.grade, issues: e.issues.map((i) => `${i.severity} ${i.id}`) };
}

describe('scoring rules (form notes 1–6)', () => {
  it('positive (≥): B / A × weight, capped at the weight', () => {
    expect(evaluate(project({ target: { op: '≥', value: '100', unit: '%', prefix: '', suffix: '' }, actual: { text: '80%', value: '80' } })).score).toBe('8');
    expect(evaluate(project({ target: { op: '≥', value: '100', unit: '%', prefix: '', suffix: '' }, actual: { text: '120%', value: '120' } })).score).toBe('10');
  });

  it('negative (≤): A / B × weight, capped; an actual of 0 meets it', () => {
    expect(evaluate(project({ target: { op: '≤', value: '100', unit: '万元', prefix: '', suffix: '' }, actual: { text: '125万元', value: '125' } })).score).toBe('8');
    expect(evaluate(project({ target: { op: '≤', value: '100', unit: '万元', prefix: '', suffix: '' }, actual: { text: '60万元', value: '60' } })).score).toBe('10');
    expect(evaluate(project({ target: { op: '≤', value: '365', unit: '次', prefix: '', suffix: '' }, actual: { text: '无', value: '0' } })).score).toBe('10');
  });

  it("'=': full when met, otherwise the officer's score (0 and a warning without one)", () => {
    const target: IndicatorTarget = { op: '=', value: '4', unit: '次', prefix: '', suffix: '' };
    expect(evaluate(project({ target, actual: { text: '4次', value: '4' } })).score).toBe('10');
    expect(evaluate(project({ target, actual: { text: '3次', value: '3' }, score: '7' })).score).toBe('7');
    const missed = evaluate(project({ target, actual: { text: '3次', value: '3' } }));
    expect(missed.score).toBe('0');
    expect(missed.issues).toContain('warning A5.SCORE_MISSING');
  });

  it("qualitative: the officer's score; missing → warning; above the weight → error, capped", () => {
    const target: IndicatorTarget = { op: 'text', text: '明显提升' };
    expect(evaluate(project({ target, actual: { text: '明显提升' }, score: '8.5' })).score).toBe('8.5');
    expect(evaluate(project({ target, actual: { text: '明显提升' } })).issues).toContain('warning A5.SCORE_MISSING');
    const above = evaluate(project({ target, actual: { text: '明显提升' }, score: '12' }));
    expect(above.score).toBe('10');
    expect(above.issues).toContain('error A5.SCORE_ABOVE_WEIGHT');
  });

  it('a typed score that contradicts the computed one is replaced and reported', () => {
    const r = evaluate(project({ target: { op: '≥', value: '100', unit: '%', prefix: '', suffix: '' }, actual: { text: '80%', value: '80' }, score: '10' }));
    expect(r.score).toBe('8');
    expect(r.issues).toContain('warning A5.SCORE_COMPUTED');
  });

  it('execution: min(10, 10 × B / A); total = execution + Σ indicators', () => {
    expect(evaluate(project({ target: { op: 'text', text: '完成' }, actual: { text: '完成' }, score: '10' }, { actual: '120' })).total).toBe('100');
    expect(evaluate(project({ target: { op: 'text', text: '完成' }, actual: { text: '完成' }, score: '10' }, { actual: '33.333' })).total).toBe('93.33');
  });

  it('weights must sum to 90', () => {
    const r = evaluate(project({ target: { op: 'text', text: '完成' }, actual: { text: '完成' }, score: '5', weight: '5' }));
    expect(r.issues).toContain('error A5.WEIGHTS');
  });

  it('a total below 80 requires the explanation', () => {
    const low = project({ target: { op: '≥', value: '100', unit: '%', prefix: '', suffix: '' }, actual: { text: '10%', value: '10' } }, { actual: '0' });
    low.indicators[0] = { ...ok, name: '其他', target: { op: 'text', text: '完成' }, actual: { text: '部分完成' }, weight: '80', score: '60' };
    expect(evaluate(low)).toMatchObject({ total: '61', grade: '中' });
    expect(evaluate(low).issues).toContain('error A5.EXPLANATION');
    low.explanation = '项目延期至次年实施，已调整实施计划。';
    expect(evaluate(low).issues).not.toContain('error A5.EXPLANATION');
  });

  it('grades: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60', () => {
    const g = (n: string) => gradeOf(new Decimal(n));
    expect([g('100'), g('90'), g('89.99'), g('80'), g('79.99'), g('60'), g('59.99')]).toEqual(['优', '优', '良', '良', '中', '中', '差']);
  });
});
