// Loads the bundled sample projects for tests, exactly as the app and CLI do.
import { readFileSync } from 'node:fs';
import { parseProject } from '../../shared/project/load-project';
import type { Project } from '../../shared/project/schema';

export type SampleName = 'final-2024-unit' | 'final-2024-department' | 'budget-2025-unit';

export function loadSample(name: SampleName): Project {
  const file = new URL(`../../assets/samples/${name}.json`, import.meta.url);
  const loaded = parseProject(readFileSync(file, 'utf8'), `${name}.json`);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.project;
}

/** A deep copy to plant errors in, so the loaded sample stays untouched. */
export function editableCopy(project: Project): Project {
  return structuredClone(project);
}
