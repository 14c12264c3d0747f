// Bytes → worksheets, refusing what is not an .xlsx workbook (size, signature, encryption, damage)
// with a coded Chinese message that names the file.
import ExcelJS from 'exceljs';
import { ImportFailure, MAX_WORKBOOK_BYTES, type WorkbookSource } from './import-types';
import { MAX_CELLS, sheetGrid, TooManyCellsError, type SheetGrid } from './sheet-grid';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls, or an .xlsx saved with a password (then it holds "EncryptionInfo"). */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether the bytes contain `text` as UTF-16LE (how stream names are stored in a compound file). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  const first = pattern[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let k = 1; k < pattern.length; k += 1) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function tooLargeMessage(label: string, bytes: number): string {
  return `文件“${label}”大小为 ${megabytes(bytes)} MB，超过导入上限 ${megabytes(MAX_WORKBOOK_BYTES)} MB。决算公开表的工作簿通常不到 1 MB，请确认选择的文件是否正确，或删除无关的工作表后再导入。`;
}

/** Checks the size and signature before anything is parsed. */
export function checkWorkbookBytes(source: WorkbookSource): Uint8Array {
  const bytes = bytesOf(source.data);
  const label = source.label;
  if (bytes.byteLength === 0) throw new ImportFailure('empty', `文件“${label}”是空文件（0 字节），没有可导入的内容。`);
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) throw new ImportFailure('tooLarge', tooLargeMessage(label, bytes.byteLength));
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (containsUtf16(bytes, 'EncryptionInfo')) {
      throw new ImportFailure('encrypted', `文件“${label}”设有打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再导入。`);
    }
    throw new ImportFailure('notWorkbook', `文件“${label}”是旧版 Excel 97-2003 工作簿（.xls）或其他 Office 文件，不能直接导入。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new ImportFailure('notWorkbook', `文件“${label}”不是 Excel 工作簿（.xlsx）。如果是 .xls、.csv、.et 或 PDF，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。`);
  }
  return bytes;
}

function damaged(label: string, cause: unknown): ImportFailure {
  const failure = new ImportFailure('damaged', `文件“${label}”已损坏或不是完整的 Excel 工作簿（.xlsx），无法读取。请在 Excel 或 WPS 中打开确认后重新保存，再导入。`);
  failure.cause = cause;
  return failure;
}

export interface LoadedWorkbook {
  readonly grids: readonly SheetGrid[];
  /** Title, subject, keywords and description of the document properties (a year may stand there). */
  readonly properties: readonly string[];
}

/** Loads the workbook and turns every worksheet into a grid; throws ImportFailure on bad input. */
export async function loadWorkbook(source: WorkbookSource): Promise<LoadedWorkbook> {
  const bytes = checkWorkbookBytes(source);
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    await workbook.xlsx.load(copy.buffer);
  } catch (error) {
    throw damaged(source.label, error);
  }
  if (workbook.worksheets.length === 0) {
    throw new ImportFailure('notWorkbook', `文件“${source.label}”中没有任何工作表，不是可导入的 Excel 工作簿。`);
  }
  const budget = { cells: MAX_CELLS };
  const grids: SheetGrid[] = [];
  try {
    for (const sheet of workbook.worksheets) grids.push(sheetGrid(sheet, budget));
  } catch (error) {
    if (error instanceof TooManyCellsError) {
      throw new ImportFailure('tooLarge', `文件“${source.label}”的单元格超过 ${MAX_CELLS.toLocaleString('en-US')} 个，超过导入上限。请删除无关的工作表或区域后再导入。`);
    }
    throw damaged(source.label, error);
  }
  if (grids.every((grid) => grid.rows.length === 0)) {
    const names = grids.map((g) => `“${g.name}”`).join('、');
    throw new ImportFailure('empty', `文件“${source.label}”的工作表（${names}）都是空的，没有可导入的内容。`);
  }
  const properties = [workbook.title, workbook.subject, workbook.keywords, workbook.description].filter((t): t is string => typeof t === 'string' && t !== '');
  return { grids, properties };
}
