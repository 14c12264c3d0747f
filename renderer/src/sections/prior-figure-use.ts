// Which of last year's figures each section 一–九 compares with: found by writing the sections once
// without any prior figure and collecting where each is reported missing, so the editor of a section
// offers exactly the figures its text uses (and follows the templates when they change).
import type { Project } from '../../../shared/project/schema';
import { analyse } from '../report/report-template';

const cache = new WeakMap<Project['tables'], ReadonlyMap<string, readonly string[]>>();

export function priorFiguresBySection(project: Project): ReadonlyMap<string, readonly string[]> {
  const cached = cache.get(project.tables);
  if (cached !== undefined) return cached;
  const stripped: Project = { ...project, priorYear: { figures: {} }, narrative: { ...project.narrative, reasons: {} } };
  const bySection = new Map<string, string[]>();
  for (const issue of analyse(stripped).issues) {
    const location = issue.location;
    if (issue.id !== 'TXT.PRIOR' || location.kind !== 'section' || location.field === undefined) continue;
    const id = location.field.replace(/^priorYear\./, '');
    const list = bySection.get(location.section) ?? [];
    if (!list.includes(id)) list.push(id);
    bySection.set(location.section, list);
  }
  cache.set(project.tables, bySection);
  return bySection;
}
