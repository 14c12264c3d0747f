// Generating the unit sample's package, and the same run's LibreOffice conversion of its .docx.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePackage } from '../shared/node/generate-package';
import type { Project } from '../shared/project/schema';

export interface GenerateBenchResult {
  readonly bench: string;
  readonly median_ms: number;
  readonly target_ms?: number;
  readonly ratio?: number | null;
  readonly target_ratio?: number;
  readonly note?: string;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(m * 100) / 100;
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function generateBenchmarks(project: Project, label: string, runs = 5): Promise<GenerateBenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  await generatePackage(project, dir); // warm-up: fonts, templates, modules
  const times: number[] = [];
  let docxPath = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const written = await generatePackage(project, dir);
    times.push(performance.now() - start);
    docxPath = written.docxPath;
  }
  const generateMs = median(times);
  const results: GenerateBenchResult[] = [{ bench: `generate ${label} package`, median_ms: generateMs, target_ms: 2000 }];
  if (!hasSoffice()) {
    results.push({ bench: `generate ${label} / LibreOffice docx→pdf`, median_ms: generateMs, ratio: null, target_ratio: 1.5, note: 'soffice 未安装，无法测量' });
    return results;
  }
  const copy = join(dir, 'bench.docx');
  writeFileSync(copy, '');
  execFileSync('cp', [docxPath, copy]);
  const convert: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, copy], { stdio: 'ignore' });
    convert.push(performance.now() - start);
  }
  const convertMs = median(convert);
  results.push({
    bench: `generate ${label} / LibreOffice docx→pdf`,
    median_ms: convertMs,
    ratio: Math.round((generateMs / convertMs) * 100) / 100,
    target_ratio: 1.5,
  });
  return results;
}
