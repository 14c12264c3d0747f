// What the start page, the toolbar and the menu do with files: open, save, new, import, roll over.
// Every failure becomes a Chinese notice; nothing here throws into the UI.
import { errorMessage } from '../../../shared/ipc/error-message';
import type { ImportOptions, ImportResult } from '../../../shared/import/import-types';
import { rollOverProject } from '../../../shared/import/roll-over';
import { parseProject, serializeProject } from '../../../shared/project/load-project';
import type { Project } from '../../../shared/project/schema';
import type { PickedWorkbook } from '../platform/platform';
import { newProject, type NewProjectOptions } from '../state/project-edits';
import { kindWord, suggestedName } from '../report/report-template';
import { platform, workspaceStore } from './app-context';
import { startCatalogImport } from './catalog-import';

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

/**
 * Reads published (or exported) tables into a new project; the kind (决算 or 预算) follows the
 * workbook's table titles. The caller shows the import report.
 */
export async function importWorkbooks(current: PickedWorkbook, prior: PickedWorkbook | null, options: Pick<ImportOptions, 'year' | 'unitName'> = {}): Promise<ImportResult> {
  // The workbook reader (exceljs) loads on first use; the start page does not wait for it.
  const { importWorkbook } = await import('../../../shared/import/import-workbook');
  return importWorkbook({ data: current.bytes, label: current.name }, prior === null ? options : { ...options, prior: { data: prior.bytes, label: prior.name } });
}

/** 导入上年公开表 on the open project: last year's figures of the project's own kind, one undo step. */
export async function importPriorIntoProject(): Promise<void> {
  const store = workspaceStore.getState();
  const project = store.workspace?.history.present;
  if (project === undefined) return;
  const picked = await pickWorkbook('prior');
  if (picked === null) return;
  const { importPriorYear } = await import('../../../shared/import/import-workbook');
  const result = await importPriorYear({ data: picked.bytes, label: picked.name }, project.year, project.kind);
  if (!result.ok) return notifyError(result.message);
  store.edit((current) => ({ ...current, priorYear: { ...current.priorYear, figures: { ...current.priorYear.figures, ...result.figures } } }));
  const missing = result.report.figuresMissing.length;
  const word = kindWord(project);
  store.notify(
    result.warnings.length > 0 ? 'error' : 'info',
    `已从“${picked.name}”导入上年${word}数 ${result.report.figuresFound.length} 项${missing > 0 ? `，缺少 ${missing} 项` : ''}。${result.warnings.join('')}`,
  );
}

/** 导入科目表 on the open project: pick the official list, then the confirmation dialog. */
export function importCatalogFile(): Promise<void> {
  return startCatalogImport(workspaceStore, () => platform.pickWorkbook('catalog'));
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

export const SAMPLE_NAMES = ['unit', 'department', 'budget'] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

export function isSampleName(name: string | null): name is SampleName {
  return SAMPLE_NAMES.some((s) => s === name);
}

const SAMPLE_TITLES: Readonly<Record<SampleName, string>> = { unit: '示例（单位决算）', department: '示例（部门决算）', budget: '示例（单位预算）' };

async function sampleData(sample: SampleName): Promise<unknown> {
  switch (sample) {
    case 'unit':
      return (await import('../../../assets/samples/final-2024-unit.json')).default;
    case 'department':
      return (await import('../../../assets/samples/final-2024-department.json')).default;
    case 'budget':
      return (await import('../../../assets/samples/budget-2025-unit.json')).default;
  }
}

export async function openSample(sample: SampleName): Promise<void> {
  openText(JSON.stringify(await sampleData(sample)), SAMPLE_TITLES[sample]);
}
