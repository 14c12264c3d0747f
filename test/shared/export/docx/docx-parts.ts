// Reads a written .docx back (it is a zip of XML parts) and picks its WordprocessingML apart with
// plain patterns: enough for the flat documents the writer produces (no nested tables).
import JSZip from 'jszip';

export interface DocxParts {
  readonly names: readonly string[];
  text(name: string): Promise<string>;
  bytes(name: string): Promise<Uint8Array>;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string): JSZip.JSZipObject => {
    const file = zip.file(name);
    if (file === null) throw new Error(`no part ${name} in the .docx`);
    return file;
  };
  return {
    names: Object.keys(zip.files),
    text: (name) => part(name).async('string'),
    bytes: (name) => part(name).async('uint8array'),
  };
}

function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((match) => match[0]);
}

export const tablesOf = (xml: string): string[] => all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
export const rowsOf = (table: string): string[] => all(table, /<w:tr>[\s\S]*?<\/w:tr>/g);
export const cellsOf = (row: string): string[] => all(row, /<w:tc>[\s\S]*?<\/w:tc>/g);
export const paragraphsOf = (xml: string): string[] => all(xml, /<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g);
export const sectionsOf = (xml: string): string[] => all(xml, /<w:sectPr>[\s\S]*?<\/w:sectPr>/g);
export const runsOf = (paragraph: string): string[] => all(paragraph, /<w:r>[\s\S]*?<\/w:r>/g);

function decode(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The visible text of a fragment: its w:t elements joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decode(match[1] ?? '')).join('');
}

/** Field instructions of a fragment. */
export function instructionsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:instrText(?: [^>]*)?>([^<]*)<\/w:instrText>/g)].map((match) => decode(match[1] ?? ''));
}

/** Number of grid columns a cell spans. */
export function gridSpanOf(cell: string): number {
  const match = /<w:gridSpan w:val="(\d+)"\/>/.exec(cell);
  return match === null ? 1 : Number(match[1]);
}

export function vMergeOf(cell: string): 'restart' | 'continue' | undefined {
  const match = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
  if (match === null) return undefined;
  return match[1] === 'restart' ? 'restart' : 'continue';
}

export function gridColumnCount(table: string): number {
  return all(table, /<w:gridCol /g).length;
}

/** Attribute value of the first element `element` in a fragment. */
export function attributeOf(xml: string, element: string, attribute: string): string | undefined {
  const tag = new RegExp(`<${element}(?: [^>]*)?/?>`).exec(xml)?.[0];
  if (tag === undefined) return undefined;
  return new RegExp(`${attribute}="([^"]*)"`).exec(tag)?.[1];
}

/** Relationship id → target of word/_rels/document.xml.rels. */
export function relationships(rels: string): Map<string, { type: string; target: string }> {
  const map = new Map<string, { type: string; target: string }>();
  for (const match of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
    const attributes = match[1] ?? '';
    const id = /Id="([^"]*)"/.exec(attributes)?.[1];
    const type = /Type="([^"]*)"/.exec(attributes)?.[1];
    const target = /Target="([^"]*)"/.exec(attributes)?.[1];
    if (id !== undefined && type !== undefined && target !== undefined) map.set(id, { type, target });
  }
  return map;
}

/** A section's header or footer part, found through its reference and the document relationships. */
export async function referencedPart(parts: DocxParts, section: string, kind: 'header' | 'footer'): Promise<string> {
  const id = new RegExp(`<w:${kind}Reference w:type="default" r:id="([^"]+)"/>`).exec(section)?.[1];
  if (id === undefined) throw new Error(`section without a default ${kind}`);
  const target = relationships(await parts.text('word/_rels/document.xml.rels')).get(id)?.target;
  if (target === undefined) throw new Error(`no relationship ${id}`);
  return parts.text(`word/${target}`);
}

/**
 * The body XML of each section, up to and including the paragraph that carries its w:sectPr (docx
 * puts a section's properties into its last paragraph; the last section's follow the body).
 */
export function sectionBodies(document: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  const pieces: string[] = [];
  let start = 0;
  for (const match of body.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)) {
    const after = match.index + match[0].length;
    const paragraphEnd = body.indexOf('</w:p>', after);
    const end = body.startsWith('</w:pPr>', after) && paragraphEnd >= 0 ? paragraphEnd + '</w:p>'.length : after;
    pieces.push(body.slice(start, end));
    start = end;
  }
  return pieces;
}
