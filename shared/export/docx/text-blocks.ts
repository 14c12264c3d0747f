// Part headings, section headings and body paragraphs (document-format.md §4, §5). Fonts are written
// on the runs as well as in the styles, so the text keeps its faces in editors that ignore styles.
import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Block, PublicationPart } from '../../publication/model';
import { FONT_FACES, POINTS, fontOf, halfPoints, type FontFace } from './fonts';
import { BODY_INDENT, BODY_STYLE_ID } from './styles';

type HeadingBlock = Extract<Block, { kind: 'heading' }>;
type ParagraphBlock = Extract<Block, { kind: 'paragraph' }>;

const BODY_SIZE = halfPoints(POINTS.sanHao);

/** Runs of one face; "\n" in the text becomes a line break. */
export function textRuns(text: string, face: FontFace, size: number, bold = false): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, font: fontOf(face), size, bold: bold ? true : undefined, break: index > 0 ? 1 : undefined }));
}

/**
 * `第一部分` and the part title on two lines of one Heading 1 paragraph: one TOC entry
 * (“第一部分 单位概况” — Word turns the line break into a space) and one heading in the outline.
 */
export function partHeading(part: PublicationPart): Paragraph {
  const size = halfPoints(POINTS.erHao);
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [
      new TextRun({ text: part.number, font: fontOf(FONT_FACES.heiTi), size }),
      new TextRun({ text: part.title, font: fontOf(FONT_FACES.heiTi), size, break: 1 }),
    ],
  });
}

const HEADING_STYLES: Readonly<Record<HeadingBlock['level'], { readonly heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]; readonly face: FontFace; readonly bold: boolean }>> = {
  1: { heading: HeadingLevel.HEADING_2, face: FONT_FACES.heiTi, bold: false },
  2: { heading: HeadingLevel.HEADING_3, face: FONT_FACES.kaiTi, bold: false },
  3: { heading: HeadingLevel.HEADING_4, face: FONT_FACES.fangSong, bold: true },
};

export function sectionHeading(block: HeadingBlock, pageBreakBefore: boolean): Paragraph {
  const style = HEADING_STYLES[block.level];
  return new Paragraph({
    heading: style.heading,
    pageBreakBefore,
    children: textRuns(block.text, style.face, BODY_SIZE, style.bold),
  });
}

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

/**
 * Body text: 仿宋_GB2312 三号, justified, two-character first-line indent, exact 28 pt. A run-in
 * heading (（一）预算绩效管理工作开展情况。) is set in 楷体_GB2312 and the text runs on in 仿宋.
 * Right-aligned and centred paragraphs (signature, date) have no indent unless asked for.
 */
export function bodyParagraph(block: ParagraphBlock, pageBreakBefore: boolean): Paragraph {
  const indented = block.indent ?? (block.align === undefined || block.align === 'left');
  const runIn = block.runIn ?? '';
  // Accept the text with or without the run-in heading in front of it.
  const rest = runIn !== '' && block.text.startsWith(runIn) ? block.text.slice(runIn.length) : block.text;
  return new Paragraph({
    style: BODY_STYLE_ID,
    alignment: block.align === undefined ? AlignmentType.JUSTIFIED : ALIGNMENTS[block.align],
    indent: indented ? BODY_INDENT : { firstLine: 0, firstLineChars: 0 },
    pageBreakBefore,
    children: [
      ...(runIn === '' ? [] : textRuns(runIn, FONT_FACES.kaiTi, BODY_SIZE)),
      ...textRuns(rest, FONT_FACES.fangSong, BODY_SIZE),
    ],
  });
}
