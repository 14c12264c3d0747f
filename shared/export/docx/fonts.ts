// Fonts and sizes of the publication (document-format.md §5, §6, §9).
//
// East-Asian font names are written exactly as the publishers use them (w:rFonts w:eastAsia), with
// "Times New Roman" for Latin letters and digits (w:ascii / w:hAnsi). `方正小标宋简体`, `仿宋_GB2312`
// and `楷体_GB2312` are not installed by default on current Windows; Word then falls back silently.
// Where they are missing, install them or let Word substitute:
//   仿宋_GB2312 → 仿宋 (FangSong)     楷体_GB2312 → 楷体 (KaiTi)
//   方正小标宋简体 → 宋体 (SimSun) or 黑体 (SimHei)
//   黑体 = SimHei, 宋体 = SimSun (both shipped with Windows).
import type { IFontAttributesProperties } from 'docx';

export const FONT_FACES = {
  /** Body text. */
  fangSong: '仿宋_GB2312',
  /** Level-2 headings and run-in headings. */
  kaiTi: '楷体_GB2312',
  /** Part and level-1 headings, table titles, chart captions. */
  heiTi: '黑体',
  /** Table cells, captions, page numbers. */
  songTi: '宋体',
  /** Cover lines. */
  xiaoBiaoSong: '方正小标宋简体',
} as const;

export type FontFace = (typeof FONT_FACES)[keyof typeof FONT_FACES];

export const LATIN_FONT = 'Times New Roman';

/** w:rFonts for a face: the exact East-Asian name, Times New Roman for Latin text. */
export function fontOf(face: FontFace): IFontAttributesProperties {
  return { eastAsia: face, ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT };
}

/** Chinese size names in points (document-format.md §5). */
export const POINTS = {
  yiHao: 26,
  erHao: 22,
  xiaoEr: 18,
  sanHao: 16,
  siHao: 14,
  xiaoSi: 12,
  wuHao: 10.5,
  xiaoWu: 9,
  liuHao: 7.5,
} as const;

/** docx run sizes are half-points. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Twentieths of a point (line spacing, indents). */
export function pointsToTwips(points: number): number {
  return Math.round(points * 20);
}

/** Colour of the 草稿 mark. */
export const DRAFT_COLOUR = 'C00000';
