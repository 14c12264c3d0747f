// Shared by the section tests: a narrative context for a project, the generated text of a section, and
// the seeds' Part 3 text cut into sections and normalised for comparison.
import { readFileSync } from 'node:fs';
import { narrativeContext, type NarrativeContext } from '../../../../shared/narrative/context';
import { buildTableSections } from '../../../../shared/narrative/table-sections/table-sections';
import type { TableSectionKey } from '../../../../shared/narrative/table-sections/section-writer';
import type { Project } from '../../../../shared/project/schema';
import type { Block } from '../../../../shared/publication/model';
import { analyseProject, finalAccountTemplate, projectCatalog } from '../../../../shared/report/final-account';

export function contextFor(project: Project): NarrativeContext {
  const { report } = analyseProject(project);
  return narrativeContext(project, report, finalAccountTemplate(), projectCatalog(project));
}

/** Text of a generated paragraph by id. */
export function paragraphText(project: Project, id: string): string | undefined {
  const block = buildTableSections(contextFor(project)).blocks.find((b) => b.kind === 'paragraph' && b.id === id);
  return block?.kind === 'paragraph' ? block.text : undefined;
}

export function sectionIssues(project: Project, section: TableSectionKey): { id: string; field: string | undefined; severity: string; message: string }[] {
  return buildTableSections(contextFor(project))
    .issues.filter((i) => i.location.kind === 'section' && i.location.section === section)
    .map((i) => ({ id: i.id, field: i.location.kind === 'section' ? i.location.field : undefined, severity: i.severity, message: i.message }));
}

/**
 * Seed text to compare: PDF extraction put spaces between Chinese and digits, broke lines inside
 * sentences and rendered some punctuation half-width; list items of seed 003 carry "- " markers.
 */
export function normalise(text: string): string {
  return text
    .replace(/^\s*-\s+/gm, '')
    .replace(/\s/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,(?!\d{3})/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；');
}

/** Sentences ending in "。" (the last piece kept even without one). */
export function sentences(text: string): string[] {
  return normalise(text)
    .split(/(?<=。)/)
    .filter((s) => s !== '');
}

export interface SeedSection {
  /** Level-1 heading as printed. */
  readonly heading: string;
  /** Level-2 headings "（一）…" in order. */
  readonly subHeadings: readonly string[];
  /** Chart caption lines and unit lines. */
  readonly captions: readonly string[];
  /** Everything else, joined (normalised). */
  readonly body: string;
}

/** Part 3 sections 一–九 of a seed, split at the level-1 headings the product writes. */
export function seedSections(seedFile: string, headings: readonly string[]): SeedSection[] {
  const lines = readFileSync(new URL(`../../../fixtures/seeds/${seedFile}`, import.meta.url), 'utf8').split('\n');
  const partStart = lines.findIndex((l, i) => l.trim() === '第三部分' && i > 100);
  const normalisedHeadings = headings.map(normalise);
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of lines.slice(partStart + 1)) {
    const n = normalise(line);
    if (n.startsWith('十、')) break;
    if (normalisedHeadings.includes(n)) sections.push({ heading: n, lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections.map((s) => {
    const subHeadings: string[] = [];
    const captions: string[] = [];
    const body: string[] = [];
    for (const line of s.lines) {
      const n = normalise(line);
      if (n === '') continue;
      if (/^（[一二三四五六七八九]）/.test(n)) subHeadings.push(n);
      else if (/^图\d：/.test(n) || /图$/.test(n) || n === '（单位：万元）') captions.push(n);
      // The legend of the lost pie image of seed 003 ("财政拨款收入 ■") leaked into the text.
      else if (!n.endsWith('■')) body.push(n);
    }
    return { heading: s.heading, subHeadings, captions, body: body.join('') };
  });
}

/** The generated blocks grouped like the seed sections. */
export function generatedSections(blocks: readonly Block[]): SeedSection[] {
  const out: { heading: string; subHeadings: string[]; captions: string[]; body: string }[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1) out.push({ heading: block.text, subHeadings: [], captions: [], body: '' });
    const current = out.at(-1);
    if (current === undefined) continue;
    if (block.kind === 'heading' && block.level === 2) current.subHeadings.push(block.text);
    if (block.kind === 'chart') current.captions.push(block.caption, ...(block.unitLine === undefined ? [] : [block.unitLine]));
    if (block.kind === 'paragraph') current.body += block.text;
  }
  return out;
}
