// What the start page, the toolbar and the menu do with files: open, save, new, import, roll over.
// Every failure becomes a Chinese notice; nothing here throws into the UI.
import { errorMessage } from '../../../shared/ipc/error-message';
import type { ImportOptions, ImportResult } from '../../../shared/import/import-types';
import { rollOverProject } from '../../../shared/import/roll-over';
import { parseProject, serializeProject } from '../../../shared/project/load-project';
import type { Project } from '../../../shared/project/schema';
import type { PickedWorkbook } from '../platform/platform';
import { newProject, type NewProjectOptions } from '../state/project-edits';
import { platform, workspaceStore } from './app-context';

const UNTITLED = '未命名项目';

function notifyError(text: string): void {
  workspaceStore.getState().notify('error', text);
}

function openText(text: string, name: string, path?: string): boolean {
  const loaded = parseProject(text, name);
  if (!loaded.ok) {
    notifyError(loaded.message);
    return false;
  }
  workspaceStore.getState().open(loaded.project, path === undefined ? { name } : { name, path });
  if (loaded.migratedFrom !== undefined) workspaceStore.getState().notify('info', `项目文件已从格式版本 ${loaded.migratedFrom} 升级，保存后生效。`);
  return true;
}

export async function openProjectFile(): Promise<void> {
  const result = await platform.openProject();
  if (!result.ok) return notifyError(errorMessage(result.code, result.detail));
  if (result.value !== null) openText(result.value.text, result.value.name, result.value.path);
}

export async function openRecentProject(path: string): Promise<void> {
  const result = await platform.openRecent(path);
  if (!result.ok) return notifyError(errorMessage(result.code, result.detail));
  openText(result.value.text, result.value.name, result.value.path);
}

export function createProject(options: NewProjectOptions): boolean {
  const outcome = newProject(options);
  if (!outcome.ok) {
    notifyError(outcome.message);
    return false;
  }
  workspaceStore.getState().open(outcome.project, { name: UNTITLED }, { dirty: true });
  return true;
}

/** The file name a new project is saved under: 2024年度××单位决算公开.dsproj. */
export function suggestedName(project: Project): string {
  return `${project.year}年度${project.unitName}${project.kind === 'finalAccount' ? '决算' : '预算'}公开`;
}

export async function saveCurrentProject(saveAs = false): Promise<boolean> {
  const workspace = workspaceStore.getState().workspace;
  if (workspace === null) return false;
  const project = workspace.history.present;
  const path = workspace.document.path;
  const result = await platform.saveProject({ text: serializeProject(project), name: suggestedName(project), ...(path === undefined ? {} : { path }), saveAs });
  if (!result.ok) {
    if (result.code !== 'cancelled') notifyError(errorMessage(result.code, result.detail));
    return false;
  }
  workspaceStore.getState().markSaved(result.value);
  await platform.discardRecovery();
  workspaceStore.getState().notify('info', `已保存：${result.value.path ?? result.value.name}`);
  return true;
}

export async function pickWorkbook(purpose: 'current' | 'prior'): Promise<PickedWorkbook | null> {
  const result = await platform.pickWorkbook(purpose);
  if (!result.ok) {
    notifyError(errorMessage(result.code, result.detail));
    return null;
  }
  return result.value;
}

/** Reads published (or exported) tables into a new project; the caller shows the import report. */
export async function importWorkbooks(current: PickedWorkbook, prior: PickedWorkbook | null, options: Pick<ImportOptions, 'year' | 'unitName'> = {}): Promise<ImportResult> {
  // The workbook reader (exceljs) loads on first use; the start page does not wait for it.
  const { importFinalAccount } = await import('../../../shared/import/import-workbook');
  return importFinalAccount({ data: current.bytes, label: current.name }, prior === null ? options : { ...options, prior: { data: prior.bytes, label: prior.name } });
}

export function openImported(project: Project): void {
  workspaceStore.getState().open(project, { name: UNTITLED }, { dirty: true });
}

/** Next year's project from last year's file: standing texts kept, figures become last year's. */
export async function rollOverFromFile(): Promise<void> {
  const result = await platform.openProject();
  if (!result.ok) return notifyError(errorMessage(result.code, result.detail));
  if (result.value === null) return;
  const loaded = parseProject(result.value.text, result.value.name);
  if (!loaded.ok) return notifyError(loaded.message);
  const next = rollOverProject(loaded.project);
  workspaceStore.getState().open(next, { name: UNTITLED }, { dirty: true });
  workspaceStore.getState().notify('info', `已由 ${loaded.project.year} 年度项目结转为 ${next.year} 年度：上年数已填好，本年数据待录入。`);
}

export type SampleName = 'unit' | 'department';

export async function openSample(sample: SampleName): Promise<void> {
  const module = sample === 'unit' ? await import('../../../assets/samples/final-2024-unit.json') : await import('../../../assets/samples/final-2024-department.json');
  openText(JSON.stringify(module.default), sample === 'unit' ? '示例（单位）' : '示例（部门）');
}
