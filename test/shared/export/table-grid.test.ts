import { describe, it, expect } from 'vitest';
import { loadSample, type SampleName } from '../../helpers/samples';
import { readSeedTables } from '../../fixtures/seed-tables';
import { analyseProject, finalAccountTemplate } from '../../../shared/report/final-account';
import { tableGrids } from '../../../shared/export/table-grid';
import type { TableGrid, TableGridCell } from '../../../shared/export/table-grid-model';
import { Decimal, formatTableAmount } from '../../../shared/money/money';
import type { TableId } from '../../../shared/tables/cell-address';

type Rows = readonly (readonly TableGridCell[])[];

const SAMPLES: readonly { sample: SampleName; seed: string; scopeWord: '单位' | '部门'; ownerLine: string }[] = [
  { sample: 'final-2024-unit', seed: '000-final-2024-unit.txt', scopeWord: '单位', ownerLine: '单位：烟台市人民政府办公室本级' },
  { sample: 'final-2024-department', seed: '003-final-2024-department.txt', scopeWord: '部门', ownerLine: '部门：聊城市政府办公室（汇总）' },
];
const SUBJECT_TABLES: readonly TableId[] = ['FA02', 'FA03', 'FA05', 'FA07', 'FA08'];

function gridsOf(sample: SampleName, scopeWord: '单位' | '部门', ownerLine: string): Map<TableId, TableGrid> {
  const { report } = analyseProject(loadSample(sample));
  return new Map(tableGrids(report, finalAccountTemplate(), { scopeWord, ownerLine }).map((grid) => [grid.id, grid]));
}

function at(rows: Rows, row: number, column: number): TableGridCell {
  const cell = rows[row]?.[column];
  if (cell === undefined) throw new Error(`no cell at ${row}/${column}`);
  return cell;
}

/** 栏次 of each column position, read from the last header row. */
function columnNumbers(grid: TableGrid): string[] {
  return (grid.header.at(-1) ?? []).map((cell) => cell.text);
}

/** The master cell of the merge (or plain cell) that covers a position. */
function masterOf(rows: Rows, row: number, column: number): TableGridCell {
  for (let r = row; r >= 0; r -= 1) {
    for (let c = column; c >= 0; c -= 1) {
      const cell = at(rows, r, c);
      if (cell.covered === true) continue;
      if (r + (cell.rowSpan ?? 1) > row && c + (cell.colSpan ?? 1) > column) return cell;
    }
  }
  throw new Error(`no master for ${row}/${column}`);
}

/** The nearest cell left of a column that satisfies a test. */
function leftOf(row: readonly TableGridCell[], column: number, test: (cell: TableGridCell) => boolean): TableGridCell | undefined {
  for (let c = column - 1; c >= 0; c -= 1) {
    const cell = row[c];
    if (cell !== undefined && test(cell)) return cell;
  }
  return undefined;
}

/** Row address of a printed amount at a body position, the way final-account-tables.md §0 names it. */
function rowAddress(grid: TableGrid, row: readonly TableGridCell[], column: number): string {
  if (grid.id === 'FA09') return '1';
  if (grid.id === 'FA01' || grid.id === 'FA04') {
    const rowNo = leftOf(row, column, (cell) => cell.kind === 'rowNo');
    return rowNo?.text ?? '?';
  }
  if (grid.id === 'FA06') {
    const code = row[Math.floor(column / 3) * 3];
    if (code?.kind === 'code') return code.text;
    const label = leftOf(row, column, (cell) => cell.kind === 'label');
    return label?.text === '人员经费合计' ? 'personnelTotal' : label?.text === '公用经费合计' ? 'operatingTotal' : '?';
  }
  return row[0]?.text === '合 计' ? 'TOTAL' : (row[0]?.text ?? '?');
}

/** Every printed amount of the grid keyed like readSeedTables: `FA03[2010301].c1` → "2936.14". */
function printedCells(grid: TableGrid): Map<string, string> {
  const numbers = columnNumbers(grid);
  const cells = new Map<string, string>();
  for (const row of grid.body) {
    row.forEach((cell, column) => {
      if (cell.kind !== 'amount' || cell.amount === undefined) return;
      const columnKey = grid.id === 'FA06' ? 'c1' : `c${numbers[column] ?? '?'}`;
      cells.set(`${grid.id}[${rowAddress(grid, row, column)}].${columnKey}`, cell.amount);
    });
  }
  return cells;
}

