import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli, USAGE } from '../../cli/run-cli';
import type { CommandOutput } from '../../cli/output';
import { serializeProject } from '../../shared/project/load-project';
import { editableCopy, loadSample } from '../helpers/samples';

const UNIT_SAMPLE = fileURLToPath(new URL('../../assets/samples/final-2024-unit.json', import.meta.url));
const DEPARTMENT_SAMPLE = fileURLToPath(new URL('../../assets/samples/final-2024-department.json', import.meta.url));

interface Captured {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

async function run(...args: string[]): Promise<Captured> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out: CommandOutput = { print: (line) => stdout.push(line), error: (line) => stderr.push(line) };
  const code = await runCli(args, out);
  return { code, stdout, stderr };
}

const JSON_KEYS = ['column', 'id', 'message', 'row', 'severity', 'table'];
const entrySchema = z.strictObject({
  id: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  table: z.string(),
  row: z.string().nullable(),
  column: z.string().nullable(),
  message: z.string().min(1),
});
const reportSchema = z.strictObject({ issues: z.array(entrySchema), notes: z.array(entrySchema) });
type JsonReport = z.infer<typeof reportSchema>;

/** Parses the --json output and checks its shape: exactly the six keys on every entry. */
function jsonReport(captured: Captured): JsonReport {
  const text = captured.stdout.join('\n');
  const raw: unknown = JSON.parse(text);
  const report = reportSchema.parse(raw);
  // The exact key set, read from the raw entries (z.strictObject refuses extra keys as well).
  const rawEntries = z.object({ issues: z.array(z.record(z.string(), z.unknown())), notes: z.array(z.record(z.string(), z.unknown())) }).parse(raw);
  for (const entry of [...rawEntries.issues, ...rawEntries.notes]) expect(Object.keys(entry).sort()).toEqual(JSON_KEYS);
  for (const entry of [...report.issues, ...report.notes]) {
    // Cell issues name the printed table number; section issues have no row.
    if (entry.row !== null) expect(entry.table).toMatch(/^0[1-9]$/);
  }
  for (const issue of report.issues) expect(issue.severity).not.toBe('info');
  for (const note of report.notes) expect(note.severity).toBe('info');
  return report;
}

