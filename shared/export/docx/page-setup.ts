// Page setup: A4 with the GB/T 9704 text block, landscape sections for wide tables, the page-number
// footer and the 草稿 header (document-format.md §5, §6.2, §9).
import {
  AlignmentType,
  Footer,
  Header,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { DRAFT_COLOUR, FONT_FACES, POINTS, fontOf, halfPoints } from './fonts';

export type Orientation = 'portrait' | 'landscape';

/** Millimetres to twentieths of a point (37 mm → 2098). */
export function mmToTwips(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}

const A4 = { width: 210, height: 297 } as const;

interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** GB/T 9704: 天头 37 mm, 订口 28 mm, text block 156 × 225 mm. */
const PORTRAIT_MARGINS: Margins = { top: 37, right: 26, bottom: 35, left: 28 };
/**
 * Landscape pages are read by turning the bound document clockwise, so the portrait margins turn with
 * the paper: the binding edge (left, 28 mm) becomes the top, the top (37 mm) becomes the right.
 */
const LANDSCAPE_MARGINS: Margins = { top: 28, right: 37, bottom: 26, left: 35 };

/** Header and footer distances from the page edge (page number about 7 mm under the text block). */
const HEADER_DISTANCE_MM = 15;
const FOOTER_DISTANCE_MM = 22;

function marginsOf(orientation: Orientation): Margins {
  return orientation === 'portrait' ? PORTRAIT_MARGINS : LANDSCAPE_MARGINS;
}

/** Width of the text block in twips: 156 mm portrait, 225 mm landscape. */
export function textWidthTwips(orientation: Orientation): number {
  const margins = marginsOf(orientation);
  const pageWidth = orientation === 'portrait' ? A4.width : A4.height;
  return mmToTwips(pageWidth - margins.left - margins.right);
}

/** How a section's pages are numbered. */
export type PageNumbering = 'none' | 'restart' | 'continue';

export interface SectionSpec {
  readonly orientation: Orientation;
  readonly numbering: PageNumbering;
  readonly draft: boolean;
  readonly children: readonly FileChild[];
}

/**
 * One section: a new page, its own header and footer (never inherited from the section before, so the
 * cover stays unnumbered and every landscape section carries the same footer).
 */
export function buildSection(spec: SectionSpec): ISectionOptions {
  const margins = marginsOf(spec.orientation);
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        // docx swaps width and height for landscape and writes w:orient="landscape".
        size: {
          width: mmToTwips(A4.width),
          height: mmToTwips(A4.height),
          orientation: spec.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: {
          top: mmToTwips(margins.top),
          right: mmToTwips(margins.right),
          bottom: mmToTwips(margins.bottom),
          left: mmToTwips(margins.left),
          header: mmToTwips(HEADER_DISTANCE_MM),
          footer: mmToTwips(FOOTER_DISTANCE_MM),
          gutter: 0,
        },
        pageNumbers: spec.numbering === 'restart' ? { start: 1, formatType: NumberFormat.DECIMAL } : {},
      },
    },
    headers: { default: spec.draft ? draftHeader() : emptyHeader() },
    footers: { default: spec.numbering === 'none' ? emptyFooter() : pageNumberFooter() },
    children: spec.children,
  };
}

/** `— N —`, 宋体 四号, centred. */
function pageNumberFooter(): Footer {
  const run = { font: fontOf(FONT_FACES.songTi), size: halfPoints(POINTS.siHao) };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...run, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** 草稿 in red 黑体 小二 on every page of a draft. */
function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: '草稿',
            font: fontOf(FONT_FACES.heiTi),
            size: halfPoints(POINTS.xiaoEr),
            bold: true,
            color: DRAFT_COLOUR,
            characterSpacing: 120,
          }),
        ],
      }),
    ],
  });
}

function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({})] });
}

function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({})] });
}
