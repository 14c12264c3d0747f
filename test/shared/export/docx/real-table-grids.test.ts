// The nine tables of the bundled unit sample, laid out by table-grid.ts and written by the .docx writer.
import { beforeAll, describe, expect, it } from 'vitest';
import { tableGrids } from '../../../../shared/export/table-grid';
import type { TableGrid } from '../../../../shared/export/table-grid-model';
import { writePublicationDocx } from '../../../../shared/export/docx/write-publication-docx';
import type { Block, Publication } from '../../../../shared/publication/model';
import { analyseProject, finalAccountTemplate } from '../../../../shared/report/final-account';
import type { TableId } from '../../../../shared/tables/cell-address';
import { loadSample } from '../../../helpers/samples';
import { cellsOf, gridColumnCount, gridSpanOf, openDocx, rowsOf, sectionsOf, tablesOf, textOf, vMergeOf } from './docx-parts';

const OWNER_LINE = '单位：烟台市人民政府办公室本级';
const PAGE_BREAK: Block = { kind: 'pageBreak' };

let grids: TableGrid[];
let document: string;

beforeAll(async () => {
  const { report } = analyseProject(loadSample('final-2024-unit'));
  grids = tableGrids(report, finalAccountTemplate(), { scopeWord: '单位', ownerLine: OWNER_LINE });
  const publication: Publication = {
    cover: ['2024年度', '烟台市人民政府办公室', '本级决算'],
    tableOwnerLine: OWNER_LINE,
    scopeWord: '单位',
    draft: false,
    parts: [
      {
        id: 'tables',
        number: '第二部分',
        title: '2024年度单位决算表',
        blocks: grids.flatMap((grid, index): Block[] => [...(index === 0 ? [] : [PAGE_BREAK]), { kind: 'table', table: grid.id }]),
      },
    ],
  };
  const tables = new Map<TableId, TableGrid>(grids.map((grid) => [grid.id, grid]));
  const parts = await openDocx(await writePublicationDocx(publication, tables, new Map()));
  document = await parts.text('word/document.xml');
});

/** The written table whose 公开0N表 caption precedes it. */
function writtenTable(grid: TableGrid): string {
  const start = document.indexOf(`>${grid.number}<`);
  const table = tablesOf(document.slice(start))[0];
  if (start < 0 || table === undefined) throw new Error(`no table after ${grid.number}`);
  return table;
}

describe('writePublicationDocx with the grids of the unit sample', () => {
  it('writes all nine tables, the wide ones in landscape sections', () => {
    expect(grids.map((grid) => grid.id)).toEqual(['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09']);
    expect(tablesOf(document)).toHaveLength(9);
    const landscapeSections = sectionsOf(document).filter((section) => section.includes('w:orient="landscape"')).length;
    expect(landscapeSections).toBeGreaterThan(0);
    for (const grid of grids) expect(textOf(document)).toContain(grid.title);
  });

  it('renders every grid position: covered ones as merges, the rest as cells with the grid text', () => {
    for (const grid of grids) {
      const table = writtenTable(grid);
      const rows = rowsOf(table);
      expect(gridColumnCount(table), grid.id).toBe(grid.columnCount);
      expect(rows, grid.id).toHaveLength(grid.header.length + grid.body.length);
      [...grid.header, ...grid.body].forEach((cells, rowIndex) => {
        const written = cellsOf(rows[rowIndex] ?? '');
        expect(written.reduce((sum, cell) => sum + gridSpanOf(cell), 0), `${grid.id} row ${rowIndex}`).toBe(grid.columnCount);
        let column = 0;
        for (const cell of written) {
          const source = cells[column];
          const label = `${grid.id} row ${rowIndex} column ${column}`;
          if (vMergeOf(cell) === 'continue') {
            expect(source?.covered, label).toBe(true);
          } else {
            expect(source?.covered, label).not.toBe(true);
            expect(textOf(cell), label).toBe(source?.text);
            expect(gridSpanOf(cell), label).toBe(source?.colSpan ?? 1);
          }
          column += gridSpanOf(cell);
        }
        const header = rowIndex < grid.header.length;
        expect(rows[rowIndex]?.includes('<w:tblHeader/>'), `${grid.id} row ${rowIndex}`).toBe(header);
      });
    }
  });

  it('prints every non-blank amount of every table', () => {
    let amounts = 0;
    for (const grid of grids) {
      const text = textOf(writtenTable(grid));
      for (const cell of grid.body.flat()) {
        if (cell.kind !== 'amount' || cell.text === '') continue;
        amounts += 1;
        expect(text, grid.id).toContain(cell.text);
      }
    }
    expect(amounts).toBeGreaterThan(100);
    const fa01 = grids.find((grid) => grid.id === 'FA01');
    if (fa01 === undefined) throw new Error('no 公开01表');
    expect(textOf(writtenTable(fa01))).toContain('8,683.15');
  });
});
