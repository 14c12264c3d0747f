// Part 3 sections 十–十三 (final-account-narrative.md §11–§14), in order.
import type { Block } from '../../publication/model';
import type { NarrativeContext } from '../context';
import { agencyOperatingCostBlocks } from './agency-operating-cost';
import { performanceBlocks } from './performance';
import { procurementBlocks } from './procurement';
import { stateAssetsBlocks } from './state-assets';

export function officerSectionBlocks(context: NarrativeContext): Block[] {
  return [...agencyOperatingCostBlocks(context), ...procurementBlocks(context), ...stateAssetsBlocks(context), ...performanceBlocks(context)];
}
