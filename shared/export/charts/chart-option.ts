// The ECharts option for one publication chart (图1–图6), in the look of a printed official document:
// white background, no title (the caption is a paragraph of the document), legend at the bottom,
// a muted palette that stays distinguishable in grayscale, no animation. Platform-independent: the
// desktop preview and the Node export draw from the same option.
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { amount, Decimal, formatMessageAmount, formatTextAmount } from '../../money/money';
import type { ChartSpec } from '../../publication/model';

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption>;

type BarSpec = Extract<ChartSpec, { kind: 'bar' }>;
type PieSpec = Extract<ChartSpec, { kind: 'pie' }>;

/** Column series: dark blue, orange, grey — luminances about 80 / 150 / 165 of 255 in grayscale. */
export const BAR_PALETTE: readonly string[] = ['#2F5597', '#ED7D31', '#7F7F7F', '#9DC3E6', '#C55A11', '#C9C9C9'];

/**
 * Pie slices alternate dark and light so that neighbouring slices (including last–first) differ in
 * grayscale; slices also get white borders.
 */
export const PIE_PALETTE: readonly string[] = ['#1F3864', '#F4B183', '#5B9BD5', '#3A3A3A', '#C9C9C9', '#C55A11', '#B4C7E7', '#7F7F7F'];

const TEXT_COLOR = '#262626';
const AXIS_COLOR = '#595959';
const GRID_LINE_COLOR = '#D9D9D9';
const LABEL_FONT_SIZE = 13;
const LEGEND_FONT_SIZE = 14;

/** Column data label: two decimals with thousands separators ("8,683.15"). */
export function barLabelText(value: string): string {
  return formatMessageAmount(amount(value));
}

/** Pie slice label: the slice name and the printed share ("财政拨款收入 99.99%"). */
export function pieLabelText(slice: { readonly name: string; readonly share: string }): string {
  return `${slice.name} ${slice.share}`;
}

/** Value-axis tick: thousands separators, trailing zeros dropped ("2,000", "0.5"). */
export function axisTickText(value: number): string {
  return Number.isFinite(value) ? formatTextAmount(new Decimal(value)) : '';
}

/** Amount text → number, used only to draw (all printed figures come from the text). */
function drawingValue(value: string): number {
  return amount(value).toNumber();
}

function legend(names: readonly string[], fontFamily: string): LegendComponentOption {
  return {
    show: true,
    data: [...names],
    bottom: 10,
    left: 'center',
    orient: 'horizontal',
    icon: 'rect',
    itemWidth: 18,
    itemHeight: 12,
    itemGap: 28,
    textStyle: { fontFamily, fontSize: LEGEND_FONT_SIZE, color: TEXT_COLOR },
  };
}

function barOption(spec: BarSpec, fontFamily: string): ChartOption {
  const textStyle = { fontFamily, color: TEXT_COLOR };
  const series: BarSeriesOption[] = spec.series.map((s) => {
    const labels = s.values.map(barLabelText);
    return {
      type: 'bar',
      name: s.name,
      data: s.values.map(drawingValue),
      barMaxWidth: 64,
      barGap: '25%',
      barCategoryGap: '40%',
      label: {
        show: true,
        position: 'top',
        distance: 6,
        fontFamily,
        fontSize: LABEL_FONT_SIZE,
        color: TEXT_COLOR,
        formatter: (params) => labels[params.dataIndex] ?? '',
      },
    };
  });
  return {
    backgroundColor: '#FFFFFF',
    animation: false,
    color: [...BAR_PALETTE],
    textStyle,
    legend: legend(
      spec.series.map((s) => s.name),
      fontFamily,
    ),
    grid: { left: 20, right: 28, top: 44, bottom: 52, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: [...spec.categories],
      axisTick: { show: false },
      axisLine: { show: true, lineStyle: { color: AXIS_COLOR } },
      axisLabel: { fontFamily, fontSize: LEGEND_FONT_SIZE, color: TEXT_COLOR, margin: 10 },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      nameLocation: 'end',
      nameGap: 14,
      nameTextStyle: { fontFamily, fontSize: LABEL_FONT_SIZE, color: TEXT_COLOR, align: 'right' },
      min: 0,
      axisLine: { show: true, lineStyle: { color: AXIS_COLOR } },
      axisTick: { show: false },
      axisLabel: { fontFamily, fontSize: LABEL_FONT_SIZE, color: TEXT_COLOR, formatter: axisTickText },
      splitLine: { show: true, lineStyle: { color: GRID_LINE_COLOR, type: 'dashed' } },
    },
    series,
  };
}

function pieOption(spec: PieSpec, fontFamily: string): ChartOption {
  // A zero slice has no area; drawing it would only stack its label on a neighbour's.
  const slices = spec.slices.filter((s) => !amount(s.value).isZero());
  const labels = slices.map(pieLabelText);
  return {
    backgroundColor: '#FFFFFF',
    animation: false,
    color: [...PIE_PALETTE],
    textStyle: { fontFamily, color: TEXT_COLOR },
    legend: legend(
      slices.map((s) => s.name),
      fontFamily,
    ),
    series: [
      {
        type: 'pie',
        name: spec.id,
        radius: ['0%', '56%'],
        center: ['50%', '45%'],
        startAngle: 90,
        clockwise: true,
        avoidLabelOverlap: true,
        minShowLabelAngle: 0,
        data: slices.map((s) => ({ name: s.name, value: drawingValue(s.value) })),
        itemStyle: { borderColor: '#FFFFFF', borderWidth: 1 },
        label: {
          show: true,
          position: 'outside',
          fontFamily,
          fontSize: LABEL_FONT_SIZE,
          color: TEXT_COLOR,
          formatter: (params) => labels[params.dataIndex] ?? '',
        },
        labelLine: { show: true, length: 14, length2: 18, lineStyle: { color: AXIS_COLOR } },
        emphasis: { disabled: true },
      },
    ],
  };
}

/** The ECharts option drawing `spec`; `fontFamily` must name a font with Chinese glyphs. */
export function chartOption(spec: ChartSpec, fontFamily: string): ChartOption {
  switch (spec.kind) {
    case 'bar':
      return barOption(spec, fontFamily);
    case 'pie':
      return pieOption(spec, fontFamily);
  }
}
