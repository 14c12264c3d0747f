// Builds .xlsx fixtures with exceljs from the printed cells of a seed report, in a given layout.
import ExcelJS from 'exceljs';
import { finalAccountTemplate } from '../../../shared/report/final-account';
import { FINAL_ACCOUNT_TABLE_IDS, type TableId } from '../../../shared/tables/cell-address';
import type { FixedTableDefinition, SubjectTableDefinition, TableDefinition } from '../../../shared/tables/definition';
import { readSeedTables } from '../../fixtures/seed-tables';
import { amountCell, shuffled, type FixtureLayout } from './fixture-layouts';

export interface SeedSource {
  readonly file: string;
  readonly year: number;
  readonly unitName: string;
  readonly scope: 'unit' | 'department';
}

export const UNIT_SEED: SeedSource = { file: '000-final-2024-unit.txt', year: 2024, unitName: '烟台市人民政府办公室', scope: 'unit' };
export const DEPARTMENT_SEED: SeedSource = { file: '003-final-2024-department.txt', year: 2024, unitName: '聊城市政府办公室', scope: 'department' };

type Value = string | number | undefined;

/** Writes cells relative to a left column, one table after another. */
class Writer {
  row = 1;
  salt = 0;
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly left: number,
  ) {}
  put(row: number, column: number, value: Value): void {
    if (value === undefined) return;
    this.sheet.getCell(row, this.left + column).value = value;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.sheet.mergeCells(top, this.left + left, bottom, this.left + right);
  }
}

interface Context {
  readonly layout: FixtureLayout;
  readonly seed: SeedSource;
  readonly cells: ReadonlyMap<string, string>;
  readonly subjectRows: ReadonlyMap<string, readonly { code: string; name: string }[]>;
  readonly economicNames: ReadonlyMap<string, string>;
}

function amount(ctx: Context, w: Writer, key: string): Value {
  w.salt += 1;
  return amountCell(ctx.layout, ctx.cells.get(key), w.salt);
}

function leaf(ctx: Context, text: string): string {
  return ctx.layout.unitIn === 'header' ? `${text}（${ctx.layout.amountUnit === 'yuan' ? '元' : '万元'}）` : text;
}

/** Header paths placed from `top`: equal adjacent prefixes merge across, a leaf spans down. */
function pathHeader(w: Writer, top: number, left: number, depth: number, paths: readonly (readonly string[])[]): void {
  for (let level = 0; level < depth; level += 1) {
    let i = 0;
    while (i < paths.length) {
      const path = paths[i] ?? [];
      const text = path[level];
      if (text === undefined) {
        i += 1;
        continue;
      }
      const isLeaf = level === path.length - 1;
      let end = i + 1;
      while (!isLeaf && end < paths.length && paths[end]?.slice(0, level + 1).join('/') === path.slice(0, level + 1).join('/')) end += 1;
      w.put(top + level, left + i, text);
      w.merge(top + level, left + i, isLeaf ? top + depth - 1 : top + level, left + end - 1);
      i = end;
    }
  }
}

function caption(ctx: Context, w: Writer, definition: TableDefinition, width: number): void {
  const { layout, seed } = ctx;
  w.row += layout.gapRows;
  const label = `公开${definition.id.slice(2)}表`;
  if (layout.label === 'above') w.put(w.row++, width - 1, label);
  if (!layout.untitled.has(definition.id)) {
    const title = { plain: definition.title, withYear: `${seed.year}年度${definition.title}`, withUnitAndYear: `${seed.unitName}${seed.year}年度${definition.title}` }[layout.title];
    w.put(w.row, 0, title);
    if (layout.header === 'merged') w.merge(w.row, 0, w.row, width - 1);
    w.row += 1;
  }
  if (layout.label === 'right') w.put(w.row++, width - 1, label);
  const owner = seed.scope === 'unit' ? `单位：${seed.unitName}本级` : `部门：${seed.unitName}（汇总）`;
  const unitLine = `金额单位：${layout.amountUnit === 'yuan' ? '元' : '万元'}`;
  const withUnit = layout.unitIn === 'caption';
  if (layout.owner === 'combined') w.put(w.row++, 0, withUnit ? `${owner}\u3000\u3000\u3000\u3000${unitLine}` : owner);
  else if (layout.owner === 'separate' || withUnit) {
    if (layout.owner === 'separate') w.put(w.row, 0, owner);
    if (withUnit) w.put(w.row, width - 1, unitLine);
    w.row += 1;
  }
}

