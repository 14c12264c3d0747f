// The navigator's parts of the report — 概况, each table, each 情况说明 section, 名词解释, and for 决算 the
// 附件, for 预算 the 绩效目标表 — built from the template and the publication tree, and which part each
// issue belongs to. The two kinds' issue sections do not overlap (决算 s1…s13 and officer areas, 预算
// b1…b6, bp1, bg), so one mapping serves both.
import type { ReportKind } from '../../../shared/project/schema';
import type { Block, Publication } from '../../../shared/publication/model';
import type { ReportTemplate } from '../../../shared/report/template';
import { tableLabel, type TableId } from '../../../shared/tables/cell-address';
import type { Issue } from '../../../shared/validate/issue';

export type PartId = 'overview' | 'priorYear' | 'glossary' | 'attachments' | 'targetForms' | `table:${string}` | `section:${string}`;

export type PartGroup = 'overview' | 'tables' | 'narrative' | 'glossary' | 'attachments';

export interface Part {
  readonly id: PartId;
  readonly group: PartGroup;
  readonly label: string;
  readonly errors: number;
  readonly warnings: number;
}

export interface NarrativeSection {
  /** s1 … s13 (决算) or b1 … b6 (预算): the paragraph ids' prefix, which is also the issues' section. */
  readonly key: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** Officer input areas (issue sections) that belong to a 情况说明 section of their own. */
const SECTION_OF_INPUT: Readonly<Record<string, string>> = { agencyOperatingCost: 's10', procurement: 's11' };

/** The 预算 绩效目标表 inputs: issues of section 六 about them are fixed on the forms' own page. */
const TARGET_FORMS_FIELD = 'budget.targetForms';

/** A table as the officer knows it: 公开03表 支出决算表; budget tables have no number, only the title. */
export function tableHeading(id: TableId, title: string): string {
  const label = tableLabel(id);
  return label === title ? title : `${label} ${title}`;
}

function paragraphPrefix(blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.id !== undefined) {
      const head = /^([sb]\d+)\./.exec(block.id)?.[1];
      if (head !== undefined) return head;
    }
  }
  return undefined;
}

/**
 * Part 3 split at its level-1 headings (一、… 十三、…). A section without a generated paragraph (all its
 * inputs missing) is keyed by its place: b5 in a 预算 text, n5 otherwise.
 */
export function narrativeSections(publication: Publication): NarrativeSection[] {
  const part = publication.parts.find((p) => p.id === 'narrative');
  if (part === undefined) return [];
  const sections: { title: string; blocks: Block[] }[] = [];
  for (const block of part.blocks) {
    if (block.kind === 'heading' && block.level === 1) sections.push({ title: block.text, blocks: [] });
    else sections.at(-1)?.blocks.push(block);
  }
  const budget = sections.some((s) => paragraphPrefix(s.blocks)?.startsWith('b') === true);
  return sections.map((s, i) => ({ key: paragraphPrefix(s.blocks) ?? `${budget ? 'b' : 'n'}${i + 1}`, title: s.title, blocks: s.blocks }));
}

/** The part an issue is fixed in. */
export function partOfIssue(issue: Issue): PartId {
  const location = issue.location;
  if (location.kind === 'cell') return `table:${location.table}`;
  const { section, field = '' } = location;
  switch (section) {
    case 'overview':
    case 'bp1':
      return 'overview';
    case 'priorYear':
      return 'priorYear';
    case 'glossaryNotes':
    case 'glossary':
    case 'bg':
      return 'glossary';
    case 'selfEvaluationReport':
      return 'attachments';
    case 'performance':
      return field.startsWith('projects') ? 'attachments' : 'section:s13';
    case 'stateAssets':
      return 'section:s12';
    case 'b6':
      return field === TARGET_FORMS_FIELD || field.startsWith(`${TARGET_FORMS_FIELD}.`) ? 'targetForms' : 'section:b6';
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

export function partsOf(kind: ReportKind, template: ReportTemplate, publication: Publication | undefined, issues: readonly Issue[]): Part[] {
  const part = (id: PartId, group: PartGroup, label: string): Part => ({ id, group, label, ...counts(issues, id) });
  const tables = template.tables.map((t) => part(`table:${t.id}`, 'tables', tableHeading(t.id, t.title)));
  // Without the text (the publication could not be built) only the tables are edited.
  if (publication === undefined) return tables;
  const titleOf = (id: Publication['parts'][number]['id'], fallback: string): string => publication.parts.find((p) => p.id === id)?.title ?? fallback;
  const sections = narrativeSections(publication).map((s) => part(`section:${s.key}`, 'narrative', s.title));
  if (kind === 'budget') {
    // 上年预算数 are entered where the text compares with them (一、三), so there is no part of their own.
    return [
      part('overview', 'overview', titleOf('overview', '概况')),
      ...tables,
      ...sections,
      part('targetForms', 'narrative', '绩效目标表'),
      part('glossary', 'glossary', titleOf('glossary', '名词解释')),
    ];
  }
  return [
    part('overview', 'overview', titleOf('overview', '概况')),
    ...tables,
    part('priorYear', 'narrative', '上年决算数与增减原因'),
    ...sections,
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