const tempDir = mkdtempSync(join(tmpdir(), 'disclosure-cli-test-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function writeTemp(name: string, text: string): string {
  const file = join(tempDir, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

describe('disclosure validate on the bundled samples', () => {
  it('passes the unit sample with exit code 0 and a summary line', async () => {
    const result = await run('validate', UNIT_SAMPLE);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const last = result.stdout.at(-1) ?? '';
    expect(last).toMatch(/^共 0 个错误、1 个警告、\d+ 条尾数说明。可以公开。$/);
    // The one warning: seed 000 states 市民满意率 99.70% in the text while its form records 98.38%.
    expect(result.stdout[0]).toMatch(/^警告 \[S13\.ACHIEVEMENT_FIGURE\]/);
    // Every other line is one 尾数 note.
    expect(result.stdout.slice(1, -1).every((line) => line.startsWith('说明 ['))).toBe(true);
  });

  it('prints issues and notes as JSON with --json', async () => {
    const result = await run('validate', UNIT_SAMPLE, '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const report = jsonReport(result);
    expect(report.issues.map((i) => [i.id, i.severity, i.table, i.column])).toEqual([['S13.ACHIEVEMENT_FIGURE', 'warning', 'performance', 'projects[2].targets.actual']]);
    expect(report.notes.length).toBeGreaterThan(0);
  });

  it('lists the 0.02 rounding tail of 06 row 301 (工资福利支出) as a note', async () => {
    const report = jsonReport(await run('validate', UNIT_SAMPLE, '--json'));
    const note = report.notes.find((n) => n.table === '06' && n.row === '301');
    expect(note).toBeDefined();
    expect(note?.severity).toBe('info');
    expect(note?.column).toBe('c1');
    // Printed 2768.27 against the sum of its ten printed parts, 2768.25.
    expect(note?.message).toContain('2,768.25');
    expect(note?.message).toContain('2,768.27');
    expect(note?.message).toContain('相差 0.02 万元');
    expect(note?.message).toContain('尾数误差');
  });

  it('accepts --json before the file name', async () => {
    const before = await run('validate', '--json', UNIT_SAMPLE);
    const after = await run('validate', UNIT_SAMPLE, '--json');
    expect(before.code).toBe(0);
    expect(before.stdout).toEqual(after.stdout);
  });

  it('passes the department sample too', async () => {
    const result = await run('validate', DEPARTMENT_SAMPLE, '--json');
    expect(result.code).toBe(0);
    expect(jsonReport(result).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('disclosure validate on a project with an error', () => {
  function plantedProjectFile(): string {
    const project = editableCopy(loadSample('final-2024-unit'));
    const row = project.tables.FA03?.rows.find((r) => r.row === '2010301');
    if (!row) throw new Error('unit sample has no FA03 row 2010301');
    expect(row.values.c2).toBe('2936.14');
    row.values.c2 = '2937.14';
    return writeTemp('planted-error.json', serializeProject(project));
  }

  it('exits 1 and locates the error in table 03', async () => {
    const result = await run('validate', plantedProjectFile(), '--json');
    expect(result.code).toBe(1);
    const report = jsonReport(result);
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.table === '03')).toBe(true);
    // The 行政运行 line: 本年支出合计 2936.14 no longer equals 基本支出 2937.14.
    const leaf = errors.find((e) => e.row === '2010301');
    expect(leaf).toMatchObject({ table: '03', row: '2010301', column: 'c1' });
    expect(leaf?.message).toContain('公开03表');
    expect(leaf?.message).toContain('相差 1.00 万元');
  });

  it('says so in the plain-text summary as well', async () => {
    const result = await run('validate', plantedProjectFile());
    expect(result.code).toBe(1);
    expect(result.stdout.some((line) => line.startsWith('错误 [') && line.includes('公开03表'))).toBe(true);
    expect(result.stdout.at(-1)).toMatch(/^共 [1-9]\d* 个错误、.*存在错误，请修正后再公开。$/);
  });
});

describe('disclosure validate when the file cannot be used', () => {
  it('exits 2 with a Chinese message naming a missing file', async () => {
    const missing = join(tempDir, '不存在的项目.json');
    const result = await run('validate', missing);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr.join('\n')).toContain(`无法读取文件“${missing}”`);
  });

  it('exits 2 on a damaged JSON file, naming it', async () => {
    const damaged = writeTemp('damaged.json', '{"schemaVersion": 1, "kind": "finalAccount", "tables": {');
    const result = await run('validate', damaged, '--json');
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    const message = result.stderr.join('\n');
    expect(message).toContain('“damaged.json”');
    expect(message).toContain('无法按 JSON 读取');
  });

  it('exits 2 on a file from a newer version', async () => {
    const project = loadSample('final-2024-unit');
    const future = writeTemp('future.json', serializeProject(project).replace('"schemaVersion": 1,', '"schemaVersion": 99,'));
    const result = await run('validate', future);
    expect(result.code).toBe(2);
    expect(result.stderr.join('\n')).toContain('请升级软件');
  });
});

describe('disclosure argument handling', () => {
  it('prints the usage and exits 2 without arguments', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([USAGE]);
    expect(USAGE).toContain('用法');
    expect(USAGE).toContain('disclosure validate <project-file> [--json]');
  });

  it('prints the usage when validate has no file', async () => {
    const result = await run('validate', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([USAGE]);
  });

  it('prints the usage for an unknown command', async () => {
    const result = await run('publish', UNIT_SAMPLE);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([USAGE]);
  });

  it('explains an option that lacks its value', async () => {
    const result = await run('generate', UNIT_SAMPLE, '-o');
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual(['选项 -o 需要一个值。']);
  });
});
