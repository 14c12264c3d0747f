// The officer's official list as a file: which reader it needs, how its CSV text is decoded, which
// scheme its codes belong to, and the project edit and notice once the officer confirms the import.
// Pure (TextDecoder is in every browser and in Node); the .xlsx reader stays with the caller so
// exceljs is loaded only when a workbook is actually read.
import type { Project, ProjectCatalogEntry } from '../project/schema';
import { catalogSchemeLabels, catalogSchemes, type CatalogEntry, type CatalogScheme } from './catalog-entry';
import type { CatalogImportResult } from './catalog-import';
import { withImportedCatalog } from './project-catalog';

export type CatalogFileFormat = 'xlsx' | 'csv';

/** The reader a file needs, by its extension; throws a Chinese message naming the file for anything else. */
export function catalogFileFormat(fileName: string): CatalogFileFormat {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'csv') return extension;
  if (extension === 'xls' || extension === 'et') {
    throw new Error(`无法读取“${fileName}”：这是旧版 Excel/WPS 表格。请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入。`);
  }
  throw new Error(`无法读取“${fileName}”：科目表只能是 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。`);
}

/**
 * CSV bytes as text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GB18030
 * (a superset of GBK), which Excel and WPS on Chinese Windows use for “CSV（逗号分隔）”.
 */
export function decodeCatalogCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The file read once under each scheme, so the officer can switch the scheme without reading it again. */
export type CatalogReadings = Readonly<Record<CatalogScheme, CatalogImportResult>>;

/**
 * The scheme the codes belong to: 2xx 支出功能分类, 3xx 部门经济分类, 5xx 政府经济分类. A row is only
 * read under the scheme of its leading digit, so the scheme with the most rows read is the one the
 * list is for; on a tie (or an empty list) 支出功能分类, the list officers import most.
 */
export function detectCatalogScheme(readings: CatalogReadings): CatalogScheme {
  let best: CatalogScheme = 'function';
  for (const scheme of catalogSchemes) if (readings[scheme].entries.length > readings[best].entries.length) best = scheme;
  return best;
}

/** Catalog entries as the project file keeps them (the project's entries count as verified). */
export function toProjectCatalogEntries(entries: readonly CatalogEntry[]): ProjectCatalogEntry[] {
  return entries.map((e) => ({
    scheme: e.scheme,
    code: e.code,
    name: e.name,
    source: e.source,
    ...(e.note === undefined ? {} : { note: e.note }),
    // The 政府 mapping column of a 部门经济分类 list: kept so the budget's paired columns follow it.
    ...(e.govCode === undefined || e.scheme !== 'deptEconomic' ? {} : { govCode: e.govCode }),
  }));
}

/** The project with the confirmed entries merged in, as one edit. */
export function importCatalogEdit(entries: readonly CatalogEntry[]): (project: Project) => Project {
  const projectEntries = toProjectCatalogEntries(entries);
  return (project) => (projectEntries.length === 0 ? project : withImportedCatalog(project, projectEntries));
}

/** How many problems the notice spells out; the dialog lists the same first few. */
export const PROBLEMS_SHOWN = 3;

/** “已导入 N 个科目（支出功能分类），M 行未导入或有疑问：…” */
export function catalogImportNotice(result: CatalogImportResult, scheme: CatalogScheme): string {
  const head = `已导入 ${result.entries.length} 个科目（${catalogSchemeLabels[scheme]}）`;
  if (result.problems.length === 0) return `${head}。`;
  const shown = result.problems.slice(0, PROBLEMS_SHOWN).join('；');
  const more = result.problems.length > PROBLEMS_SHOWN ? '等' : '';
  return `${head}，${result.problems.length} 行未导入或有疑问：${shown}${more}。`;
}
