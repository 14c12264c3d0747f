// derive+validate of the bundled budget sample (seed 001): the same pass the app runs after every edit.
import { readFileSync } from 'node:fs';
import { parseProject } from '../shared/project/load-project';
import { analyseProject } from '../shared/report/final-account';
import { measure, type BenchResult } from './measure';

export function budgetBenchmark(): BenchResult {
  const file = 'budget-2025-unit.json';
  const loaded = parseProject(readFileSync(new URL(`../assets/samples/${file}`, import.meta.url), 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.message);
  const project = loaded.project;
  return measure('derive+validate budget sample', 16, () => analyseProject(project));
}
