// The cover page and the 目录 (document-format.md §2, §3).
import { AlignmentType, LineRuleType, Paragraph, TableOfContents, TextRun } from 'docx';
import type { Publication } from '../../publication/model';
import type { TableGrid } from '../table-grid-model';
import type { TableId } from '../../tables/cell-address';
import { FONT_FACES, POINTS, fontOf, halfPoints, pointsToTwips } from './fonts';
import { exactSpacing, TOC_STYLE_IDS } from './styles';
import { emWidth } from './column-widths';
import { mmToTwips } from './page-setup';
import { gridFor } from './table-grid-docx';

/** Heading levels the TOC field collects (\o "1-3"): parts, level-1 headings and table titles, level-2 headings. */
export const TOC_HEADING_RANGE = '1-3';

/** Cover sizes tried in turn: 小初, 一号, 二号 — the largest at which every line fits on one line. */
const COVER_SIZES = [36, POINTS.yiHao, POINTS.erHao] as const;
const TEXT_WIDTH_POINTS = (156 / 25.4) * 72;

function coverSize(lines: readonly string[]): number {
  const widest = Math.max(0, ...lines.map(emWidth));
  return COVER_SIZES.find((size) => widest * size <= TEXT_WIDTH_POINTS) ?? POINTS.erHao;
}

/** Cover lines, each centred in 方正小标宋简体, the block starting about a quarter down the page. */
export function coverChildren(cover: readonly string[]): Paragraph[] {
  const size = coverSize(cover);
  return cover.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: {
          line: pointsToTwips(size * 1.5),
          lineRule: LineRuleType.EXACT,
          before: index === 0 ? mmToTwips(55) : pointsToTwips(size * 0.5),
          after: 0,
        },
        children: [new TextRun({ text: line, font: fontOf(FONT_FACES.xiaoBiaoSong), size: halfPoints(size) })],
      }),
  );
}

export interface TocEntry {
  readonly level: 1 | 2;
  readonly text: string;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (counts up to 99). */
export function chineseNumber(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) return DIGITS[units] ?? '';
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[units] ?? ''}`;
}

/**
 * The entries of the static 目录, as the seeds print them: each part; under 第二部分 its tables as
 * 一、收入支出决算总表 …; under the other parts their level-1 headings.
 */
export function tocEntries(publication: Publication, tables: ReadonlyMap<TableId, TableGrid>): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const part of publication.parts) {
    entries.push({ level: 1, text: `${part.number} ${part.tocTitle ?? part.title}` });
    let tableCount = 0;
    for (const block of part.blocks) {
      if (block.kind === 'heading' && block.level === 1) entries.push({ level: 2, text: block.text });
      if (block.kind === 'table') {
        tableCount += 1;
        entries.push({ level: 2, text: `${chineseNumber(tableCount)}、${gridFor(tables, block.table).title}` });
      }
    }
  }
  return entries;
}

/**
 * “目 录”, then a Word TOC field over the heading styles whose cached result is the static list, so
 * the 目录 reads well before the fields are updated; Word offers to update it on opening
 * (`features.updateFields`) and then adds the page numbers.
 */
export function tocChildren(entries: readonly TocEntry[]): (Paragraph | TableOfContents)[] {
  const heading = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactSpacing(36, 0, pointsToTwips(28)),
    children: [new TextRun({ text: '目 录', font: fontOf(FONT_FACES.heiTi), size: halfPoints(POINTS.erHao) })],
  });
  const lines = entries.map(
    (entry) =>
      new Paragraph({
        style: TOC_STYLE_IDS[entry.level],
        children: [
          new TextRun({
            text: entry.text,
            font: fontOf(entry.level === 1 ? FONT_FACES.heiTi : FONT_FACES.fangSong),
            size: halfPoints(POINTS.sanHao),
          }),
        ],
      }),
  );
  const toc = new TableOfContents('目录', {
    headingStyleRange: TOC_HEADING_RANGE,
    hyperlink: true,
    hideTabAndPageNumbersInWebView: true,
    contentChildren: lines,
  });
  return [heading, toc];
}
