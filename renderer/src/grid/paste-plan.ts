// Where pasted cells go. A block pasted on amounts fills the input cells it covers (read-only cells are
// skipped and counted). A block pasted on the 科目编码 column, as copied from a finance printout with
// code, name and amounts, adds the 项 rows it names and fills their amounts: 类 and 款 lines of the
// block are left to the derivation.
import type { DerivedReport } from '../../../shared/derive/derived-model';
import { parseAmountInput } from '../../../shared/money/money';
import type { Project } from '../../../shared/project/schema';
import type { TableId } from '../../../shared/tables/cell-address';
import { setListText } from '../state/list-edits';
import { addSubjectRow, setCells, type CellEntry } from '../state/project-edits';
import type { EditGrid } from './edit-layout';

export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export interface PasteResult {
  readonly project: Project;
  readonly applied: number;
  /** Pasted values that landed on read-only or empty positions. */
  readonly skipped: number;
  readonly rejected: readonly string[];
  /** 科目 rows the paste added. */
  readonly added: readonly string[];
}

const SUBJECT_CODE = /^\d{3}(\d{2}){0,2}$/;

interface TextEntry {
  readonly row: string;
  readonly field: string;
  readonly text: string;
}

/** The input cells a block covers from `anchor`, by grid position; list rows also take names and 项目类别. */
function positionalEntries(grid: EditGrid, report: DerivedReport, anchor: GridPosition, block: readonly (readonly string[])[]): { entries: CellEntry[]; texts: TextEntry[]; skipped: number } {
  const entries: CellEntry[] = [];
  const texts: TextEntry[] = [];
  let skipped = 0;
  block.forEach((line, i) => {
    const row = grid.rows[anchor.row + i];
    line.forEach((raw, j) => {
      const cell = row?.cells[anchor.column + j];
      if (cell?.kind === 'amount' && report.cell(cell.address)?.kind === 'input') entries.push({ address: cell.address, raw });
      else if (cell?.kind === 'text' && raw.trim() !== '') texts.push({ row: cell.row, field: cell.field, text: raw });
      else if (raw.trim() !== '') skipped += 1;
    });
  });
  return { entries, texts, skipped };
}

/** Lines of a block pasted on the code column: [code, name?, amounts…]. */
function codedEntries(
  project: Project,
  grid: EditGrid,
  report: DerivedReport,
  block: readonly (readonly string[])[],
): { project: Project; entries: CellEntry[]; skipped: number; added: string[]; rejected: string[] } {
  const definition = report.table(grid.table).definition;
  const columns = definition.columns;
  const codes = block.map((line) => (line[0] ?? '').replace(/\s/g, ''));
  const isParent = (code: string): boolean => codes.some((other) => other !== code && other.startsWith(code));
  const firstInput = columns.find((c) => c.formula === undefined)?.key;
  // A 类 or 款 already in the table with 项 beneath it is derived as well.
  const derivedRow = (code: string): boolean => firstInput !== undefined && report.cell({ table: grid.table, row: code, column: firstInput })?.kind === 'derived';
  let next = project;
  const entries: CellEntry[] = [];
  const added: string[] = [];
  const rejected: string[] = [];
  let skipped = 0;
  block.forEach((line, i) => {
    const code = codes[i] ?? '';
    if (!SUBJECT_CODE.test(code)) {
      if (line.some((cell) => cell.trim() !== '')) rejected.push(`“${code}”不是科目编码`);
      return;
    }
    if (isParent(code) || derivedRow(code)) {
      skipped += line.slice(1).filter((cell) => parseAmountInput(cell) !== undefined && cell.trim() !== '').length;
      return;
    }
    if (!(next.tables[grid.table]?.rows ?? []).some((r) => r.row === code)) {
      const outcome = addSubjectRow(next, grid.table, code);
      if (!outcome.ok) {
        rejected.push(outcome.message);
        return;
      }
      next = outcome.project;
      added.push(code);
    }
    // A name column is present when the second cell is not an amount (or blank).
    const second = line[1] ?? '';
    const amounts = second.trim() === '' || parseAmountInput(second) === undefined ? line.slice(2) : line.slice(1);
    amounts.forEach((raw, k) => {
      const column = columns[k];
      if (column === undefined || column.formula !== undefined) {
        if (raw.trim() !== '') skipped += 1;
        return;
      }
      entries.push({ address: { table: grid.table, row: code, column: column.key }, raw });
    });
  });
  return { project: next, entries, skipped, added, rejected };
}

export function pasteBlock(
  project: Project,
  grid: EditGrid,
  report: DerivedReport,
  anchor: GridPosition,
  block: readonly (readonly string[])[],
  subjectTables: ReadonlySet<TableId>,
): PasteResult {
  const onCodes = grid.subject && (anchor.row >= grid.rows.length || (anchor.column === 0 && grid.rows[anchor.row]?.level !== 0));
  if (onCodes) {
    const coded = codedEntries(project, grid, report, block);
    const result = setCells(coded.project, coded.entries, subjectTables);
    return { project: result.project, applied: result.applied, skipped: coded.skipped, rejected: [...coded.rejected, ...result.rejected], added: coded.added };
  }
  const { entries, texts, skipped } = positionalEntries(grid, report, anchor, block);
  const named = texts.reduce((p, t) => setListText(p, grid.table, t.row, t.field, t.text), project);
  const result = setCells(named, entries, subjectTables);
  const renamed = named === project ? 0 : texts.length;
  return { project: result.project, applied: result.applied + renamed, skipped, rejected: result.rejected, added: [] };
}

/** A single copied value pasted on a larger selection fills the whole selection (as in Excel). */
export function fitBlock(block: readonly (readonly string[])[], rows: number, columns: number): string[][] {
  const only = block.length === 1 && block[0]?.length === 1 ? block[0][0] : undefined;
  if (only === undefined || (rows === 1 && columns === 1)) return block.map((line) => [...line]);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => only));
}
