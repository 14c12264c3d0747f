// The .xlsx importer's entry points: this year's tables → a new project (inputs in `values`, printed
// derived figures in `reported`), last year's tables → prior-year figures. Bytes in, no file access.
import type { Catalog } from '../catalog/catalog';
import { bundledCatalog } from '../catalog/catalog';
import { learnedCatalogEntries } from '../catalog/project-catalog';
import { deriveReport } from '../derive/derive-report';
import { projectSchema, type Project, type ReportKind } from '../project/schema';
import { finalAccountTemplate } from '../report/final-account';
import { templateFor } from '../report/report-kind';
import type { ReportTemplate } from '../report/template';
import { tableLabel, type TableId } from '../tables/cell-address';
import { buildTables, missingTables } from './build-tables';
import { mostFrequent } from './caption-facts';
import { blankDerivedWarnings } from './blank-derived';
import {
  ImportFailure,
  type ImportErrorCode,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
  type MissingTable,
  type PriorYearReport,
  type WorkbookReport,
  type WorkbookSource,
} from './import-types';
import { detectReportKind, KIND_IMPORT, tableName } from './import-kind';
import { loadWorkbook } from './load-workbook';
import { priorFigureValues } from './prior-figures';
import { readWorkbook, type WorkbookRead } from './read-workbook';

/** Tables a current-year 决算 import cannot do without; 07 and 08 are often empty and may be absent. */
export const REQUIRED_TABLES: readonly TableId[] = KIND_IMPORT.finalAccount.required;

type Failure = { readonly ok: false; readonly code: ImportErrorCode; readonly message: string };

function failureOf(error: unknown, label: string): Failure {
  if (error instanceof ImportFailure) return { ok: false, code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'damaged', message: `文件“${label}”无法读取（内部错误：${detail.slice(0, 200)}）。请在 Excel 或 WPS 中重新保存后再试；如仍出错，请把文件交给技术支持。` };
}

/** The kind a workbook holds: the one asked for (refused when its titles say the other), else the one its titles name. */
function kindOf(label: string, asked: ReportKind | undefined, grids: Parameters<typeof detectReportKind>[0], role: string): ReportKind {
  const detected = detectReportKind(grids);
  if (asked === undefined) return detected?.kind ?? 'finalAccount';
  if (detected !== undefined && detected.kind !== asked) {
    const want = KIND_IMPORT[asked];
    const found = KIND_IMPORT[detected.kind];
    throw new ImportFailure(
      'noTables',
      `文件“${label}”是${found.word}公开表（其中有“${detected.example.slice(0, 40)}”），不是${role}所需的${want.word}公开表。请选择${want.word}公开表的工作簿${role === '本年' ? `，或改为导入${found.word}（命令行用 --kind ${found.option}）` : ''}。`,
    );
  }
  return asked;
}

interface SourceRead {
  readonly kind: ReportKind;
  readonly template: ReportTemplate;
  readonly read: WorkbookRead;
}

async function readSource(source: WorkbookSource, asked: ReportKind | undefined, role: '本年' | '上年'): Promise<SourceRead> {
  const { grids, properties } = await loadWorkbook(source);
  const kind = kindOf(source.label, asked, grids, role);
  const template = templateFor(kind);
  const read = readWorkbook(source.label, grids, template, properties);
  if (read.tables.size === 0) {
    const sheets = grids.map((g) => `“${g.name}”`).join('、');
    throw new ImportFailure(
      'noTables',
      `文件“${source.label}”的工作表（${sheets}）中没有找到任何${KIND_IMPORT[kind].word}公开表。导入按${KIND_IMPORT[kind].example}识别表格，请确认选择的是${KIND_IMPORT[kind].word}公开表的工作簿。`,
    );
  }
  return { kind, template, read };
}

function missingNote(read: WorkbookRead, id: TableId, note: string): MissingTable {
  const seen = read.mentions.get(id);
  return { table: id, found: false, note: seen !== undefined ? `${note}（${seen.join('；')}）` : note };
}