function note(ctx: Context, w: Writer, definition: TableDefinition): void {
  if (!ctx.layout.notes) return;
  w.put(w.row++, 0, (definition.note ?? '').replaceAll('{scopeWord}', ctx.seed.scope === 'unit' ? '单位' : '部门'));
}

function flatWord(definition: TableDefinition, path: readonly string[]): string {
  const own = path.at(-1) ?? '';
  if (own.replace(/\s/g, '') !== '小计') return own;
  return definition.id === 'FA07' ? '本年支出小计' : '本年支出合计';
}

function subjectTable(ctx: Context, w: Writer, definition: SubjectTableDefinition): void {
  const { layout } = ctx;
  const stub = layout.codes === 'split' ? ['类', '款', '项', '科目名称'] : layout.codes === 'combined' ? ['项 目'] : ['科目编码', '科目名称'];
  const amountLeft = stub.length + (layout.spacerColumn ? 1 : 0);
  const columns = layout.shuffleColumns ? shuffled(definition.columns) : [...definition.columns];
  const width = amountLeft + columns.length;
  caption(ctx, w, definition, width);
  const top = w.row;
  if (layout.header === 'merged') {
    const depth = Math.max(2, ...columns.map((c) => c.header.length));
    if (stub.length > 1) {
      w.put(top, 0, '项 目');
      w.merge(top, 0, top + depth - 2, stub.length - 1);
      stub.forEach((text, i) => w.put(top + depth - 1, i, text));
    } else pathHeader(w, top, 0, depth, [stub]);
    pathHeader(w, top, amountLeft, depth, columns.map((c) => [...c.header.slice(0, -1), leaf(ctx, c.header.at(-1) ?? '')]));
    w.row += depth;
  } else {
    stub.forEach((text, i) => w.put(top, i, text));
    columns.forEach((c, i) => w.put(top, amountLeft + i, leaf(ctx, flatWord(definition, c.header))));
    w.row += 1;
  }
  if (layout.columnNumbers) {
    w.put(w.row, 0, '栏 次');
    w.merge(w.row, 0, w.row, stub.length - 1);
    columns.forEach((c, i) => w.put(w.row, amountLeft + i, c.no));
    w.row += 1;
  }
  for (const { code, name } of ctx.subjectRows.get(definition.id) ?? []) {
    const r = w.row++;
    if (code === 'TOTAL') {
      w.put(r, layout.header === 'merged' ? 0 : stub.length - 1, layout.header === 'merged' ? '合 计' : '合计');
      if (layout.header === 'merged') w.merge(r, 0, r, stub.length - 1);
    } else if (layout.codes === 'split') {
      w.put(r, 0, Number(code.slice(0, 3)));
      w.put(r, 1, code.length >= 5 ? code.slice(3, 5) : undefined);
      w.put(r, 2, code.length === 7 ? code.slice(5, 7) : undefined);
      w.put(r, 3, name);
    } else if (layout.codes === 'combined') {
      w.put(r, 0, `${code} ${name}`);
    } else {
      w.put(r, 0, layout.codes === 'number' ? Number(code) : code);
      w.put(r, 1, name);
    }
    columns.forEach((c, i) => w.put(r, amountLeft + i, amount(ctx, w, `${definition.id}[${code}].${c.key}`)));
  }
  note(ctx, w, definition);
}

function stripOrdinal(ctx: Context, label: string): string {
  return ctx.layout.ordinals ? label : label.replace(/^[一二三四五六七八九十]+、/, '');
}

