// SVG → PNG for the .docx export (Word shows PNG everywhere; SVG-in-docx needs a PNG fallback anyway).
import { Resvg } from '@resvg/resvg-js';
import { renderChartSvg } from '../export/charts/render-chart-svg';
import type { ChartSpec } from '../publication/model';
import { findCjkFontFiles, type CjkFonts } from './font-files';

export interface RasterImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface RasteriseOptions {
  /** Output width in pixels; the height follows the SVG's aspect ratio. */
  readonly widthPx: number;
  readonly fonts: CjkFonts;
}

export function rasteriseSvg(svg: string, options: RasteriseOptions): RasterImage {
  const { widthPx, fonts } = options;
  if (!(Number.isInteger(widthPx) && widthPx > 0)) throw new Error(`图片宽度无效：${widthPx}`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: 'white',
    font: {
      fontFiles: [...fonts.files],
      loadSystemFonts: false,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
      serifFamily: fonts.family,
    },
    logLevel: 'off',
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/** Layout width of a chart in CSS pixels: fixes the text size relative to the chart at any resolution. */
export const CHART_LAYOUT_WIDTH = 640;
/** Default raster size: 14 cm wide at about 220 dpi, 5:3. */
export const DEFAULT_CHART_WIDTH_PX = 1200;
export const DEFAULT_CHART_HEIGHT_PX = 720;

let cachedFonts: CjkFonts | undefined;

function cjkFonts(): CjkFonts {
  cachedFonts ??= findCjkFontFiles();
  return cachedFonts;
}

/** Draws `spec` and rasterises it to PNG with a Chinese font found on this machine. */
export function renderChartPng(spec: ChartSpec, options?: { widthPx?: number; heightPx?: number }): RasterImage {
  const widthPx = options?.widthPx ?? DEFAULT_CHART_WIDTH_PX;
  const heightPx = options?.heightPx ?? DEFAULT_CHART_HEIGHT_PX;
  if (!(widthPx > 0 && heightPx > 0)) throw new Error(`图片尺寸无效：${widthPx} × ${heightPx}`);
  const fonts = cjkFonts();
  const layoutHeight = Math.round((CHART_LAYOUT_WIDTH * heightPx) / widthPx);
  const svg = renderChartSvg(spec, { width: CHART_LAYOUT_WIDTH, height: layoutHeight, fontFamily: fonts.family });
  return rasteriseSvg(svg, { widthPx, fonts });
}
