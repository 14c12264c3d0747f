// Paragraph styles of the publication. Heading 1–4 are Word's built-in heading styles, so the TOC field
// and the navigation pane find them:
//   Heading 1  part heading (第一部分 / 单位概况)           黑体 二号, centred
//   Heading 2  level-1 heading (一、…) and table titles     黑体 三号
//   Heading 3  level-2 heading (（一）…)                    楷体_GB2312 三号
//   Heading 4  level-3 heading (1、…)                       仿宋_GB2312 三号 bold
// `Normal` is the compact table text (宋体 五号, single spacing): docx fills the cells under a
// vertically merged cell with Normal paragraphs, which must not stretch the rows. Body text has a
// style of its own (BODY_STYLE_ID).
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { FONT_FACES, POINTS, fontOf, halfPoints, pointsToTwips, type FontFace } from './fonts';

export const BODY_STYLE_ID = 'GovBody';
export const TOC_STYLE_IDS = { 1: 'TOC1', 2: 'TOC2', 3: 'TOC3' } as const;

/** Fixed line spacing of body text: 28 pt gives the 22 lines per page of GB/T 9704. */
export const BODY_LINE_TWIPS = pointsToTwips(28);
/** First-line indent of two characters of 三号 text. */
export const BODY_INDENT = { firstLineChars: 200, firstLine: pointsToTwips(2 * POINTS.sanHao) } as const;

/** Exact line spacing, no space around. */
export function exactSpacing(points: number, before = 0, after = 0) {
  return { line: pointsToTwips(points), lineRule: LineRuleType.EXACT, before, after };
}

function headingStyle(id: string, name: string, face: FontFace, outlineLevel: number, bold: boolean): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: BODY_STYLE_ID,
    quickFormat: true,
    run: { font: fontOf(face), size: halfPoints(POINTS.sanHao), bold, color: '000000' },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: BODY_INDENT,
      spacing: exactSpacing(28),
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  };
}

function tocStyle(level: 1 | 2 | 3): IParagraphStyleOptions {
  return {
    id: TOC_STYLE_IDS[level],
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    run: { font: fontOf(level === 1 ? FONT_FACES.heiTi : FONT_FACES.fangSong), size: halfPoints(POINTS.sanHao) },
    paragraph: {
      indent: { left: pointsToTwips((level - 1) * 2 * POINTS.sanHao) },
      spacing: exactSpacing(28),
    },
  };
}

export function publicationStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: fontOf(FONT_FACES.songTi), size: halfPoints(POINTS.wuHao) },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE_ID,
        name: '公文正文',
        basedOn: 'Normal',
        next: BODY_STYLE_ID,
        quickFormat: true,
        run: { font: fontOf(FONT_FACES.fangSong), size: halfPoints(POINTS.sanHao) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: BODY_INDENT, spacing: exactSpacing(28) },
      },
      {
        id: 'Heading1',
        name: 'heading 1',
        basedOn: 'Normal',
        next: BODY_STYLE_ID,
        quickFormat: true,
        run: { font: fontOf(FONT_FACES.heiTi), size: halfPoints(POINTS.erHao), color: '000000' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: exactSpacing(36, 0, pointsToTwips(28)),
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
        },
      },
      headingStyle('Heading2', 'heading 2', FONT_FACES.heiTi, 1, false),
      headingStyle('Heading3', 'heading 3', FONT_FACES.kaiTi, 2, false),
      headingStyle('Heading4', 'heading 4', FONT_FACES.fangSong, 3, true),
      tocStyle(1),
      tocStyle(2),
      tocStyle(3),
    ],
  };
}
