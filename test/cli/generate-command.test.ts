import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import type { CommandOutput } from '../../cli/output';
import { serializeProject } from '../../shared/project/load-project';
import { editableCopy, loadSample } from '../helpers/samples';

function capture(): { out: CommandOutput; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: { print: (l) => stdout.push(l), error: (l) => stderr.push(l) }, stdout, stderr };
}

const UNIT = new URL('../../assets/samples/final-2024-unit.json', import.meta.url).pathname;

describe('disclosure generate and demo', () => {
  it('generate writes the .docx and the .xlsx of a project into the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'generate-'));
    const { out, stdout, stderr } = capture();
    expect(await runCli(['generate', UNIT, '-o', dir], out)).toBe(0);
    expect(stderr).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['2024年度烟台市人民政府办公室本级决算公开.docx', '2024年度烟台市人民政府办公室本级决算公开（公开表）.xlsx']);
    expect(stdout[0]).toBe(`已生成：${join(dir, '2024年度烟台市人民政府办公室本级决算公开.docx')}`);
    // A .docx and an .xlsx are zip files.
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('demo writes the two 决算 samples and the 预算 sample', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-'));
    const { out } = capture();
    expect(await runCli(['demo', '-o', dir], out)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      '2024年度烟台市人民政府办公室本级决算公开.docx',
      '2024年度烟台市人民政府办公室本级决算公开（公开表）.xlsx',
      '2024年度聊城市政府办公室（汇总）部门决算公开.docx',
      '2024年度聊城市政府办公室（汇总）部门决算公开（公开表）.xlsx',
      '2025年烟台市人民政府办公室单位预算公开.docx',
      '2025年烟台市人民政府办公室单位预算公开（公开表）.xlsx',
    ]);
  });

  it('generate works on a budget project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'generate-'));
    const { out, stdout } = capture();
    expect(await runCli(['generate', new URL('../../assets/samples/budget-2025-unit.json', import.meta.url).pathname, '-o', dir], out)).toBe(0);
    expect(stdout[0]).toBe(`已生成：${join(dir, '2025年烟台市人民政府办公室单位预算公开.docx')}`);
    expect(stdout.at(-1)).toBe('另有 2 个警告，请用 validate 命令查看。');
  });

  it('a project with errors is written as a draft, lists the errors and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'generate-'));
    const project = editableCopy(loadSample('final-2024-unit'));
    const row = project.tables.FA03?.rows.find((r) => r.row === '2010301');
    if (!row) throw new Error('no 2010301');
    row.values.c2 = '2937.14';
    const file = join(dir, 'broken.json');
    writeFileSync(file, serializeProject(project));
    const { out, stdout } = capture();
    expect(await runCli(['generate', file, '-o', join(dir, 'out')], out)).toBe(1);
    expect(stdout.some((l) => l.includes('草稿'))).toBe(true);
    expect(stdout.some((l) => l.startsWith('  错误 [R03.1]'))).toBe(true);
  });

  it('an unreadable project writes nothing and exits 2 with a Chinese message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'generate-'));
    const file = join(dir, 'damaged.json');
    writeFileSync(file, '{"schemaVersion": 1, "kind": "finalAccount"');
    const { out, stderr } = capture();
    expect(await runCli(['generate', file, '-o', join(dir, 'out')], out)).toBe(2);
    expect(stderr.join('')).toContain('damaged.json');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('generate without -o shows the usage', async () => {
    const { out, stderr } = capture();
    expect(await runCli(['generate', UNIT], out)).toBe(2);
    expect(stderr.join('\n')).toContain('disclosure generate <project-file> -o <dir>');
  });
});
