// `disclosure validate` on a budget project: the same command and JSON contract, budget table ids.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../cli/run-cli';
import type { CommandOutput } from '../../cli/output';
import { serializeProject } from '../../shared/project/load-project';
import { editableCopy, loadSample } from '../helpers/samples';

const BUDGET_SAMPLE = fileURLToPath(new URL('../../assets/samples/budget-2025-unit.json', import.meta.url));

const entrySchema = z.strictObject({
  id: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  table: z.string(),
  row: z.string().nullable(),
  column: z.string().nullable(),
  message: z.string().min(1),
});
const reportSchema = z.strictObject({ issues: z.array(entrySchema), notes: z.array(entrySchema) });

async function run(...args: string[]): Promise<{ code: number; stdout: string[] }> {
  const stdout: string[] = [];
  const out: CommandOutput = { print: (line) => stdout.push(line), error: (line) => stdout.push(line) };
  return { code: await runCli(args, out), stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'budget-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('disclosure validate on the budget sample', () => {
  it('exits 0 and names budget tables BG01…BG12 in --json', async () => {
    const { code, stdout } = await run('validate', BUDGET_SAMPLE, '--json');
    expect(code).toBe(0);
    const report = reportSchema.parse(JSON.parse(stdout.join('\n')));
    expect(report.issues.map((i) => `${i.severity} ${i.id} ${i.table} ${i.row ?? ''}`)).toEqual(['warning CODE.LEVEL BG06 303', 'warning CODE.LEVEL BG10 303']);
    expect(new Set(report.notes.map((n) => n.table))).toEqual(new Set(['BG01', 'BG02', 'BG03', 'BG04', 'BG05']));
    expect(report.notes.every((n) => n.severity === 'info')).toBe(true);
  });

  it('exits 1 with the error located in table BG07 when a printed 三公 total is wrong', async () => {
    const project = editableCopy(loadSample('budget-2025-unit'));
    const row = project.tables.BG07?.rows[0];
    if (!row) throw new Error('sample has no BG07 row');
    row.reported.c7 = '230.60';
    const file = join(dir, 'broken.json');
    writeFileSync(file, serializeProject(project));
    const { code, stdout } = await run('validate', file, '--json');
    expect(code).toBe(1);
    const errors = reportSchema.parse(JSON.parse(stdout.join('\n'))).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.id, i.table, i.row, i.column])).toEqual([['B7.2', 'BG07', '1', 'c7']]);
  });

  it('prints the Chinese summary without --json', async () => {
    const { code, stdout } = await run('validate', BUDGET_SAMPLE);
    expect(code).toBe(0);
    expect(stdout.at(-1)).toBe('共 0 个错误、2 个警告、9 条尾数说明。可以公开。');
  });
});

describe('disclosure generate on the budget sample', () => {
  it('writes the 预算 package (.docx and .xlsx) now that the budget text exists', async () => {
    const out = join(dir, 'package');
    const { code } = await run('generate', BUDGET_SAMPLE, '-o', out);
    expect(code).toBe(0);
    expect(existsSync(out) ? readdirSync(out).sort() : []).toEqual(['2025年烟台市人民政府办公室单位预算公开.docx', '2025年烟台市人民政府办公室单位预算公开（公开表）.xlsx']);
  });
});
