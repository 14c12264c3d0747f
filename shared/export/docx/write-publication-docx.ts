// Writes the publication package as a .docx (document-format.md): cover, 目录, the parts with their
// tables, charts and forms. Runs in Node and in the browser: the caller passes the chart PNGs in and
// receives the file's bytes.
import { Document, Packer } from 'docx';
import type { Publication } from '../../publication/model';
import type { TableId } from '../../tables/cell-address';
import type { TableGrid } from '../table-grid-model';
import { bodySections } from './body-sections';
import type { ChartPicture } from './chart-image';
import { coverChildren, tocChildren, tocEntries } from './cover-and-toc';
import { buildSection } from './page-setup';
import { publicationStyles } from './styles';

export type { ChartPicture } from './chart-image';

/** The docx Document: exposed for tests that inspect the tree. */
export function publicationDocument(
  publication: Publication,
  tables: ReadonlyMap<TableId, TableGrid>,
  charts: ReadonlyMap<string, ChartPicture>,
): Document {
  const draft = publication.draft;
  const body = bodySections(publication, { tables, charts });
  return new Document({
    title: publication.cover.join(''),
    creator: '预决算公开编制助手',
    styles: publicationStyles(),
    // Word asks on opening whether to update the fields, which fills in the TOC page numbers.
    features: { updateFields: true },
    sections: [
      // The cover: its own page, no page number.
      buildSection({ orientation: 'portrait', numbering: 'none', draft, children: coverChildren(publication.cover) }),
      // Numbering starts at 1 on the 目录 page.
      buildSection({ orientation: 'portrait', numbering: 'restart', draft, children: tocChildren(tocEntries(publication, tables)) }),
      ...body.map((section) => buildSection({ orientation: section.orientation, numbering: 'continue', draft, children: section.children })),
    ],
  });
}

/** The .docx file as bytes (Packer's 'uint8array' output works without Node's Buffer). */
export async function writePublicationDocx(
  publication: Publication,
  tables: ReadonlyMap<TableId, TableGrid>,
  charts: ReadonlyMap<string, ChartPicture>,
): Promise<Uint8Array> {
  return Packer.pack(publicationDocument(publication, tables, charts), 'uint8array');
}
