// disclosure import <current.xlsx> [--prior <prior.xlsx>] [--kind final|budget] [--year YYYY] [--unit NAME] -o <project-file>
// Without --kind the workbook's table titles decide between 决算 and 预算 (决算 when they name neither).
// Exit 0 when the project was written, 1 when the workbook could not be imported, 2 for usage and file
// problems. Nothing is written unless everything succeeded, and an existing file is never replaced
// without --force.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { importWorkbook } from '../shared/import/import-workbook';
import { MAX_WORKBOOK_BYTES, type WorkbookSource } from '../shared/import/import-types';
import { tooLargeMessage } from '../shared/import/load-workbook';
import { importReportLines } from '../shared/import/report-text';
import { writeFileAtomic } from '../shared/node/atomic-write';
import { serializeProject } from '../shared/project/load-project';
import { analyseProject } from '../shared/report/final-account';
import type { CommandOutput } from './output';

export interface ImportCommandArgs {
  readonly current?: string;
  readonly prior?: string;
  readonly kind?: string;
  readonly year?: string;
  readonly unit?: string;
  readonly output?: string;
  readonly force: boolean;
}

/** The import arguments out of the parsed command line (flags without a value are ignored). */
export function importCommandArgs(positional: readonly string[], options: ReadonlyMap<string, string | true>): ImportCommandArgs {
  const value = (name: string): string | undefined => {
    const v = options.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const current = positional[0];
  const prior = value('--prior');
  const kind = value('--kind');
  const year = value('--year');
  const unit = value('--unit');
  const output = value('-o');
  return {
    ...(current !== undefined ? { current } : {}),
    ...(prior !== undefined ? { prior } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(output !== undefined ? { output } : {}),
    force: options.has('--force'),
  };
}

type Read = { readonly ok: true; readonly source: WorkbookSource } | { readonly ok: false; readonly code: number; readonly message: string };

async function readWorkbookFile(file: string): Promise<Read> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, code: 2, message: `“${file}”不是文件。` };
    // Checked before reading, so a huge file is never loaded into memory.
    if (info.size > MAX_WORKBOOK_BYTES) return { ok: false, code: 1, message: tooLargeMessage(basename(file), info.size) };
    return { ok: true, source: { data: new Uint8Array(await readFile(file)), label: basename(file) } };
  } catch {
    return { ok: false, code: 2, message: `无法读取文件“${file}”：文件不存在或没有读取权限。` };
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function usageProblem(args: ImportCommandArgs): string | undefined {
  if (args.kind !== undefined && args.kind !== 'final' && args.kind !== 'budget') return `--kind 只能是 final（决算）或 budget（预算），不能是“${args.kind}”。`;
  if (args.current === undefined) return '请指定要导入的本年决算或预算公开表工作簿（.xlsx）。';
  if (args.output === undefined) return `请用 -o 指定导入后保存的项目文件，例如 -o ${args.kind === 'budget' ? '2025预算' : '2024决算'}.json。`;
  if (args.year !== undefined && !/^\d{4}$/.test(args.year.trim())) return `--year 应为四位年份，例如 --year 2024，不能是“${args.year}”。`;
  if (args.year !== undefined && (Number(args.year) < 2000 || Number(args.year) > 2100)) return `--year ${args.year} 不在 2000–2100 之间。`;
  if (args.unit !== undefined && args.unit.trim() === '') return '--unit 的单位名称不能为空。';
  return undefined;
}

export async function importCommand(args: ImportCommandArgs, out: CommandOutput): Promise<number> {
  const problem = usageProblem(args);
  const { current, output } = args;
  if (problem !== undefined || current === undefined || output === undefined) {
    out.error(problem ?? '参数不完整。');
    return 2;
  }
  const inputs = [current, ...(args.prior !== undefined ? [args.prior] : [])].map((f) => resolve(f));
  if (inputs.includes(resolve(output))) {
    out.error(`项目文件“${output}”与要导入的工作簿是同一个文件，请为项目文件另取一个名字。`);
    return 2;
  }
  if (!args.force && (await exists(output))) {
    out.error(`项目文件“${output}”已存在。为免覆盖已有的工作，导入不会改写它；请换一个文件名，或加 --force 覆盖。`);
    return 2;
  }
  const currentFile = await readWorkbookFile(current);
  if (!currentFile.ok) {
    out.error(currentFile.message);
    return currentFile.code;
  }
  let prior: WorkbookSource | undefined;
  if (args.prior !== undefined) {
    const priorFile = await readWorkbookFile(args.prior);
    if (!priorFile.ok) {
      out.error(priorFile.message);
      return priorFile.code;
    }
    prior = priorFile.source;
  }
  const result = await importWorkbook(currentFile.source, {
    ...(args.kind !== undefined ? { kind: args.kind === 'budget' ? 'budget' : 'finalAccount' } : {}),
    ...(args.year !== undefined ? { year: Number(args.year) } : {}),
    ...(args.unit !== undefined ? { unitName: args.unit.trim() } : {}),
    ...(prior !== undefined ? { prior } : {}),
  });
  if (!result.ok) {
    out.error(result.message);
    out.error('未保存项目文件。');
    return 1;
  }
  for (const line of importReportLines(result.report, result.warnings)) out.print(line);
  const issues = analyseProject(result.project).issues;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  out.print(`校验：${errors} 个错误、${warnings} 个警告${errors + warnings > 0 ? `，请运行 disclosure validate ${output} 查看并修正` : ''}。`);
  try {
    await writeFileAtomic(output, serializeProject(result.project));
  } catch (e) {
    out.error(`无法保存项目文件“${output}”：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  out.print(`已保存项目文件：${output}`);
  return 0;
}
