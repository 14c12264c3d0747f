// Shared by the officer-section, glossary and attachment tests: a narrative context for a project,
// the seeds' text cut out and normalised, and small accessors for blocks and issues.
import { readFileSync } from 'node:fs';
import { narrativeContext, type NarrativeContext } from '../../../../shared/narrative/context';
import { officerSectionIssues } from '../../../../shared/narrative/officer-sections/index';
import type { Project } from '../../../../shared/project/schema';
import type { Block } from '../../../../shared/publication/model';
import { analyseProject, finalAccountTemplate, projectCatalog } from '../../../../shared/report/final-account';
import type { Issue } from '../../../../shared/validate/issue';

export function contextFor(project: Project): NarrativeContext {
  const { report } = analyseProject(project);
  return narrativeContext(project, report, finalAccountTemplate(), projectCatalog(project));
}

export type SeedName = '000-final-2024-unit.txt' | '003-final-2024-department.txt';

export function readSeed(name: SeedName): string {
  return readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
}

/** The seed text from the first occurrence of `start` at or after `from` up to `end`. */
export function seedSlice(seed: string, start: string, end: string, from = 0): string {
  const i = seed.indexOf(start, from);
  if (i < 0) throw new Error(`seed has no “${start}”`);
  const j = seed.indexOf(end, i + start.length);
  if (j < 0) throw new Error(`seed has no “${end}” after “${start}”`);
  return seed.slice(i, j);
}

/**
 * Text normalised for comparison: PDF extraction put spaces between Chinese and digits, broke lines
 * inside sentences and printed some punctuation half-width; list items carry "- " markers.
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

/** Normalised sentences: split after each "。", empty pieces dropped. */
export function sentences(text: string): string[] {
  return normalise(text)
    .split('。')
    .filter((s) => s !== '');
}

/** The printed text of paragraph blocks (run-in heading included), one string. */
export function paragraphsText(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? `${b.runIn ?? ''}${b.text}` : '')).join('');
}

export function paragraph(blocks: readonly Block[], id: string): string {
  const block = blocks.find((b) => b.kind === 'paragraph' && b.id === id);
  if (block?.kind !== 'paragraph') throw new Error(`no paragraph ${id}`);
  return `${block.runIn ?? ''}${block.text}`;
}

export function headings(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
}

export function issuesOf(project: Project): Issue[] {
  return officerSectionIssues(contextFor(project));
}

/** "id section.field" for compact assertions. */
export function where(issue: Issue): string {
  const loc = issue.location;
  return loc.kind === 'section' ? `${issue.id} ${loc.section}.${loc.field ?? ''}` : `${issue.id} ${loc.table}[${loc.row}]`;
}
