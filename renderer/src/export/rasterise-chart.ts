// Chart → PNG in the browser: ECharts draws the SVG (shared core), an <img> decodes it and a canvas
// encodes the PNG. Same layout size as the Node export, so text sits the same in both.
import type { ChartPicture } from '../../../shared/export/docx/write-publication-docx';
import { renderChartSvg } from '../../../shared/export/charts/render-chart-svg';
import type { ChartSpec } from '../../../shared/publication/model';

const LAYOUT_WIDTH = 640;
const WIDTH_PX = 1200;
const HEIGHT_PX = 720;
/**
 * Fonts with Chinese glyphs found on Windows and Linux desktops. Single quotes: ECharts writes the
 * family into a double-quoted style attribute, where a double quote would end the attribute.
 */
const FONT_FAMILY = "'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', SimHei, sans-serif";

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('图表图片无法生成'));
    image.src = url;
  });
}

export async function rasteriseChart(spec: ChartSpec): Promise<ChartPicture> {
  const layoutHeight = Math.round((LAYOUT_WIDTH * HEIGHT_PX) / WIDTH_PX);
  const svg = renderChartSvg(spec, { width: LAYOUT_WIDTH, height: layoutHeight, fontFamily: FONT_FAMILY });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH_PX;
    canvas.height = HEIGHT_PX;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('浏览器无法绘制图表');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, WIDTH_PX, HEIGHT_PX);
    context.drawImage(image, 0, 0, WIDTH_PX, HEIGHT_PX);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('图表图片无法生成');
    return { png: new Uint8Array(await blob.arrayBuffer()), width: WIDTH_PX, height: HEIGHT_PX };
  } finally {
    URL.revokeObjectURL(url);
  }
}
