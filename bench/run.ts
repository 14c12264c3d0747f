// npm run bench: one JSON object per line, {"bench", "median_ms", "target_ms"}.
import { readFileSync } from 'node:fs';
import { parseProject } from '../shared/project/load-project';
import { analyseProject } from '../shared/report/final-account';
import type { Project } from '../shared/project/schema';
import { generatedDepartmentProject, oneCellEdits } from './generated-project';
import { measure, type BenchResult } from './measure';
import { generateBenchmarks } from './generate-bench';
import { importBenchmarks } from './import-bench';
import { budgetBenchmark, budgetGenerateBenchmark } from './budget-bench';
import { appBenchmarks } from './app-bench';

function loadSample(file: string): Project {
  const loaded = parseProject(readFileSync(new URL(`../assets/samples/${file}`, import.meta.url), 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.project;
}

const results: BenchResult[] = [];
for (const [name, file] of [['unit', 'final-2024-unit.json'], ['department', 'final-2024-department.json']] as const) {
  const project = loadSample(file);
  results.push(measure(`derive+validate ${name} sample`, 16, () => analyseProject(project)));
}
results.push(budgetBenchmark());
const large = generatedDepartmentProject(5000);
const rowCount = Object.values(large.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
// Re-validation after a one-cell edit as the app does it (the edited table re-derived, unchanged tables
// and rows reused), then the first analysis of a freshly loaded project (every row parsed). The fresh
// copies are made after the edit runs, so their memory does not weigh on the other measurement.
const edits = oneCellEdits(large, 36);
results.push(measure(`derive+validate generated 50-unit project (${rowCount} 科目 rows) after a one-cell edit`, 50, () => analyseProject(edits.shift() ?? large), 31, 5));
const fresh = Array.from({ length: 36 }, () => structuredClone(large));
results.push(measure(`derive+validate generated 50-unit project (${rowCount} 科目 rows), first analysis after loading`, 50, () => analyseProject(fresh.pop() ?? large), 31, 5));

for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
for (const r of await generateBenchmarks(loadSample('final-2024-unit.json'), 'unit sample')) process.stdout.write(`${JSON.stringify(r)}\n`);
for (const r of await importBenchmarks()) process.stdout.write(`${JSON.stringify(r)}\n`);
process.stdout.write(`${JSON.stringify(await budgetGenerateBenchmark())}\n`);
for (const r of await appBenchmarks()) process.stdout.write(`${JSON.stringify(r)}\n`);
