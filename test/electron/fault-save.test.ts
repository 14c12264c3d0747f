// The fault test: a writer saving alternating versions of a real project is killed with SIGKILL
// 200 times at random moments. After every kill the project (and every backup) must be one of the
// two versions exactly, and must load.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BACKUP_COUNT, backupPath } from '../../electron/main/project-files';
import { parseProject } from '../../shared/project/load-project';
import { projectVersions } from './project-versions';

const KILLS = 200;
const LANES = 2;
const MAX_DELAY_MS = 30;

/** A small seeded generator so a failing run can be repeated from the seed in the message. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function runWriter(bundle: string, args: readonly string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended by itself: ${errors}`))));
  });
}

interface LaneResult {
  readonly seen: Set<string>;
  readonly midWrite: number;
}

async function lane(bundle: string, kills: number, next: () => number, a: string, b: string): Promise<LaneResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ds-fault-'));
  const file = join(dir, '烟台市人民政府办公室.dsproj');
  const aFile = join(tmpdir(), `${dir.split(/[\\/]/).pop() ?? 'x'}-a.json`);
  const bFile = join(tmpdir(), `${dir.split(/[\\/]/).pop() ?? 'x'}-b.json`);
  writeFileSync(aFile, a);
  writeFileSync(bFile, b);
  writeFileSync(file, a);
  const seen = new Set<string>();
  let midWrite = 0;
  for (let k = 0; k < kills; k++) {
    await runWriter(bundle, [file, aFile, bFile], Math.floor(next() * MAX_DELAY_MS));
    const text = readFileSync(file, 'utf8');
    if (text !== a && text !== b) throw new Error(`kill ${k}: the project is neither version (${text.length} characters)`);
    seen.add(text === a ? 'a' : 'b');
    const loaded = parseProject(text, 'p.dsproj');
    if (!loaded.ok) throw new Error(`kill ${k}: ${loaded.message}`);
    for (let n = 1; n <= BACKUP_COUNT; n++) {
      const backup = readdirSync(dir).includes(`烟台市人民政府办公室.dsproj.bak${n}`) ? readFileSync(backupPath(file, n), 'utf8') : undefined;
      if (backup !== undefined && backup !== a && backup !== b) throw new Error(`kill ${k}: backup ${n} is neither version`);
    }
    // A temp file left behind means the kill landed inside a write.
    if (readdirSync(dir).some((name) => name.endsWith('.tmp'))) midWrite++;
  }
  return { seen, midWrite };
}

describe('save under SIGKILL', () => {
  it(`leaves the old or the new version after each of ${KILLS} kills`, async () => {
    const out = mkdtempSync(join(tmpdir(), 'ds-fault-bundle-'));
    const bundle = join(out, 'fault-writer.cjs');
    await build({
      entryPoints: [new URL('./fixtures/fault-writer.ts', import.meta.url).pathname],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    });
    const { a, b } = projectVersions();
    const seed = Date.now();
    const next = random(seed);
    const results = await Promise.all(Array.from({ length: LANES }, () => lane(bundle, KILLS / LANES, next, a, b))).catch((error: unknown) => {
      throw new Error(`seed ${seed}: ${String(error)}`);
    });
    const seen = new Set(results.flatMap((r) => [...r.seen]));
    // Both versions turned up, so the writer made progress between kills, and kills hit writes.
    expect([...seen].sort()).toEqual(['a', 'b']);
    expect(results.reduce((n, r) => n + r.midWrite, 0)).toBeGreaterThan(0);
  }, 120_000);
});
