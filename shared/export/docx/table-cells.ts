// Cells and widths shared by the nine tables and the Part 5 forms: thin single borders, no shading,
// compact 宋体 text (document-format.md §6.2).
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  TableCell,
  TableLayoutType,
  VerticalAlignTable,
  WidthType,
  type ITableBordersOptions,
  type ITableOptions,
  type TableRow,
} from 'docx';
import { FONT_FACES } from './fonts';
import { textRuns } from './text-blocks';

export type CellAlign = 'left' | 'center' | 'right';

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

export const THIN_BORDERS: ITableBordersOptions = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};

const CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;
/** Left and right cell margins: 2 pt each. */
export const CELL_SIDE_MARGIN = 40;
const CELL_MARGINS = { top: 15, bottom: 15, left: CELL_SIDE_MARGIN, right: CELL_SIDE_MARGIN } as const;

const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export interface CellSpec {
  readonly text: string;
  readonly align: CellAlign;
  readonly bold: boolean;
  /** Font size in half-points. */
  readonly size: number;
  readonly columnSpan: number;
  readonly rowSpan: number;
  /** Width of the columns the cell spans, in twips. */
  readonly width: number;
}

/**
 * A cell. A cell merged down (`rowSpan` > 1) is written as w:vMerge="restart"; docx adds the
 * w:vMerge continuation cells to the rows below itself, so those rows must leave the covered
 * positions out.
 */
export function tableCell(spec: CellSpec): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: ALIGNMENTS[spec.align],
        children: textRuns(spec.text, FONT_FACES.songTi, spec.size, spec.bold),
      }),
    ],
    columnSpan: spec.columnSpan > 1 ? spec.columnSpan : undefined,
    rowSpan: spec.rowSpan > 1 ? spec.rowSpan : undefined,
    width: { size: spec.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
  });
}

/** Full text width, fixed layout, centred, thin single borders. */
export function tableOptions(rows: readonly TableRow[], columnWidths: readonly number[]): ITableOptions {
  return {
    rows,
    columnWidths,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: THIN_BORDERS,
    margins: CELL_MARGINS,
  };
}
