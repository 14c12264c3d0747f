// Every check of Part 1, sections 十–十三, 名词解释 and Part 5 (final-account-narrative.md §11–§14,
// §17, §18): sums and bounds as errors, missing inputs as warnings naming the section and field.
import type { Issue } from '../../validate/issue';
import { attachmentIssues } from '../attachments/attachment-blocks';
import type { NarrativeContext } from '../context';
import { glossaryIssues } from '../glossary/glossary-blocks';
import { agencyOperatingCostIssues } from './agency-operating-cost';
import { overviewIssues } from './overview';
import { ownTextFigureIssues } from './own-text-figures';
import { performanceIssues } from './performance';
import { procurementIssues } from './procurement';
import { stateAssetsIssues } from './state-assets';

export function officerSectionIssues(context: NarrativeContext): Issue[] {
  return [
    ...overviewIssues(context),
    ...agencyOperatingCostIssues(context),
    ...procurementIssues(context),
    ...stateAssetsIssues(context),
    ...performanceIssues(context),
    ...glossaryIssues(context),
    ...attachmentIssues(context),
    ...ownTextFigureIssues(context),
  ];
}
