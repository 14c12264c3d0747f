// A chart: caption centred above (黑体 小四), the unit line under it, then the PNG inline and centred,
// about 14 cm wide with its aspect ratio kept (document-format.md §7).
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Block } from '../../publication/model';
import { FONT_FACES, POINTS, halfPoints, pointsToTwips } from './fonts';
import { textRuns } from './text-blocks';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** A rendered chart, keyed by ChartSpec.id; width and height in pixels. */
export interface ChartPicture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** docx sizes images in pixels at 96 per inch: 14 cm ≈ 529 px. */
const CHART_WIDTH_PX = Math.round((14 / 2.54) * 96);

export function chartChildren(block: ChartBlock, charts: ReadonlyMap<string, ChartPicture>, pageBreakBefore: boolean): Paragraph[] {
  const picture = charts.get(block.chart.id);
  if (picture === undefined) throw new Error(`导出 Word 文档时缺少图表“${block.caption}”（${block.chart.id}）的图片`);
  if (!(picture.width > 0 && picture.height > 0)) throw new Error(`图表“${block.caption}”的图片尺寸无效`);
  const size = halfPoints(POINTS.xiaoSi);
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    pageBreakBefore,
    spacing: { before: pointsToTwips(6) },
    children: textRuns(block.caption, FONT_FACES.heiTi, size),
  });
  const unit =
    block.unitLine === undefined || block.unitLine === ''
      ? []
      : [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: textRuns(block.unitLine, FONT_FACES.songTi, size) })];
  const image = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pointsToTwips(3), after: pointsToTwips(6) },
    children: [
      new ImageRun({
        type: 'png',
        data: picture.png,
        transformation: { width: CHART_WIDTH_PX, height: Math.round((CHART_WIDTH_PX * picture.height) / picture.width) },
        altText: { name: block.chart.id, title: block.caption, description: block.caption },
      }),
    ],
  });
  return [caption, ...unit, image];
}
