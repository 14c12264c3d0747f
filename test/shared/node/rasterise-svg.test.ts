// SVG → PNG with resvg and a Chinese font found on this machine.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../shared/export/charts/render-chart-svg';
import { findCjkFontFiles } from '../../../shared/node/font-files';
import { rasteriseSvg, renderChartPng } from '../../../shared/node/rasterise-svg';
import { SEED_000_CHARTS } from '../export/charts/seed-000-charts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function blankSvg(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"></svg>`;
}

describe('findCjkFontFiles', () => {
  it('finds at least one existing Chinese font file on this machine', () => {
    const fonts = findCjkFontFiles();
    expect(fonts.files.length).toBeGreaterThan(0);
    for (const file of fonts.files) expect(existsSync(file)).toBe(true);
    expect(fonts.family).not.toBe('');
  });

  it('explains in Chinese when no font is found', () => {
    expect(() => findCjkFontFiles([{ file: '/nonexistent/font.ttc', family: 'X' }])).toThrow(/^未找到中文字体/);
  });
});

describe('rasteriseSvg', () => {
  const fonts = findCjkFontFiles();

  it('renders a PNG of the requested width that is not blank', () => {
    const spec = SEED_000_CHARTS[0]?.spec;
    if (spec === undefined) throw new Error('no chart');
    const svg = renderChartSvg(spec, { width: 640, height: 384, fontFamily: fonts.family });
    const image = rasteriseSvg(svg, { widthPx: 1200, fonts });
    expect([...image.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(image.width).toBe(1200);
    expect(image.height).toBe(720);
    const blank = rasteriseSvg(blankSvg(640, 384), { widthPx: 1200, fonts });
    expect(blank.width).toBe(1200);
    expect(image.png.length).toBeGreaterThan(blank.png.length * 5);
  });

  it('draws Chinese text with the font (a label changes the image)', () => {
    const text = (label: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" style="font-size:20px;font-family:${fonts.family};">${label}</text></svg>`;
    const a = rasteriseSvg(text('财政拨款收入'), { widthPx: 400, fonts });
    const b = rasteriseSvg(text('其他收入'), { widthPx: 400, fonts });
    const blank = rasteriseSvg(blankSvg(200, 40), { widthPx: 400, fonts });
    expect(a.png.length).toBeGreaterThan(blank.png.length);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(false);
  });

  it('rejects a non-positive width', () => {
    expect(() => rasteriseSvg(blankSvg(10, 10), { widthPx: 0, fonts })).toThrow('图片宽度无效');
  });
});

describe('renderChartPng', () => {
  it('renders every seed 000 chart at the default 1200 × 720', () => {
    for (const { spec } of SEED_000_CHARTS) {
      const image = renderChartPng(spec);
      expect([...image.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(image.width).toBe(1200);
      expect(image.height).toBe(720);
    }
  });

  it('honours a requested size', () => {
    const spec = SEED_000_CHARTS[1]?.spec;
    if (spec === undefined) throw new Error('no chart');
    const image = renderChartPng(spec, { widthPx: 800, heightPx: 600 });
    expect(image.width).toBe(800);
    expect(image.height).toBe(600);
  });
});
