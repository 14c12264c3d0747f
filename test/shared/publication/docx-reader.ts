// Reads a generated .docx back as paragraphs and tables, in document order (test helper).
import JSZip from 'jszip';

export type DocxItem = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

/** Splits body XML into top-level paragraphs and tables (tables nested in cells are flattened into their cell). */
function topLevel(xml: string): DocxItem[] {
  const items: DocxItem[] = [];
  let i = 0;
  while (i < xml.length) {
    const p = xml.indexOf('<w:p>', i) === -1 ? Infinity : xml.indexOf('<w:p>', i);
    const p2 = xml.indexOf('<w:p ', i) === -1 ? Infinity : xml.indexOf('<w:p ', i);
    const t = xml.indexOf('<w:tbl>', i) === -1 ? Infinity : xml.indexOf('<w:tbl>', i);
    const nextP = Math.min(p, p2);
    if (nextP === Infinity && t === Infinity) break;
    if (t < nextP) {
      // Find the matching </w:tbl>, counting nested tables.
      let depth = 0;
      let j = t;
      for (;;) {
        const open = xml.indexOf('<w:tbl>', j + 1);
        const close = xml.indexOf('</w:tbl>', j + 1);
        if (close === -1) throw new Error('unbalanced table');
        if (open !== -1 && open < close) {
          depth++;
          j = open;
        } else if (depth === 0) {
          j = close;
          break;
        } else {
          depth--;
          j = close;
        }
      }
      const tableXml = xml.slice(t, j + '</w:tbl>'.length);
      const rows = [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
        [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => runText(cell[0])),
      );
      items.push({ kind: 'table', rows });
      i = j + '</w:tbl>'.length;
    } else {
      const end = xml.indexOf('</w:p>', nextP);
      items.push({ kind: 'paragraph', text: runText(xml.slice(nextP, end)) });
      i = end + '</w:p>'.length;
    }
  }
  return items;
}

export async function readDocx(bytes: Uint8Array): Promise<{ items: DocxItem[]; headers: string[]; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const headerFiles = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  const headers = await Promise.all(headerFiles.map(async (name) => runText((await zip.file(name)?.async('string')) ?? '')));
  return { items: topLevel(xml), headers, xml };
}
