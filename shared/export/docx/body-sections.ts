// Lays the parts out in sections: every part starts a new (portrait) section, so it starts on a new
// page; a landscape table or form gets a landscape section of its own, with section breaks before and
// after. `pageBreak` blocks become page-break-before on the next block, and are dropped where a
// section break already starts a new page.
import type { FileChild } from 'docx';
import type { Block, Publication } from '../../publication/model';
import type { TableId } from '../../tables/cell-address';
import type { TableGrid } from '../table-grid-model';
import { chartChildren, type ChartPicture } from './chart-image';
import { gridChildren } from './grid-docx';
import type { Orientation } from './page-setup';
import { gridFor, tableGridChildren } from './table-grid-docx';
import { bodyParagraph, partHeading, sectionHeading } from './text-blocks';

export interface BodySection {
  readonly orientation: Orientation;
  readonly children: readonly FileChild[];
}

interface Sources {
  readonly tables: ReadonlyMap<TableId, TableGrid>;
  readonly charts: ReadonlyMap<string, ChartPicture>;
}

interface OpenSection {
  readonly orientation: Orientation;
  readonly children: FileChild[];
}

type ContentBlock = Exclude<Block, { kind: 'pageBreak' }>;

function orientationOf(block: ContentBlock, sources: Sources): Orientation {
  switch (block.kind) {
    case 'table':
      return gridFor(sources.tables, block.table).landscape ? 'landscape' : 'portrait';
    case 'grid':
      return block.landscape === true ? 'landscape' : 'portrait';
    case 'heading':
    case 'paragraph':
    case 'chart':
      return 'portrait';
  }
}

function renderBlock(block: ContentBlock, sources: Sources, pageBreakBefore: boolean): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [sectionHeading(block, pageBreakBefore)];
    case 'paragraph':
      return [bodyParagraph(block, pageBreakBefore)];
    case 'chart':
      return chartChildren(block, sources.charts, pageBreakBefore);
    case 'table':
      return tableGridChildren(gridFor(sources.tables, block.table), pageBreakBefore);
    case 'grid':
      return gridChildren(block, pageBreakBefore);
  }
}

export function bodySections(publication: Publication, sources: Sources): BodySection[] {
  const sections: OpenSection[] = [];
  for (const part of publication.parts) {
    let current: OpenSection = { orientation: 'portrait', children: [partHeading(part)] };
    sections.push(current);
    let breakPending = false;
    for (const block of part.blocks) {
      if (block.kind === 'pageBreak') {
        breakPending = true;
        continue;
      }
      const orientation = orientationOf(block, sources);
      if (orientation !== current.orientation) {
        current = { orientation, children: [] };
        sections.push(current);
        breakPending = false;
      }
      current.children.push(...renderBlock(block, sources, breakPending && current.children.length > 0));
      breakPending = false;
    }
  }
  return sections;
}
