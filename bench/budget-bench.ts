// derive+validate of the bundled budget sample (seed 001): the same pass the app runs after every edit.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePackage } from '../shared/node/generate-package';
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

/** Generating the budget sample's package (.docx with the twelve tables, text and forms, and .xlsx): target 2,000 ms. */
export async function budgetGenerateBenchmark(runs = 5): Promise<BenchResult> {
  const file = 'budget-2025-unit.json';
  const loaded = parseProject(readFileSync(new URL(`../assets/samples/${file}`, import.meta.url), 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.message);
  const project = loaded.project;
  const dir = mkdtempSync(join(tmpdir(), 'bench-budget-'));
  await generatePackage(project, dir); // warm-up: fonts, templates, modules
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await generatePackage(project, dir);
    times.push(performance.now() - start);
  }
  const sorted = times.sort((a, b) => a - b);
  return { bench: 'generate budget sample package', median_ms: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100, target_ms: 2000 };
}
