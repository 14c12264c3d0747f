// Writes the fixture publication and opens the result.
import type { Publication } from '../../../../shared/publication/model';
import { writePublicationDocx } from '../../../../shared/export/docx/write-publication-docx';
import { openDocx, type DocxParts } from './docx-parts';
import { FIXTURE_CHARTS, FIXTURE_PUBLICATION, FIXTURE_TABLES } from './publication-fixture';

export interface WrittenDocx {
  readonly bytes: Uint8Array;
  readonly parts: DocxParts;
  /** word/document.xml */
  readonly document: string;
}

export async function writeFixture(publication: Publication = FIXTURE_PUBLICATION): Promise<WrittenDocx> {
  const bytes = await writePublicationDocx(publication, FIXTURE_TABLES, FIXTURE_CHARTS);
  const parts = await openDocx(bytes);
  return { bytes, parts, document: await parts.text('word/document.xml') };
}
