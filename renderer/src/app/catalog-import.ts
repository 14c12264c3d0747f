// 导入科目表: the officer picks the official list (.xlsx/.csv), confirms the detected scheme in a small
// dialog, and the entries go into the project as one undoable edit. The dialog's state is its own
// small store so the menu, the 名词解释 page and the issues panel can all open it.
import { createStore } from 'zustand/vanilla';
import {
  catalogFileFormat,
  catalogImportNotice,
  decodeCatalogCsv,
  detectCatalogScheme,
  importCatalogEdit,
  type CatalogReadings,
} from '../../../shared/catalog/catalog-source';
import { catalogSchemeLabels, type CatalogScheme } from '../../../shared/catalog/catalog-entry';
import type { CatalogImportResult } from '../../../shared/catalog/catalog-import';
import { parseCatalogCsv } from '../../../shared/catalog/catalog-csv';
import { errorMessage } from '../../../shared/ipc/error-message';
import type { PickedWorkbook, Result } from '../platform/platform';
import type { WorkspaceStore } from '../state/workspace-store';

/** A file read and waiting for the officer's confirmation. */
export interface CatalogReading {
  readonly fileName: string;
  readonly readings: CatalogReadings;
  readonly detected: CatalogScheme;
}

export const catalogImportStore = createStore<{ readonly reading: CatalogReading | null }>()(() => ({ reading: null }));

async function readUnder(picked: PickedWorkbook, scheme: CatalogScheme): Promise<CatalogImportResult> {
  if (catalogFileFormat(picked.name) === 'csv') return parseCatalogCsv(decodeCatalogCsv(picked.bytes), scheme, picked.name);
  // exceljs loads only when a workbook is read; the app's first bundle stays without it.
  const { parseCatalogXlsx } = await import('../../../shared/catalog/catalog-xlsx');
  return parseCatalogXlsx(picked.bytes, scheme, picked.name);
}

/** Reads the file under every scheme; throws an Error with a Chinese message naming the file. */
export async function readCatalogFile(picked: PickedWorkbook): Promise<CatalogReading> {
  const [fn, dept, gov] = await Promise.all([readUnder(picked, 'function'), readUnder(picked, 'deptEconomic'), readUnder(picked, 'govEconomic')]);
  const readings: CatalogReadings = { function: fn, deptEconomic: dept, govEconomic: gov };
  return { fileName: picked.name, readings, detected: detectCatalogScheme(readings) };
}

/** The confirmed import: one edit of the project (undo takes it back whole) and the notice. */
export function applyCatalogImport(store: WorkspaceStore, reading: CatalogReading, scheme: CatalogScheme): boolean {
  const result = reading.readings[scheme];
  const state = store.getState();
  if (state.workspace === null) return false;
  if (result.entries.length === 0) {
    state.notify('error', `“${reading.fileName}”中没有可导入的${catalogSchemeLabels[scheme]}科目，项目未改动。`);
    return false;
  }
  state.edit(importCatalogEdit(result.entries));
  // Skipped rows are listed, but the import itself succeeded: an info notice, not an alarm.
  state.notify('info', catalogImportNotice(result, scheme));
  return true;
}

/** Picks the file and opens the confirmation dialog; an unreadable file only gives a notice. */
export async function startCatalogImport(
  store: WorkspaceStore,
  pick: () => Promise<Result<PickedWorkbook | null>>,
): Promise<void> {
  if (store.getState().workspace === null) return;
  const picked = await pick();
  if (!picked.ok) return store.getState().notify('error', errorMessage(picked.code, picked.detail));
  if (picked.value === null) return;
  try {
    catalogImportStore.setState({ reading: await readCatalogFile(picked.value) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.getState().notify('error', `${message}项目未改动。`);
  }
}

export function closeCatalogImport(): void {
  catalogImportStore.setState({ reading: null });
}
