// Lays out each published table (公开01表 … 公开09表) as a format-independent grid, exactly as the
// official printout shows it; the .xlsx and .docx writers only render the grid.
import type { DerivedReport, DerivedTable } from '../derive/derived-model';
import type { ReportTemplate } from '../report/template';
import { tableLabel } from '../tables/cell-address';
import type { TableGrid } from './table-grid-model';
import { tableNotes, type GridLayout, type TableGridOptions } from './table-grid-cells';
import { blocksLayout } from './table-grid-blocks';
import { listLayout } from './table-grid-list';
import { splitCodeLayout } from './table-grid-split-code';
import { singleRowLayout } from './table-grid-single-row';
import { subjectLayout } from './table-grid-subject';
import { twoSidedLayout } from './table-grid-two-sided';

export type { ScopeWord, TableGridOptions } from './table-grid-cells';

export const AMOUNT_UNIT_LINE = '金额单位：万元';

/** Tables this wide (02, 04, 06, 09) do not fit a portrait A4 page at a readable size. */
const LANDSCAPE_FROM_COLUMNS = 9;

function layoutOf(table: DerivedTable): GridLayout {
  const definition = table.definition;
  if (definition.kind === 'subject') return definition.splitCode === undefined ? subjectLayout(table, definition) : splitCodeLayout(table, definition, definition.splitCode);
  if (definition.kind === 'list') return listLayout(table, definition);
  const layout = definition.layout;
  switch (layout.type) {
    case 'twoSided':
      return twoSidedLayout(table, definition, layout);
    case 'blocks':
      return blocksLayout(table, definition, layout);
    case 'singleRow':
      return singleRowLayout(table, definition);
    default: {
      const unknown: never = layout;
      throw new Error(`未知的表格版式：${JSON.stringify(unknown)}`);
    }
  }
}

/** {year} / {priorYear} in headers and notes (预算 07 表 "2024年预算数", 08 表 "（注：2025年没有…）"). */
function withYears(text: string, year: number | undefined): string {
  return year === undefined ? text : text.replaceAll('{priorYear}', String(year - 1)).replaceAll('{year}', String(year));
}

export function tableGrid(table: DerivedTable, options: TableGridOptions): TableGrid {
  const layout = layoutOf(table);
  const { columnWidths } = layout;
  const header = layout.header.map((row) => row.map((cell) => (cell.kind === 'header' ? { ...cell, text: withYears(cell.text, options.year) } : cell)));
  const body = layout.body;
  const columnCount = columnWidths.length;
  for (const row of [...header, ...body]) {
    if (row.length !== columnCount) throw new Error(`表格布局错误：${table.id} 的某行有 ${row.length} 格，应为 ${columnCount} 格`);
  }
  return {
    id: table.id,
    number: tableLabel(table.id),
    title: table.definition.title,
    ownerLine: options.ownerLine,
    amountUnitLine: options.amountUnitLine ?? AMOUNT_UNIT_LINE,
    columnCount,
    header,
    body,
    notes: tableNotes(table, options.scopeWord).map((note) => withYears(note, options.year)),
    ...(options.printNumber === false ? { printNumber: false } : {}),
    landscape: columnCount >= LANDSCAPE_FROM_COLUMNS,
    columnWidths,
  };
}

/** The grids of all tables of the template, in its (official) order. */
export function tableGrids(report: DerivedReport, template: ReportTemplate, options: TableGridOptions): TableGrid[] {
  return template.tables.map((definition) => tableGrid(report.table(definition.id), options));
}
