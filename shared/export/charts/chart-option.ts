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

const LEGEND_ICON_WIDTH = 18;
const LEGEND_ICON_TEXT_GAP = 5;
const LEGEND_ITEM_GAP = 28;
const LEGEND_ROW_HEIGHT = 28;
const LEGEND_BOTTOM = 10;

/** Approximate text width: CJK glyphs are one em, Latin digits and letters about 0.6 em. */
function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2000 ? fontSize * 0.6 : fontSize;
  return width;
}

/**
 * Splits the legend into rows that fit `maxWidth`. ECharts left-aligns the rows of a wrapped legend;
 * one legend component per row keeps every row centred.
 */
export function legendRows(names: readonly string[], maxWidth: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let rowWidth = 0;
  for (const name of names) {
    const itemWidth = LEGEND_ICON_WIDTH + LEGEND_ICON_TEXT_GAP + textWidth(name, LEGEND_FONT_SIZE);
    const needed = row.length === 0 ? itemWidth : rowWidth + LEGEND_ITEM_GAP + itemWidth;
    if (row.length > 0 && needed > maxWidth) {
      rows.push(row);
      row = [name];
      rowWidth = itemWidth;
    } else {
      row.push(name);
      rowWidth = needed;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function legends(rows: readonly (readonly string[])[], fontFamily: string): LegendComponentOption[] {
  return rows.map((row, index) => ({
    show: true,
    data: [...row],
    bottom: LEGEND_BOTTOM + (rows.length - 1 - index) * LEGEND_ROW_HEIGHT,
    left: 'center',
    orient: 'horizontal',
    icon: 'rect',
    itemWidth: LEGEND_ICON_WIDTH,
    itemHeight: 12,
    itemGap: LEGEND_ITEM_GAP,
    textStyle: { fontFamily, fontSize: LEGEND_FONT_SIZE, color: TEXT_COLOR },
  }));
}

/** Height the legend rows take at the bottom of the chart. */
function legendHeight(rowCount: number): number {
  return LEGEND_BOTTOM + rowCount * LEGEND_ROW_HEIGHT;
}

function barOption(spec: BarSpec, fontFamily: string, width: number): ChartOption {
  const textStyle = { fontFamily, color: TEXT_COLOR };
  const rows = legendRows(
    spec.series.map((s) => s.name),
    width - 40,
  );
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
    legend: legends(rows, fontFamily),
    grid: { left: 20, right: 28, top: 44, bottom: legendHeight(rows.length) + 14, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
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
      axisLine: { show: true, lineStyle: { color: AXIS_COLOR } },
      axisTick: { show: false },
      axisLabel: { fontFamily, fontSize: LABEL_FONT_SIZE, color: TEXT_COLOR, formatter: axisTickText },
      splitLine: { show: true, lineStyle: { color: GRID_LINE_COLOR, type: 'dashed' } },
    },
    series,
  };
}

function pieOption(spec: PieSpec, fontFamily: string, width: number, height: number): ChartOption {
  // A zero slice has no area; drawing it would only stack its label on a neighbour's.
  const slices = spec.slices.filter((s) => !amount(s.value).isZero());
  const labels = slices.map(pieLabelText);
  const rows = legendRows(
    slices.map((s) => s.name),
    width - 40,
  );
  // The pie sits in the space above the legend, leaving room for the outside labels.
  const free = height - legendHeight(rows.length) - 12;
  const centerY = Math.round(free / 2 + 4);
  const radius = Math.max(20, Math.round(Math.min(free / 2 - 44, width / 2 - 210)));
  return {
    backgroundColor: '#FFFFFF',
    animation: false,
    color: [...PIE_PALETTE],
    textStyle: { fontFamily, color: TEXT_COLOR },
    legend: legends(rows, fontFamily),
    series: [
      {
        type: 'pie',
        name: spec.id,
        radius: [0, radius],
        center: ['50%', centerY],
        startAngle: 90,
        clockwise: true,
        avoidLabelOverlap: true,
        minShowLabelAngle: 0,
        // A share of 0.01% is a hairline; one degree keeps the slice its label points at visible.
        minAngle: 1,
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

export interface ChartLayout {
  /** Drawing size in CSS pixels; defaults to 640 × 384 (5:3). */
  readonly width?: number;
  readonly height?: number;
}

/**
 * The ECharts option drawing `spec`; `fontFamily` must name a font with Chinese glyphs. The layout
 * size lets legend rows and the pie radius fit the drawing.
 */
export function chartOption(spec: ChartSpec, fontFamily: string, layout: ChartLayout = {}): ChartOption {
  const width = layout.width ?? 640;
  const height = layout.height ?? 384;
  switch (spec.kind) {
    case 'bar':
      return barOption(spec, fontFamily, width);
    case 'pie':
      return pieOption(spec, fontFamily, width, height);
  }
}
