// Results, reports and coded errors of the .xlsx importer (platform-neutral: bytes in, project out).
import type { Project, ReportKind } from '../project/schema';
import type { TableId } from '../tables/cell-address';

/** The closed set of reasons an import can fail; every failure carries one and a Chinese message. */
export const IMPORT_ERROR_CODES = [
  'notWorkbook',
  'encrypted',
  'tooLarge',
  'empty',
  'damaged',
  'noTables',
  'missingTable',
  'badAmount',
  'badCode',
  'duplicateRow',
  'noYear',
  'noUnit',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Largest workbook accepted (bytes): published packages are well under 1 MB. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

/** Thrown inside the importer and turned into `{ ok: false }` at the public entry points. */
export class ImportFailure extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}

/** Bytes of one workbook and the name to show in messages (usually the file name). */
export interface WorkbookSource {
  readonly data: ArrayBuffer | Uint8Array;
  readonly label: string;
}

/** How a table was recognised. */
export type FoundBy = 'title' | 'label' | 'sheetName' | 'header';

export interface FoundTable {
  readonly table: TableId;
  readonly found: true;
  readonly sheet: string;
  /** A1-style range from the caption to the last row read, e.g. "B2:J31". */
  readonly range: string;
  readonly foundBy: FoundBy;
  readonly amountUnit: 'yuan' | 'wanYuan';
  /** Rows written to the project (rows printing only zeros are not kept). */
  readonly rowCount: number;
  /** What was seen but not read (notes, unmapped columns, unknown rows), in Chinese. */
  readonly ignored: readonly string[];
}

export interface MissingTable {
  readonly table: TableId;
  readonly found: false;
  /** Why it does not matter or what follows from its absence, in Chinese. */
  readonly note: string;
}

export type TableFinding = FoundTable | MissingTable;

export interface WorkbookReport {
  readonly file: string;
  readonly tables: readonly TableFinding[];
  /** Sheets in which no table was recognised. */
  readonly ignoredSheets: readonly string[];
}

export interface PriorYearReport extends WorkbookReport {
  /** Prior-figure ids that could be computed from the tables found, and those that could not. */
  readonly figuresFound: readonly string[];
  readonly figuresMissing: readonly string[];
}

export interface ImportReport {
  readonly kind: ReportKind;
  readonly current: WorkbookReport;
  readonly prior?: PriorYearReport;
  readonly year: number;
  readonly yearFrom: 'option' | 'workbook';
  readonly unitName: string;
  readonly unitNameFrom: 'option' | 'workbook';
  readonly scope: Project['scope'];
}

export type ImportResult =
  | { readonly ok: true; readonly project: Project; readonly report: ImportReport; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly code: ImportErrorCode; readonly message: string };

export interface ImportOptions {
  /** 决算 or 预算; absent: the kind the workbook's table titles name (决算 when they name neither). */
  readonly kind?: ReportKind;
  /** Overrides the year read from titles and captions. */
  readonly year?: number;
  /** Overrides the unit name read from the 单位/部门 caption line. */
  readonly unitName?: string;
  /** Last year's published tables, for the prior-year figures. */
  readonly prior?: WorkbookSource;
}