function twoSidedTable(ctx: Context, w: Writer, definition: FixedTableDefinition): void {
  if (definition.layout.type !== 'twoSided') return;
  const { layout } = ctx;
  const stubWidth = layout.rowNumbers ? 2 : 1;
  const sides = definition.layout.sides.map((side) => ({ side, columns: side.columns.flatMap((key) => definition.columns.filter((c) => c.key === key)) }));
  const width = sides.reduce((n, s) => n + stubWidth + s.columns.length, 0);
  caption(ctx, w, definition, width);
  const top = w.row;
  let left = 0;
  const grouped = layout.header === 'merged';
  for (const { side, columns } of sides) {
    if (grouped) {
      w.put(top, left, side.title);
      w.merge(top, left, top, left + stubWidth + columns.length - 1);
    }
    const row = grouped ? top + 1 : top;
    w.put(row, left, side.labelHeader);
    if (layout.rowNumbers) w.put(row, left + 1, side.rowNoHeader);
    columns.forEach((c, i) => w.put(row, left + stubWidth + i, leaf(ctx, c.header.at(-1) ?? '')));
    if (layout.columnNumbers) {
      w.put(row + 1, left, '栏 次');
      columns.forEach((c, i) => w.put(row + 1, left + stubWidth + i, c.no));
    }
    left += stubWidth + columns.length;
  }
  w.row = top + (grouped ? 2 : 1) + (layout.columnNumbers ? 1 : 0);
  const department = ctx.seed.scope === 'department';
  for (const line of definition.layout.lines) {
    const r = w.row++;
    let at = 0;
    line.forEach((key, s) => {
      const columns = sides[s]?.columns ?? [];
      const row = definition.rows.find((d) => d.key === key);
      if (row !== undefined) {
        const label = department && definition.id === 'FA01' && row.key === '28' ? '使用非财政拨款结余' : row.label;
        w.put(r, at, label === '' ? undefined : stripOrdinal(ctx, label));
        if (layout.rowNumbers) w.put(r, at + 1, row.rowNo);
        columns.forEach((c, i) => w.put(r, at + stubWidth + i, amount(ctx, w, `${definition.id}[${row.key}].${c.key}`)));
      }
      at += stubWidth + columns.length;
    });
  }
  note(ctx, w, definition);
}

function codeValue(ctx: Context, code: string): string | number {
  return ctx.layout.codes === 'number' || ctx.layout.codes === 'split' ? Number(code) : code;
}

function blocksTable(ctx: Context, w: Writer, definition: FixedTableDefinition): void {
  if (definition.layout.type !== 'blocks') return;
  const blocks = definition.layout.blocks.map((b) => ({ group: b.group, rows: b.rows.filter((code) => ctx.economicNames.has(code)) }));
  const spacer = ctx.layout.spacerColumn ? 1 : 0;
  const personnel = '人员经费合计';
  const operating = '公用经费合计';
  if (ctx.layout.economicList) {
    caption(ctx, w, definition, 3);
    ['科目编码', '科目名称', leaf(ctx, '金额')].forEach((t, i) => w.put(w.row, i, t));
    w.row += 1;
    for (const block of blocks) {
      for (const code of block.rows) {
        const r = w.row++;
        w.put(r, 0, codeValue(ctx, code));
        w.put(r, 1, ctx.economicNames.get(code));
        w.put(r, 2, amount(ctx, w, `FA06[${code}].c1`));
      }
    }
    for (const [label, key] of [[personnel, 'personnelTotal'], [operating, 'operatingTotal']] as const) {
      const r = w.row++;
      w.put(r, 0, label);
      w.put(r, 2, amount(ctx, w, `FA06[${key}].c1`));
    }
    note(ctx, w, definition);
    return;
  }
  const blockWidth = 3 + spacer;
  caption(ctx, w, definition, blockWidth * 3);
  const top = w.row;
  w.put(top, 0, blocks[0]?.group);
  w.merge(top, 0, top, blockWidth - 1);
  w.put(top, blockWidth, blocks[1]?.group);
  w.merge(top, blockWidth, top, blockWidth * 3 - 1);
  blocks.forEach((_, b) => ['科目编码', '科目名称', leaf(ctx, '金额')].forEach((t, i) => w.put(top + 1, b * blockWidth + (i === 2 ? 2 + spacer : i), t)));
  w.row = top + 2;
  const lines = Math.max(...blocks.map((b) => b.rows.length));
  for (let i = 0; i < lines; i += 1) {
    const r = w.row++;
    blocks.forEach((block, b) => {
      const code = block.rows[i];
      if (code === undefined) return;
      w.put(r, b * blockWidth, codeValue(ctx, code));
      w.put(r, b * blockWidth + 1, ctx.economicNames.get(code));
      w.put(r, b * blockWidth + 2 + spacer, amount(ctx, w, `FA06[${code}].c1`));
    });
  }
  const r = w.row++;
  w.put(r, 0, personnel);
  w.merge(r, 0, r, 1);
  w.put(r, 2 + spacer, amount(ctx, w, 'FA06[personnelTotal].c1'));
  w.put(r, blockWidth, operating);
  w.merge(r, blockWidth, r, blockWidth * 2 + 1);
  w.put(r, blockWidth * 2 + 2 + spacer, amount(ctx, w, 'FA06[operatingTotal].c1'));
  note(ctx, w, definition);
}