function validYear(year: number | undefined): number | undefined {
  return year !== undefined && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

export interface PriorImport {
  readonly figures: Record<string, string>;
  readonly report: PriorYearReport;
  readonly warnings: readonly string[];
}

/** Last year's figures from whatever of its tables the workbook holds (a full package or a few). */
export async function importPriorYearFigures(
  source: WorkbookSource,
  currentYear: number | undefined,
  template: ReportTemplate = finalAccountTemplate(),
  kind: ReportKind = 'finalAccount',
): Promise<PriorImport> {
  const { read } = await readSource(source, kind, '上年');
  const catalog = bundledCatalog();
  const built = buildTables(read, template, catalog);
  const warnings = [...built.warnings];
  const detected = mostFrequent(read.years);
  if (currentYear !== undefined && detected !== undefined && detected !== currentYear - 1) {
    warnings.push(`上年${KIND_IMPORT[kind].word}文件“${source.label}”的表头年度是 ${detected} 年，而本年项目是 ${currentYear} 年（上年应为 ${currentYear - 1} 年），请确认选择的文件。`);
  }
  const project = projectSchema.parse({ schemaVersion: 1, kind, year: validYear(detected) ?? 2000, unitName: '上年', scope: 'unit', entryUnit: 'wanYuan', tables: built.tables });
  const report = deriveReport(project, template, catalog);
  const values = priorFigureValues(report, template, new Set(read.tables.keys()), 'wanYuan');
  const tables = [...built.found, ...missingTables(read, template).map((id) => missingNote(read, id, '未找到'))];
  tables.sort((a, b) => (a.table < b.table ? -1 : 1));
  return {
    figures: values.figures,
    report: { file: source.label, tables, ignoredSheets: read.ignoredSheets, figuresFound: values.found, figuresMissing: values.missing },
    warnings,
  };
}

function currentTablesReport(read: WorkbookRead, template: ReportTemplate, found: WorkbookReport['tables']): WorkbookReport {
  const missing = missingTables(read, template).map((id) => missingNote(read, id, `未找到，按无数据（空表）处理`));
  const tables = [...found, ...missing].sort((a, b) => (a.table < b.table ? -1 : 1));
  return { file: read.file, tables, ignoredSheets: read.ignoredSheets };
}

/** Codes the catalog does not know are learned with their printed names, each pointed out where it stands. */
function learnCatalog(project: Project, catalog: Catalog, read: WorkbookRead, warnings: string[]): Project {
  const learned = learnedCatalogEntries(project, catalog);
  for (const entry of learned) {
    const table = [...read.tables.values()].find((t) => t.read.rows.some((r) => r.key === entry.code));
    const ref = table?.read.rows.find((r) => r.key === entry.code)?.ref;
    const at = table !== undefined && ref !== undefined ? `文件“${read.file}”工作表“${table.sheet}”单元格 ${ref}` : `文件“${read.file}”`;
    warnings.push(`${at}：科目 ${entry.code}“${entry.name}”不在科目表中，已按表中的名称记入项目科目表。请核对编码是否正确。`);
  }
  return learned.length === 0 ? project : { ...project, catalog: [...project.catalog, ...learned] };
}

async function importCurrent(current: WorkbookSource, options: ImportOptions): Promise<ImportResult> {
  const { kind, template, read } = await readSource(current, options.kind, '本年');
  const words = KIND_IMPORT[kind];
  const absent = words.required.filter((id) => !read.tables.has(id));
  if (absent.length > 0) {
    const list = absent.map((id) => `${tableName(id, template.table(id).title, tableLabel(id))}${read.mentions.has(id) ? `（${(read.mentions.get(id) ?? []).join('；')}）` : ''}`).join('、');
    const foundList = [...read.tables.keys()].map(tableLabel).join('、');
    throw new ImportFailure('missingTable', `文件“${current.label}”中缺少${list}。已找到：${foundList}。请补齐缺少的表（可放在任意工作表中，表格上方写明表名）后再导入。`);
  }
  const catalog = bundledCatalog();
  const built = buildTables(read, template, catalog);
  const warnings = [...built.warnings];

  // Titles and captions; else document properties; else the file name ("2024年度…（公开表）.xlsx").
  const detectedYear = mostFrequent(read.years);
  const year = validYear(options.year) ?? validYear(detectedYear);
  if (year === undefined) {
    const bad = options.year !== undefined ? `导入文件“${current.label}”时指定的年度 ${options.year} 不在 2000–2100 之间。` : `无法从文件“${current.label}”的表名或表头说明中识别年度（如“2024年度”）。`;
    throw new ImportFailure('noYear', `${bad}请指定${words.word}年度（命令行用 --year ${kind === 'budget' ? 2025 : 2024}）。`);
  }
  if (options.year !== undefined && detectedYear !== undefined && detectedYear !== options.year) {
    warnings.push(`文件“${current.label}”的表头年度是 ${detectedYear} 年，按指定的 ${options.year} 年导入。`);
  }
  const owner = mostFrequent(read.owners, (o) => o.name);
  const unitName = options.unitName?.trim() || owner?.name;
  if (unitName === undefined || unitName === '') {
    throw new ImportFailure('noUnit', `无法从文件“${current.label}”的表头说明（如“单位：××本级”“部门：××（汇总）”）中识别单位名称。请指定单位名称（命令行用 --unit 名称）。`);
  }
  const scope = mostFrequent(read.owners.flatMap((o) => (o.scope !== undefined ? [o.scope] : []))) ?? 'unit';
  if (owner === undefined) warnings.push(`文件“${current.label}”中没有“单位：”或“部门：”说明行，按${words.scopeWords.unit}导入；如为${words.scopeWords.department}，请在项目中修改。`);

  let project = projectSchema.parse({ schemaVersion: 1, kind, year, unitName, scope, entryUnit: 'wanYuan', tables: built.tables });
  project = learnCatalog(project, catalog, read, warnings);
  warnings.push(...blankDerivedWarnings(project, template, read));

  let prior: PriorYearReport | undefined;
  if (options.prior !== undefined) {
    const source = options.prior;
    const imported = await importPriorYearFigures(source, year, template, kind).catch((error: unknown) => {
      const failure = failureOf(error, source.label);
      throw new ImportFailure(failure.code, failure.message);
    });
    project = { ...project, priorYear: { figures: imported.figures } };
    prior = imported.report;
    warnings.push(...imported.warnings);
  }
  const report: ImportReport = {
    kind,
    current: currentTablesReport(read, template, built.found),
    ...(prior !== undefined ? { prior } : {}),
    year,
    yearFrom: validYear(options.year) !== undefined ? 'option' : 'workbook',
    unitName,
    unitNameFrom: options.unitName?.trim() ? 'option' : 'workbook',
    scope,
  };
  return { ok: true, project, report, warnings };
}

/**
 * Imports this year's tables (and optionally last year's for the prior-year figures) into a new project
 * of the kind asked for in `options.kind`, or of the kind the workbook's titles name (决算 when they name
 * neither). Never throws: every failure is `{ ok: false }` with a code and a Chinese message naming the
 * file, and where it applies the sheet and cell.
 */
export async function importWorkbook(current: WorkbookSource, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    return await importCurrent(current, options);
  } catch (error) {
    return failureOf(error, current.label);
  }
}

/** This year's 决算 tables into a new 决算 project (see `importWorkbook`). */
export async function importFinalAccount(current: WorkbookSource, options: ImportOptions = {}): Promise<ImportResult> {
  return importWorkbook(current, { ...options, kind: 'finalAccount' });
}

export type PriorImportResult = ({ readonly ok: true } & PriorImport) | Failure;

/** Prior-year figures alone (the app's "导入上年决算" / "导入上年预算" on an existing project). */
export async function importPriorYear(source: WorkbookSource, currentYear?: number, kind: ReportKind = 'finalAccount'): Promise<PriorImportResult> {
  try {
    return { ok: true, ...(await importPriorYearFigures(source, currentYear, templateFor(kind), kind)) };
  } catch (error) {
    return failureOf(error, source.label);
  }
}
