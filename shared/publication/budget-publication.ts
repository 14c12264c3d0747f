// The 部门预算公开 publication (document-format.md, seed 001): cover, four parts — 概况, the twelve
// budget tables, 预算情况和重要事项说明 with the 绩效目标表 forms, 名词解释. Titles come from the budget
// templates; the 目录 lists some parts under the 部门 wording the seed uses for a unit as well.
import type { NarrativeContext } from '../narrative/context';
import { budgetTemplates } from '../narrative/budget/budget-templates';
import { budgetText } from '../narrative/budget/budget-text';
import { renderTemplate } from '../narrative/sentence-template';
import type { Block, Publication } from './model';

export function budgetPublication(context: NarrativeContext, options: { readonly draft: boolean }, ownerLine: string): Publication {
  const { project, template, scopeWord } = context;
  const t = budgetTemplates().sections;
  const values = { year: String(project.year), unitName: project.unitName, scopeWord };
  const title = (entry: { readonly title: string; readonly toc: string }): { title: string; tocTitle: string } => ({
    title: renderTemplate(entry.title, values),
    tocTitle: renderTemplate(entry.toc, values),
  });
  const text = budgetText(context);
  const tableBlocks: Block[] = template.tables.map((table) => ({ kind: 'table', table: table.id }));
  return {
    cover: t.cover[project.scope].map((line) => renderTemplate(line, values)),
    tableOwnerLine: ownerLine,
    scopeWord,
    draft: options.draft,
    parts: [
      { id: 'overview', number: '第一部分', ...title(t.parts.overview), blocks: text.overview },
      { id: 'tables', number: '第二部分', ...title(t.parts.tables), blocks: tableBlocks },
      { id: 'narrative', number: '第三部分', ...title(t.parts.narrative), blocks: text.narrative },
      { id: 'glossary', number: '第四部分', ...title(t.parts.glossary), blocks: text.glossary },
    ],
  };
}
