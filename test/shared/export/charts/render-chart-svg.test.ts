// Publication charts drawn with ECharts' server-side SVG renderer (no DOM): seed 000's 图1–图6.
import { describe, expect, it } from 'vitest';
import {
  axisTickText,
  barLabelText,
  chartOption,
  legendRows,
  pieLabelText,
} from '../../../../shared/export/charts/chart-option';
import { renderChartSvg, stableIds } from '../../../../shared/export/charts/render-chart-svg';
import type { ChartSpec } from '../../../../shared/publication/model';
import { SEED_000_CHARTS } from './seed-000-charts';

const SIZE = { width: 640, height: 384, fontFamily: 'Noto Sans CJK SC' };

function chart(id: string): ChartSpec {
  const found = SEED_000_CHARTS.find((c) => c.spec.id === id);
  if (found === undefined) throw new Error(`no chart ${id}`);
  return found.spec;
}

describe('chart labels', () => {
  it('prints column amounts with two decimals and thousands separators', () => {
    expect(barLabelText('8683.15')).toBe('8,683.15');
    expect(barLabelText('8255.5')).toBe('8,255.50');
    expect(barLabelText('0')).toBe('0.00');
    expect(barLabelText('123456.789')).toBe('123,456.79');
  });

  it('prints pie labels as name and the printed share', () => {
    expect(pieLabelText({ name: '财政拨款收入', share: '99.99%' })).toBe('财政拨款收入 99.99%');
  });

  it('prints value-axis ticks with thousands separators', () => {
    expect(axisTickText(10000)).toBe('10,000');
    expect(axisTickText(2000)).toBe('2,000');
    expect(axisTickText(0)).toBe('0');
    expect(axisTickText(0.5)).toBe('0.5');
  });

  it('splits a long legend into rows that fit the width', () => {
    const names = ['一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出', '其他支出'];
    const rows = legendRows(names, 600);
    expect(rows.flat()).toEqual(names);
    expect(rows.length).toBe(2);
    expect(legendRows(['收入总计', '支出总计'], 600)).toEqual([['收入总计', '支出总计']]);
  });
});

describe('chartOption', () => {
  it('has no title, no animation, a white background and the legend at the bottom', () => {
    for (const { spec } of SEED_000_CHARTS) {
      const option = chartOption(spec, SIZE.fontFamily);
      expect(option.title).toBeUndefined();
      expect(option.animation).toBe(false);
      expect(option.backgroundColor).toBe('#FFFFFF');
      const legends = Array.isArray(option.legend) ? option.legend : [option.legend];
      for (const legend of legends) expect(legend?.bottom).toEqual(expect.any(Number));
    }
  });

  it('keeps pie slices in sentence order and leaves zero slices out of the drawing', () => {
    const option = chartOption(
      {
        kind: 'pie',
        id: 'p',
        slices: [
          { name: '甲', value: '3', share: '75%' },
          { name: '乙', value: '0', share: '0%' },
          { name: '丙', value: '1', share: '25%' },
        ],
      },
      SIZE.fontFamily,
    );
    const series = Array.isArray(option.series) ? option.series[0] : option.series;
    expect(series?.type).toBe('pie');
    const data = series?.type === 'pie' ? series.data : undefined;
    expect(data).toEqual([
      { name: '甲', value: 3 },
      { name: '丙', value: 1 },
    ]);
  });
});

describe('renderChartSvg (seed 000)', () => {
  it('draws 图1 as clustered columns with categories, series names and amounts', () => {
    const spec = chart('fig1');
    expect(spec).toMatchObject({
      kind: 'bar',
      categories: ['2023年度', '2024年度'],
      series: [
        { name: '收入总计', values: ['8255.5', '8683.15'] },
        { name: '支出总计', values: ['8255.5', '8683.15'] },
      ],
    });
    const svg = renderChartSvg(spec, SIZE);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="640"');
    for (const text of ['2023年度', '2024年度', '收入总计', '支出总计', '8,683.15', '8,255.50', '万元']) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg).not.toContain('<title');
  });

  it('draws 图2 as a pie labelled with name and share', () => {
    const svg = renderChartSvg(chart('fig2'), SIZE);
    expect(svg).toContain('财政拨款收入 99.99%');
    expect(svg).toContain('其他收入 0.01%');
  });

  it('draws 图3–图6 with their labels', () => {
    expect(renderChartSvg(chart('fig3'), SIZE)).toContain('项目支出 55.92%');
    expect(renderChartSvg(chart('fig4'), SIZE)).toContain('8,679.27');
    expect(renderChartSvg(chart('fig5'), SIZE)).toContain('一般公共预算财政拨款支出');
    const fig6 = renderChartSvg(chart('fig6'), SIZE);
    for (const label of ['一般公共服务支出 86.5%', '社会保障和就业支出 5.74%', '住房保障支出 2.71%', '其他支出 3.23%']) {
      expect(fig6).toContain(label);
    }
  });

  it('is deterministic: the same spec gives the same SVG', () => {
    for (const { spec } of SEED_000_CHARTS) {
      expect(renderChartSvg(spec, SIZE)).toBe(renderChartSvg(spec, SIZE));
    }
  });

  it('renames ECharts instance ids and classes in order of appearance', () => {
    const a = '<path class="zr3-cls-41" clip-path="url(#zr3-c0)"/><g class="zr3-cls-40 zr3-cls-41"/><clipPath id="zr3-c0"/>';
    const b = '<path class="zr9-cls-7" clip-path="url(#zr9-c0)"/><g class="zr9-cls-2 zr9-cls-7"/><clipPath id="zr9-c0"/>';
    expect(stableIds(a)).toBe(stableIds(b));
    expect(stableIds(a)).toBe(
      '<path class="chart-cls-0" clip-path="url(#chart-c0)"/><g class="chart-cls-1 chart-cls-0"/><clipPath id="chart-c0"/>',
    );
  });

  it('rejects a zero-sized drawing', () => {
    expect(() => renderChartSvg(chart('fig1'), { ...SIZE, width: 0 })).toThrow('图表尺寸无效');
  });
});
