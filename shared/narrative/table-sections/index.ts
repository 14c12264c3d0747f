// Sections 一–九 of 情况说明: blocks, issues and the sentence templates they are written from.
export { buildTableSections, tableSectionBlocks, tableSectionIssues, type TableSectionsResult } from './table-sections';
export { parseTableSectionTemplates, tableSectionTemplates, type TableSectionTemplates } from './section-templates';
export { sectionOfParagraph, TABLE_SECTION_KEYS, type GeneratedParagraph, type TableSectionKey } from './section-writer';
