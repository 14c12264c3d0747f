// Two real versions of the bundled unit project, as the app saves them (serializeProject), and
// files in damaged or foreign shapes for the open tests.
import { readFileSync } from 'node:fs';
import { serializeProject } from '../../shared/project/load-project';
import { editableCopy, loadSample } from '../helpers/samples';

export function projectVersions(): { readonly a: string; readonly b: string } {
  const project = loadSample('final-2024-unit');
  const changed = editableCopy(project);
  // An edit an officer makes: a reason for a change and the unit's name corrected.
  changed.unitName = `${project.unitName}（修订）`;
  changed.narrative.reasons = { ...changed.narrative.reasons, 修订说明: '根据审计意见调整。' };
  return { a: serializeProject(project), b: serializeProject(changed) };
}

export function sampleText(): string {
  return readFileSync(new URL('../../assets/samples/final-2024-unit.json', import.meta.url), 'utf8');
}
