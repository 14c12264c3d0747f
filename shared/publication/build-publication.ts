// Assembles the whole publication tree — cover, parts and blocks — from the project and its analysis.
import type { NarrativeContext } from '../narrative/context';
import { tableSectionBlocks } from '../narrative/table-sections/table-sections';
import { attachmentBlocks, glossaryBlocks, officerSectionBlocks, overviewBlocks } from '../narrative/officer-sections';
import { REPORT_KINDS } from '../report/report-kind';
import type { ReportKind } from '../project/schema';
import { budgetPublication } from './budget-publication';
import type { Block, Publication } from './model';

/** Cover lines (document-format.md §2): unit 本级决算 on three lines; department on two. */
export function coverLines(context: NarrativeContext): string[] {
  const { project } = context;
  return project.scope === 'department'
    ? [`${project.year}年度`, `${project.unitName}（汇总）部门决算`]
    : [`${project.year}年度`, project.unitName, '本级决算'];
}

/** The caption line under every table title, as the report kind prints it. */
export function tableOwnerLine(context: NarrativeContext): string {
  const { project } = context;
  return REPORT_KINDS[project.kind].tableCaption.owner[project.scope].replaceAll('{unitName}', project.unitName);
}

export interface PublicationOptions {
  readonly draft: boolean;
}

/** Each kind's publication: the parts differ (决算 has five, 预算 four), the tree and its writers do not. */
const BUILDERS: Readonly<Record<ReportKind, (context: NarrativeContext, options: PublicationOptions, ownerLine: string) => Publication>> = {
  finalAccount: (context, options) => finalAccountPublication(context, options),
  budget: budgetPublication,
};

export function buildPublication(context: NarrativeContext, options: PublicationOptions): Publication {
  return BUILDERS[context.project.kind](context, options, tableOwnerLine(context));
}

function finalAccountPublication(context: NarrativeContext, options: PublicationOptions): Publication {
  const { project, template, scopeWord } = context;
  const tableBlocks: Block[] = template.tables.map((t) => ({ kind: 'table', table: t.id }));
  return {
    cover: coverLines(context),
    tableOwnerLine: tableOwnerLine(context),
    scopeWord,
    draft: options.draft,
    parts: [
      { id: 'overview', number: '第一部分', title: `${scopeWord}概况`, blocks: overviewBlocks(context) },
      { id: 'tables', number: '第二部分', title: `${project.year}年度${scopeWord}决算表`, blocks: tableBlocks },
      {
        id: 'narrative',
        number: '第三部分',
        title: `${project.year}年度${scopeWord}决算情况说明`,
        blocks: [...tableSectionBlocks(context), ...officerSectionBlocks(context)],
      },
      { id: 'glossary', number: '第四部分', title: '名词解释', blocks: glossaryBlocks(context) },
      { id: 'attachments', number: '第五部分', title: '附件', blocks: attachmentBlocks(context) },
    ],
  };
}
