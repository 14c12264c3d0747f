// Import benchmarks: each bundled sample (决算 unit and department, 预算 unit) written as the product's
// 公开表 workbook, then imported back with the kind detected from the titles (load, recognise, read,
// build the project, re-derive for the blank-cell check). Target 1,000 ms.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tableGrids } from '../shared/export/table-grid';
import { writeTablesWorkbook } from '../shared/export/xlsx/write-tables-workbook';
import { importWorkbook } from '../shared/import/import-workbook';
import { narrativeContext } from '../shared/narrative/context';
import { tableOwnerLine } from '../shared/publication/build-publication';
import { parseProject } from '../shared/project/load-project';
import type { Project } from '../shared/project/schema';
import { analyseProject, projectCatalog } from '../shared/report/final-account';
import { REPORT_KINDS, templateFor } from '../shared/report/report-kind';
import type { BenchResult } from './measure';

const TARGET_MS = 1000;
const RUNS = 10;
const WARMUP = 2;

function loadSample(file: string): Project {
  const loaded = parseProject(readFileSync(new URL(`../assets/samples/${file}`, import.meta.url), 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.project;
}

/** The .xlsx the package writes for the project (same grids and captions as buildPackageFiles). */
async function sampleWorkbook(project: Project): Promise<Uint8Array> {
  const template = templateFor(project.kind);
  const catalog = projectCatalog(project);
  const { report } = analyseProject(project, template, catalog);
  const context = narrativeContext(project, report, template, catalog);
  const caption = REPORT_KINDS[project.kind].tableCaption;
  return writeTablesWorkbook(
    tableGrids(report, template, { scopeWord: context.scopeWord, ownerLine: tableOwnerLine(context), year: project.year, amountUnitLine: caption.amountUnit, printNumber: caption.numberLine }),
  );
}

async function measureAsync(bench: string, run: () => Promise<void>): Promise<BenchResult> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return { bench, median_ms: Math.round(median * 100) / 100, target_ms: TARGET_MS };
}

export async function importBenchmarks(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const samples = [
    ['unit', 'final-2024-unit.json'],
    ['department', 'final-2024-department.json'],
    ['budget unit', 'budget-2025-unit.json'],
  ] as const;
  for (const [name, file] of samples) {
    const project = loadSample(file);
    const data = await sampleWorkbook(project);
    results.push(
      await measureAsync(`import ${name} sample .xlsx (${Math.round(data.byteLength / 1024)} KB)`, async () => {
        const result = await importWorkbook({ data, label: `${file}.xlsx` }, { year: project.year });
        if (!result.ok) throw new Error(result.message);
        if (result.project.kind !== project.kind) throw new Error(`${file}：导入后的报告类型与示例不符`);
      }),
    );
  }
  return results;
}