function singleRowTable(ctx: Context, w: Writer, definition: FixedTableDefinition): void {
  const labelColumn = ctx.layout.threePublicLabel ? 1 : 0;
  const width = labelColumn + definition.columns.length;
  caption(ctx, w, definition, width);
  const top = w.row;
  const depth = Math.max(...definition.columns.map((c) => c.header.length));
  if (labelColumn === 1) {
    w.put(top, 0, '项目');
    w.merge(top, 0, top + depth - 1, 0);
  }
  pathHeader(w, top, labelColumn, depth, definition.columns.map((c) => [...c.header.slice(0, -1), leaf(ctx, c.header.at(-1) ?? '')]));
  w.row = top + depth;
  if (ctx.layout.columnNumbers) {
    definition.columns.forEach((c, i) => w.put(w.row, labelColumn + i, c.no));
    w.row += 1;
  }
  const r = w.row++;
  if (labelColumn === 1) w.put(r, 0, '金额');
  definition.columns.forEach((c, i) => w.put(r, labelColumn + i, amount(ctx, w, `FA09[1].${c.key}`)));
  note(ctx, w, definition);
}

function writeTable(ctx: Context, w: Writer, definition: TableDefinition): void {
  if (definition.kind === 'subject') return subjectTable(ctx, w, definition);
  if (definition.kind === 'list') throw new Error(`fixture: ${definition.id} is a budget table`);
  if (definition.layout.type === 'twoSided') return twoSidedTable(ctx, w, definition);
  if (definition.layout.type === 'blocks') return blocksTable(ctx, w, definition);
  return singleRowTable(ctx, w, definition);
}

export interface FixtureOptions {
  /** Tables to leave out (a workbook that lacks some). */
  readonly omit?: readonly TableId[];
}

/** The workbook object, for tests that damage it further before writing. */
export function fixtureWorkbook(seed: SeedSource, layout: FixtureLayout, options: FixtureOptions = {}): ExcelJS.Workbook {
  const tables = readSeedTables(seed.file);
  const ctx: Context = { layout, seed, cells: tables.cells, subjectRows: tables.subjectRows, economicNames: tables.economicNames };
  const workbook = new ExcelJS.Workbook();
  if (layout.tocSheet) {
    const toc = workbook.addWorksheet('目录');
    toc.getCell(1, 1).value = `${seed.year} 年度${seed.scope === 'unit' ? '单位' : '部门'}决算表`;
    finalAccountTemplate().tables.forEach((t, i) => (toc.getCell(i + 2, 1).value = `${'一二三四五六七八九'[i] ?? ''}、${t.title}`));
  }
  const writers = new Map<string, Writer>();
  for (const id of FINAL_ACCOUNT_TABLE_IDS) {
    if (options.omit?.includes(id)) continue;
    const name = layout.sheetName(id);
    let writer = writers.get(name);
    if (writer === undefined) {
      writer = new Writer(workbook.addWorksheet(name), layout.startColumn);
      writers.set(name, writer);
    }
    writeTable(ctx, writer, finalAccountTemplate().table(id));
  }
  if (layout.extraSheet) {
    const extra = workbook.addWorksheet('填表说明');
    extra.getCell('A1').value = '填表说明：本工作簿由财务科整理，请勿修改公式。';
    extra.getCell('A3').value = '联系人';
    extra.getCell('B3').value = '电话';
    extra.getCell('A4').value = '王某';
    extra.getCell('B4').value = 12345678;
  }
  return workbook;
}

export function requireSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`fixture has no sheet ${name}`);
  return sheet;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function fixtureBytes(seed: SeedSource, layout: FixtureLayout, options: FixtureOptions = {}): Promise<Uint8Array> {
  return workbookBytes(fixtureWorkbook(seed, layout, options));
}