function seedCellsOf(all: Map<string, string>, id: TableId): Map<string, string> {
  return new Map([...all].filter(([key]) => key.startsWith(`${id}[`)));
}

/** Every row has columnCount cells and the covered positions are exactly those inside a merge. */
function expectConsistentMerges(grid: TableGrid, rows: Rows): void {
  const coveredBy = rows.map((row) => row.map(() => 0));
  rows.forEach((row, r) => {
    expect(row, `${grid.id} row ${r}`).toHaveLength(grid.columnCount);
    row.forEach((cell, c) => {
      if (cell.covered === true) return;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      expect(r + rowSpan, `${grid.id} ${r}/${c} rowSpan`).toBeLessThanOrEqual(rows.length);
      expect(c + colSpan, `${grid.id} ${r}/${c} colSpan`).toBeLessThanOrEqual(grid.columnCount);
      for (let i = r; i < r + rowSpan; i += 1) {
        for (let j = c; j < c + colSpan; j += 1) {
          if (i === r && j === c) continue;
          const line = coveredBy[i];
          if (line !== undefined) line[j] = (line[j] ?? 0) + 1;
        }
      }
    });
  });
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      expect(coveredBy[r]?.[c], `${grid.id} ${r}/${c} covered`).toBe(cell.covered === true ? 1 : 0);
    }),
  );
}

function texts(row: readonly TableGridCell[] | undefined): string[] {
  return (row ?? []).map((cell) => (cell.covered === true ? '~' : cell.text));
}

describe.each(SAMPLES)('table grids of $sample', ({ sample, seed, scopeWord, ownerLine }) => {
  const grids = gridsOf(sample, scopeWord, ownerLine);
  const seedTables = readSeedTables(seed);
  const grid = (id: TableId): TableGrid => {
    const found = grids.get(id);
    if (found === undefined) throw new Error(`${id} missing`);
    return found;
  };

  it('lays out the nine tables in official order with their captions', () => {
    expect([...grids.keys()]).toEqual(['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09']);
    expect(grid('FA01').number).toBe('公开01表');
    expect(grid('FA09').title).toBe('财政拨款“三公”经费支出决算表');
    for (const g of grids.values()) {
      expect(g.ownerLine).toBe(ownerLine);
      expect(g.amountUnitLine).toBe('金额单位：万元');
      expect(g.columnWidths).toHaveLength(g.columnCount);
      expect(g.landscape, g.id).toBe(['FA02', 'FA04', 'FA06', 'FA09'].includes(g.id));
      expectConsistentMerges(g, g.header);
      expectConsistentMerges(g, g.body);
    }
  });

  it('prints exactly the seed figures, each at its row and 栏次', () => {
    for (const g of grids.values()) {
      const expected = seedCellsOf(seedTables.cells, g.id);
      if (g.id !== 'FA07' && g.id !== 'FA08') expect(expected.size, g.id).toBeGreaterThan(0);
      expect(printedCells(g), g.id).toEqual(expected);
      for (const row of g.body) {
        for (const cell of row) {
          if (cell.kind !== 'amount') continue;
          expect(cell.text).toBe(cell.amount === undefined ? '' : formatTableAmount(new Decimal(cell.amount)));
        }
      }
    }
  });

  it('prints the 科目 rows of the seed in the same order, 合计 first', () => {
    for (const id of SUBJECT_TABLES) {
      const g = grid(id);
      const printed = g.body.map((row) => (row[0]?.text === '合 计' ? { code: 'TOTAL', name: '合计' } : { code: row[0]?.text, name: row[1]?.text }));
      expect(printed, id).toEqual(seedTables.subjectRows.get(id));
      expect(at(g.body, 0, 0)).toMatchObject({ text: '合 计', kind: 'label', colSpan: 2 });
      expect(at(g.body, 0, 1).covered).toBe(true);
    }
  });

  it('prints every economic row of 06 in its block, totals on the last line', () => {
    const g = grid('FA06');
    const names = new Map(g.body.flatMap((row) => row.flatMap((cell, c) => (cell.kind === 'code' ? [[cell.text, row[c + 1]?.text]] : []))));
    // Seed 003 prints one name with ASCII parentheses (PDF extraction); the template uses full-width ones.
    const fullWidth = (name: string): string => name.replace('(', '（').replace(')', '）');
    for (const [code, name] of seedTables.economicNames) expect(names.get(code), code).toBe(fullWidth(name));
    const last = g.body.at(-1) ?? [];
    expect(last[0]).toMatchObject({ text: '人员经费合计', colSpan: 2 });
    expect(last[3]).toMatchObject({ text: '公用经费合计', colSpan: 5 });
    expect(last[8]?.kind).toBe('amount');
    expect(g.body).toHaveLength(34 + 1);
  });

  it('keeps the note, or the no-data note of a table without figures', () => {
    expect(grid('FA01').notes).toEqual([`注：1. 本表反映${scopeWord}本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。`]);
    expect(grid('FA08').notes).toEqual([`注：本${scopeWord}没有使用国有资本经营预算安排的支出，故本表无数据。`]);
    expect(grid('FA09').notes[0]).toMatch(new RegExp(`^注：本表反映${scopeWord}本年度财政拨款“三公”经费支出预决算情况。`));
    expect(grid('FA08').body).toHaveLength(1);
    expect(texts(grid('FA08').body[0])).toEqual(['合 计', '~', '', '', '']);
  });
});

