// disclosure generate <project-file> -o <dir> and disclosure demo -o <dir>.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { generatePackage } from '../shared/node/generate-package';
import { parseProject } from '../shared/project/load-project';
import type { Project } from '../shared/project/schema';
import type { CommandOutput } from './output';

export const DEMO_SAMPLES = ['final-2024-unit.json', 'final-2024-department.json', 'budget-2025-unit.json'] as const;

async function loadProjectFile(file: string, out: CommandOutput): Promise<Project | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    out.error(`无法读取文件“${file}”：文件不存在或没有读取权限。`);
    return undefined;
  }
  const loaded = parseProject(text, basename(file));
  if (!loaded.ok) {
    out.error(loaded.message);
    return undefined;
  }
  return loaded.project;
}

async function writePackage(project: Project, outDir: string, out: CommandOutput): Promise<number> {
  try {
    const written = await generatePackage(project, outDir);
    const errors = written.issues.filter((i) => i.severity === 'error');
    const warnings = written.issues.filter((i) => i.severity === 'warning');
    out.print(`已生成：${written.docxPath}`);
    out.print(`已生成：${written.xlsxPath}`);
    if (errors.length > 0) {
      out.print(`存在 ${errors.length} 个错误，文档已标为“草稿”，修正后再公开：`);
      for (const e of errors) out.print(`  错误 [${e.id}] ${e.message}`);
      return 1;
    }
    if (warnings.length > 0) out.print(`另有 ${warnings.length} 个警告，请用 validate 命令查看。`);
    return 0;
  } catch (e) {
    out.error(`生成公开文件失败：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

export async function generateCommand(file: string, outDir: string, out: CommandOutput): Promise<number> {
  const project = await loadProjectFile(file, out);
  return project ? writePackage(project, outDir, out) : 2;
}

export async function demoCommand(outDir: string, out: CommandOutput): Promise<number> {
  let worst = 0;
  for (const sample of DEMO_SAMPLES) {
    const project = await loadProjectFile(new URL(`../assets/samples/${sample}`, import.meta.url).pathname, out);
    const code = project ? await writePackage(project, outDir, out) : 2;
    worst = Math.max(worst, code);
  }
  return worst;
}
