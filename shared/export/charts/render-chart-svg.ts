// Draws a publication chart to an SVG string with ECharts' server-side renderer: no DOM, no canvas,
// so it runs the same in Node (export) and in the browser (preview).
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../publication/model';
import { chartOption } from './chart-option';

use([BarChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

export interface ChartSvgOptions {
  /** Drawing size in CSS pixels (the SVG's width/height and viewBox). */
  readonly width: number;
  readonly height: number;
  /** A family with Chinese glyphs, e.g. "Noto Sans CJK SC" or "SimHei". */
  readonly fontFamily: string;
}

/**
 * ECharts names CSS classes and clip-path/gradient ids after a per-instance counter and a global
 * class counter ("zr7-cls-36", "zr7-c0"). Renaming them in order of appearance makes the same chart
 * give the same SVG every time (and so the same .docx bytes).
 */
export function stableIds(svg: string): string {
  const names = new Map<string, string>();
  return svg
    .replace(/\bzr\d+-(cls|ani)-\d+\b/g, (token: string, kind: string) => {
      let name = names.get(token);
      if (name === undefined) {
        name = `chart-${kind}-${names.size}`;
        names.set(token, name);
      }
      return name;
    })
    .replace(/\bzr\d+-/g, 'chart-');
}

export function renderChartSvg(spec: ChartSpec, options: ChartSvgOptions): string {
  const { width, height, fontFamily } = options;
  if (!(width > 0 && height > 0)) throw new Error(`图表尺寸无效：${width} × ${height}`);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec, fontFamily, { width, height }));
    return stableIds(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
