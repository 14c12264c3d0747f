// Median wall time of a function over repeated runs, after warm-up.
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  readonly bench: string;
  readonly median_ms: number;
  readonly target_ms: number;
}

export function measure(bench: string, targetMs: number, run: () => void, runs = 30, warmup = 5): BenchResult {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return { bench, median_ms: Math.round(median * 100) / 100, target_ms: targetMs };
}
