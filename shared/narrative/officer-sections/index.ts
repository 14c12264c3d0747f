// Public API of the officer-typed parts: Part 1 概况, Part 3 十–十三, Part 4 名词解释, Part 5 附件.
export { overviewBlocks } from './overview';
export { officerSectionBlocks } from './officer-section-blocks';
export { officerSectionIssues } from './officer-section-issues';
export { glossaryBlocks, glossaryItemCodes, glossaryItems, type GlossaryItem } from '../glossary/glossary-blocks';
export { attachmentBlocks } from '../attachments/attachment-blocks';
export { evaluateProject, evaluateProjects, gradeOf, type Grade, type ProjectEvaluation, type IndicatorResult } from '../attachments/scoring';
export { agencyOperatingCostFigures } from './agency-operating-cost';
export { procurementFigures } from './procurement';
export { vehicleFigures } from './state-assets';