describe('table grid layouts (seed 000)', () => {
  const grids = gridsOf('final-2024-unit', '单位', '单位：烟台市人民政府办公室本级');
  const grid = (id: TableId): TableGrid => grids.get(id) ?? expect.unreachable(`${id} missing`);

  it('01: 收 入 | 支 出 over two sides, 行次 27 shows 8,679.94 in the left amount column', () => {
    const g = grid('FA01');
    expect(texts(g.header[0])).toEqual(['收 入', '~', '~', '支 出', '~', '~']);
    expect(texts(g.header[1])).toEqual(['项 目', '行次', '金 额', '项 目', '行次', '金 额']);
    expect(texts(g.header[2])).toEqual(['栏 次', '', '1', '栏 次', '', '2']);
    const line = g.body.find((row) => row[1]?.text === '27');
    expect(texts(line)).toEqual(['本年收入合计', '27', '8,679.94', '本年支出合计', '58', '8,681.27']);
    expect(line?.[2]).toMatchObject({ kind: 'amount', amount: '8679.94' });
    // Spacer rows print their 行次 with a blank label.
    expect(texts(g.body[8])).toEqual(['', '9', '', '九、卫生健康支出', '40', '157.97']);
    expect(g.body).toHaveLength(31);
  });

  it('04: the expenditure side has 合计 and the three funds', () => {
    const g = grid('FA04');
    expect(at(g.header, 0, 3)).toMatchObject({ text: '支 出', colSpan: 6 });
    expect(texts(g.header[1]).slice(3)).toEqual(['项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
    expect(texts(g.header[2])).toEqual(['栏 次', '', '1', '栏 次', '', '2', '3', '4', '5']);
    expect(texts(g.body.at(-1))).toEqual(['总计', '32', '8,679.27', '总计', '64', '8,679.27', '8,679.27', '', '']);
  });

  it('03 and 05: 项 目 over the code columns, group headers merged, 栏 次 row', () => {
    const fa03 = grid('FA03');
    expect(at(fa03.header, 0, 0)).toMatchObject({ text: '项 目', colSpan: 2 });
    expect(at(fa03.header, 0, 2)).toMatchObject({ text: '本年支出合计', rowSpan: 2 });
    expect(texts(fa03.header[1])).toEqual(['科目编码', '科目名称', '~', '~', '~', '~', '~', '~']);
    expect(at(fa03.header, 2, 0)).toMatchObject({ text: '栏 次', colSpan: 2 });
    const row = fa03.body.find((cells) => cells[0]?.text === '2010301');
    expect(texts(row)).toEqual(['2010301', '行政运行', '2,936.14', '2,936.14', '', '', '', '']);
    expect(row?.[0]?.kind).toBe('code');

    const fa05 = grid('FA05');
    expect(texts(fa05.header[0])).toEqual(['项 目', '~', '本年支出', '~', '~']);
    expect(at(fa05.header, 0, 2).colSpan).toBe(3);
    expect(texts(fa05.header[1])).toEqual(['科目编码', '科目名称', '小 计', '基本支出', '项目支出']);
    expect(texts(fa05.header[2])).toEqual(['栏 次', '~', '1', '2', '3']);
  });

  it('06: 人员经费 over block A, 公用经费 over blocks B and C; 30239 in block B', () => {
    const g = grid('FA06');
    expect(at(g.header, 0, 0)).toMatchObject({ text: '人员经费', colSpan: 3 });
    expect(at(g.header, 0, 3)).toMatchObject({ text: '公用经费', colSpan: 6 });
    expect(texts(g.header[1])).toEqual(['科目编码', '科目名称', '金额', '科目编码', '科目名称', '金额', '科目编码', '科目名称', '金额']);
    expect(g.header).toHaveLength(2);
    const line = g.body.find((row) => row[3]?.text === '30239');
    expect(line?.[5]).toMatchObject({ text: '93.31', amount: '93.31' });
    // Every fixed row is printed, zero or not; a shorter block leaves blank cells.
    expect(texts(g.body.find((r) => r[6]?.text === '30703')).slice(6)).toEqual(['30703', '国内债务发行费用', '']);
    expect(texts(g.body[28]).slice(0, 6)).toEqual(['', '', '', '', '', '']);
    expect(texts(g.body.at(-1))).toEqual(['人员经费合计', '~', '3,203.87', '公用经费合计', '~', '~', '~', '~', '620.98']);
  });

  it('07: empty table keeps its header and an empty 合计 row, with the no-data note', () => {
    const g = grid('FA07');
    expect(texts(g.header[0])).toEqual(['项 目', '~', '年初结转和结余', '本年收入', '本年支出', '~', '~', '年末结转和结余']);
    expect(at(g.header, 0, 2).rowSpan).toBe(2);
    expect(texts(g.header[1])).toEqual(['科目编码', '科目名称', '~', '~', '小 计', '基本支出', '项目支出', '~']);
    expect(texts(g.body[0])).toEqual(['合 计', '~', '', '', '', '', '', '']);
    expect(g.body).toHaveLength(1);
    expect(g.notes).toEqual(['注：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。']);
  });

  it('09: three header rows over twelve columns, 栏次 1–12, one data row', () => {
    const g = grid('FA09');
    expect(g.header).toHaveLength(4);
    expect(at(g.header, 0, 0)).toMatchObject({ text: '预 算 数', colSpan: 6 });
    expect(at(g.header, 0, 6)).toMatchObject({ text: '决 算 数', colSpan: 6 });
    expect(at(g.header, 1, 0)).toMatchObject({ text: '合 计', rowSpan: 2 });
    expect(at(g.header, 1, 2)).toMatchObject({ text: '公务用车购置及运行维护费', colSpan: 3 });
    expect(texts(g.header[2])).toEqual(['~', '~', '小计', '公务用车购置费', '公务用车运行维护费', '~', '~', '~', '小计', '公务用车购置费', '公务用车运行维护费', '~']);
    expect(masterOf(g.header, 2, 5).text).toBe('公务接待费');
    expect(texts(g.header[3])).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(texts(g.body[0])).toEqual(['283.54', '131.89', '48.49', '17.95', '30.54', '103.16', '283.54', '131.89', '48.49', '17.95', '30.54', '103.16']);
  });
});

describe('table grid of seed 003', () => {
  it('07 prints the 政府性基金 rows and keeps the normal note', () => {
    const g = gridsOf('final-2024-department', '部门', '部门：聊城市政府办公室（汇总）').get('FA07');
    expect(g?.notes).toEqual(['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。']);
    expect(texts(g?.body[3])).toEqual(['2120899', '其他国有土地使用权出让收入安排的支出', '', '129.11', '129.11', '', '129.11', '']);
  });
});
