// disclosure validate <project-file> [--json]: exit 0 without errors, 1 with errors, 2 unreadable.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseProject } from '../shared/project/load-project';
import { analyseProject } from '../shared/report/final-account';
import { tableCode } from '../shared/tables/cell-address';
import type { Issue } from '../shared/validate/issue';
import type { CommandOutput } from './output';

interface JsonIssue {
  id: string;
  severity: 'error' | 'warning';
  table: string;
  row: string | null;
  column: string | null;
  message: string;
}

function toJson(issue: Issue, severity: 'error' | 'warning'): JsonIssue {
  const loc = issue.location;
  if (loc.kind === 'cell') {
    return { id: issue.id, severity, table: tableCode(loc.table), row: loc.row, column: loc.column ?? null, message: issue.message };
  }
  return { id: issue.id, severity, table: loc.section, row: null, column: loc.field ?? null, message: issue.message };
}

const SEVERITY_WORD = { error: '错误', warning: '警告', info: '说明' } as const;

export async function validateCommand(file: string, json: boolean, out: CommandOutput): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    out.error(`无法读取文件“${file}”：文件不存在或没有读取权限。`);
    return 2;
  }
  const loaded = parseProject(text, basename(file));
  if (!loaded.ok) {
    out.error(loaded.message);
    return 2;
  }
  const { issues } = analyseProject(loaded.project);
  const errors = issues.filter((i) => i.severity === 'error');
  if (json) {
    const listed = issues.flatMap((i) => (i.severity === 'info' ? [] : [toJson(i, i.severity)]));
    const notes = issues.filter((i) => i.severity === 'info').map((i) => ({ ...toJson(i, 'warning'), severity: 'info' }));
    out.print(JSON.stringify({ issues: listed, notes }, null, 2));
  } else {
    for (const issue of issues) out.print(`${SEVERITY_WORD[issue.severity]} [${issue.id}] ${issue.message}`);
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    const infos = issues.length - errors.length - warnings;
    out.print(`共 ${errors.length} 个错误、${warnings} 个警告、${infos} 条尾数说明。${errors.length === 0 ? '可以公开。' : '存在错误，请修正后再公开。'}`);
  }
  return errors.length > 0 ? 1 : 0;
}
