// The navigator's parts of the report — 概况, each table, each 情况说明 section, 名词解释, 附件 — built
// from the template and the publication tree, and which part each issue belongs to.
import type { Block, Publication } from '../../../shared/publication/model';
import type { ReportTemplate } from '../../../shared/report/template';
import { tableLabel } from '../../../shared/tables/cell-address';
import type { Issue } from '../../../shared/validate/issue';

export type PartId = 'overview' | 'priorYear' | 'glossary' | 'attachments' | `table:${string}` | `section:${string}`;

export type PartGroup = 'overview' | 'tables' | 'narrative' | 'glossary' | 'attachments';

export interface Part {
  readonly id: PartId;
  readonly group: PartGroup;
  readonly label: string;
  readonly errors: number;
  readonly warnings: number;
}

export interface NarrativeSection {
  /** s1 … s13 (the paragraph ids' prefix), or n1 … where a section has no paragraph id. */
  readonly key: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** Officer input areas (issue sections) that belong to a 情况说明 section of their own. */
const SECTION_OF_INPUT: Readonly<Record<string, string>> = { agencyOperatingCost: 's10', procurement: 's11' };

function sectionKey(blocks: readonly Block[], index: number): string {
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.id !== undefined) {
      const head = /^(s\d+)\./.exec(block.id)?.[1];
      if (head !== undefined) return head;
    }
  }
  return `n${index + 1}`;
}

/** Part 3 split at its level-1 headings (一、… 十三、…). */
export function narrativeSections(publication: Publication): NarrativeSection[] {
  const part = publication.parts.find((p) => p.id === 'narrative');
  if (part === undefined) return [];
  const sections: { title: string; blocks: Block[] }[] = [];
  for (const block of part.blocks) {
    if (block.kind === 'heading' && block.level === 1) sections.push({ title: block.text, blocks: [] });
    else sections.at(-1)?.blocks.push(block);
  }
  return sections.map((s, i) => ({ key: sectionKey(s.blocks, i), title: s.title, blocks: s.blocks }));
}

/** The part an issue is fixed in. */
export function partOfIssue(issue: Issue): PartId {
  const location = issue.location;
  if (location.kind === 'cell') return `table:${location.table}`;
  const { section, field = '' } = location;
  switch (section) {
    case 'overview':
      return 'overview';
    case 'priorYear':
      return 'priorYear';
    case 'glossaryNotes':
      return 'glossary';
    case 'selfEvaluationReport':
      return 'attachments';
    case 'performance':
      return field.startsWith('projects') ? 'attachments' : 'section:s13';
    case 'stateAssets':
      return 'section:s12';
    default:
      return `section:${SECTION_OF_INPUT[section] ?? section}`;
  }
}

function counts(issues: readonly Issue[], id: PartId): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (partOfIssue(issue) !== id) continue;
    if (issue.severity === 'error') errors += 1;
    else if (issue.severity === 'warning') warnings += 1;
  }
  return { errors, warnings };
}

export function partsOf(template: ReportTemplate, publication: Publication | undefined, issues: readonly Issue[]): Part[] {
  const part = (id: PartId, group: PartGroup, label: string): Part => ({ id, group, label, ...counts(issues, id) });
  const tables = template.tables.map((t) => part(`table:${t.id}`, 'tables', `${tableLabel(t.id)} ${t.title}`));
  // Without the text (a report kind whose sections are not written yet) only the tables are edited.
  if (publication === undefined) return tables;
  const titleOf = (id: Publication['parts'][number]['id'], fallback: string): string => publication.parts.find((p) => p.id === id)?.title ?? fallback;
  return [
    part('overview', 'overview', titleOf('overview', '概况')),
    ...tables,
    part('priorYear', 'narrative', '上年决算数与增减原因'),
    ...narrativeSections(publication).map((s) => part(`section:${s.key}`, 'narrative', s.title)),
    part('glossary', 'glossary', titleOf('glossary', '名词解释')),
    part('attachments', 'attachments', titleOf('attachments', '附件')),
  ];
}

/** "第二部分 2024年度单位决算表" … from the publication, so the words follow the report kind and scope. */
export function groupTitles(publication: Publication | undefined): Readonly<Record<PartGroup, string>> {
  const title = (id: PartGroup, fallback: string): string => {
    const part = publication?.parts.find((p) => p.id === id);
    return part === undefined ? fallback : `${part.number} ${part.title}`;
  };
  return {
    overview: title('overview', '概况'),
    tables: title('tables', '表格'),
    narrative: title('narrative', '情况说明'),
    glossary: title('glossary', '名词解释'),
    attachments: title('attachments', '附件'),
  };
}
