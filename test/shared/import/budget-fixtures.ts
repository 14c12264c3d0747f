// Budget workbooks built from the budget sample (seed 001): (a) the product's own .xlsx of the twelve
// tables, (b) a hand-made layout as a colleague or another finance system might send it — other sheet
// names, several tables per sheet, titles with unit and year, no 栏次, codes as numbers, amounts as text
// in 元 with thousands separators, a spacer column, notes under the tables.
import ExcelJS from 'exceljs';
import { tableGrids } from '../../../shared/export/table-grid';
import { writeTablesWorkbook } from '../../../shared/export/xlsx/write-tables-workbook';
import type { DerivedRow, DerivedTable } from '../../../shared/derive/derived-model';
import { Decimal, type Amount } from '../../../shared/money/money';
import type { Project } from '../../../shared/project/schema';
import { analyseProject } from '../../../shared/report/final-account';
import { REPORT_KINDS, templateFor } from '../../../shared/report/report-kind';
import { TOTAL_ROW, type TableId } from '../../../shared/tables/cell-address';

const template = templateFor('budget');

/** (a) The twelve tables exactly as the product writes them. */
export async function productBudgetWorkbook(project: Project): Promise<Uint8Array> {
  const { report } = analyseProject(project, template);
  const caption = REPORT_KINDS.budget.tableCaption;
  return writeTablesWorkbook(
    tableGrids(report, template, {
      scopeWord: project.scope === 'unit' ? '单位' : '部门',
      ownerLine: caption.owner[project.scope].replaceAll('{unitName}', project.unitName),
      year: project.year,
      amountUnitLine: caption.amountUnit,
      printNumber: caption.numberLine,
    }),
  );
}

type Value = string | number | null;

/** Published 万元 → "22,023,100.00" 元 (blank for zero). */
function yuanText(value: Amount | undefined): Value {
  if (value === undefined || value.toDecimalPlaces(2).isZero()) return null;
  const yuan = value.toDecimalPlaces(2).times(10000);
  const [whole = '0', cents = '00'] = yuan.abs().toFixed(2).split('.');
  return `${yuan.isNegative() ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

class Sheet {
  row = 1;
  /** Column B onwards: column A stays empty (a spacer). */
  constructor(readonly sheet: ExcelJS.Worksheet) {}
  put(row: number, column: number, value: Value): void {
    if (value !== null) this.sheet.getCell(row, column + 1).value = value;
  }
  line(values: readonly Value[]): void {
    values.forEach((v, i) => this.put(this.row, i + 1, v));
    this.row += 1;
  }
  caption(title: string, unitName: string, year: number, width: number): void {
    this.line([`${unitName}${year}年${title}`]);
    const owner: Value[] = [`编制单位：${unitName}`];
    for (let i = 1; i < width - 1; i += 1) owner.push(null);
    owner.push('单位：元');
    this.line(owner);
  }
  notes(text: string): void {
    this.line([`注：${text}`]);
    this.row += 2;
  }
}

function amounts(row: DerivedRow | undefined, keys: readonly string[]): Value[] {
  return keys.map((key) => yuanText(row?.cells.get(key)?.value));
}

function printed(row: DerivedRow, keys: readonly string[]): boolean {
  return row.key === TOTAL_ROW || keys.some((key) => !(row.cells.get(key)?.value ?? new Decimal(0)).toDecimalPlaces(2).isZero());
}

/** 科目 table with the full code as a number in one column, a spacer column before the amounts. */
function functionTable(s: Sheet, table: DerivedTable, heads: readonly (readonly string[])[], keys: readonly string[]): void {
  // Group headers repeat over each of their columns (no merged cells), single headers stand in the first row.
  s.line(['科目编码', '科目名称', null, ...heads.map((h) => h[0] ?? '')]);
  if (heads.some((h) => h.length > 1)) s.line([null, null, null, ...heads.map((h) => (h.length > 1 ? (h[1] ?? '') : null))]);
  for (const row of table.rows) {
    if (!printed(row, keys)) continue;
    s.line([row.key === TOTAL_ROW ? null : Number(row.code), row.key === TOTAL_ROW ? '合计' : row.label, null, ...amounts(row, keys)]);
  }
}

/** 基本支出 tables: 类 | 款 typed as numbers (款 "01" becomes 1), the paired 政府 code beside. */
function economicTable(s: Sheet, table: DerivedTable, nameHeads: readonly [string, string], heads: readonly (readonly string[])[], keys: readonly string[]): void {
  s.line(['部门经济科目编码', null, nameHeads[0], '政府经济科目编码', null, nameHeads[1], ...heads.map((h) => h[0] ?? '')]);
  s.line(['类', '款', null, '类', '款', null, ...heads.map((h) => (h.length > 1 ? (h[1] ?? '') : null))]);
  const split = (code: string | undefined): Value[] => [code === undefined ? null : Number(code.slice(0, 3)), code === undefined || code.length < 5 ? null : Number(code.slice(3))];
  for (const row of table.rows) {
    if (!printed(row, keys)) continue;
    if (row.key === TOTAL_ROW) s.line([null, null, '合计', null, null, null, ...amounts(row, keys)]);
    else s.line([...split(row.code), row.label, ...split(row.pairedCode), row.pairedLabel ?? '', ...amounts(row, keys)]);
  }
}

function twoSided(s: Sheet, table: DerivedTable, expenditureHeads: readonly string[], expenditureKeys: readonly string[]): void {
  const definition = table.definition;
  if (definition.kind !== 'fixed' || definition.layout.type !== 'twoSided') throw new Error(table.id);
  const wide = expenditureHeads.length > 1;
  s.line(['收入', null, '支出', ...expenditureHeads.slice(1).map(() => null)]);
  s.line(['项目', '预算数', '项目', '预算数', ...expenditureHeads.slice(1).map(() => null)]);
  if (wide) s.line([null, null, null, ...expenditureHeads]);
  for (const [left, right] of definition.layout.lines) {
    const l = left === null ? undefined : table.row(left);
    const r = right === null ? undefined : table.row(right);
    s.line([l?.label ?? null, yuanText(l?.cells.get('c1')?.value), r?.label ?? null, ...amounts(r, expenditureKeys)]);
  }
}

export interface OtherLayoutOptions {
  /** Print this year's 三公 group before last year's. */
  readonly currentYearFirst?: boolean;
}

/** (b) The sample's published figures in a different, realistic layout (amounts in 元). */
export async function otherLayoutBudgetWorkbook(project: Project, options: OtherLayoutOptions = {}): Promise<Uint8Array> {
  const { report } = analyseProject(project, template);
  const t = (id: TableId): DerivedTable => report.table(id);
  const { unitName, year } = project;
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('封面').getCell('C3').value = `${unitName}${year}年单位预算公开`;

  const summary = new Sheet(workbook.addWorksheet('收支总表'));
  summary.caption('收支总体情况表', unitName, year, 4);
  twoSided(summary, t('BG01'), ['预算数'], ['c2']);
  summary.notes('本表反映单位本年度收支总体情况。');
  summary.caption('财政拨款收支总体情况表', unitName, year, 7);
  twoSided(summary, t('BG04'), ['总计', '一般公共预算', '政府性基金预算', '国有资本经营预算'], ['c2', 'c3', 'c4', 'c5']);
  summary.notes('本表反映财政拨款收支情况。');

  const subjects = new Sheet(workbook.addWorksheet('功能科目'));
  const fund = ['合计', '财政拨款收入/小计', '财政拨款收入/一般公共预算收入', '财政拨款收入/政府性基金预算收入', '财政专户管理资金收入', '事业收入(不含教育收费)', '事业单位经营收入', '其他收入', '上级补助收入', '附属单位上缴收入', '使用非财政拨款结余', '上年结转'];
  subjects.caption('收入总体情况表', unitName, year, 15);
  functionTable(subjects, t('BG02'), fund.map((h) => h.split('/')), ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12']);
  subjects.notes('本表反映单位本年度收入总体情况。');
  subjects.caption('支出总体情况表', unitName, year, 7);
  functionTable(subjects, t('BG03'), [['合计'], ['基本支出'], ['项目支出'], ['结转下年']], ['c1', 'c2', 'c3', 'c4']);
  subjects.notes('本表反映单位本年度支出总体情况。');
  const gpb = [['合计'], ['基本支出', '小计'], ['基本支出', '人员支出'], ['基本支出', '日常公用支出'], ['项目支出']];
  for (const [id, title] of [['BG05', '一般公共预算支出情况表'], ['BG08', '政府性基金预算支出情况表'], ['BG09', '国有资本经营预算支出情况表']] as const) {
    subjects.caption(title, unitName, year, 8);
    functionTable(subjects, t(id), gpb, ['c1', 'c2', 'c3', 'c4', 'c5']);
    subjects.notes(id === 'BG05' ? '本表反映一般公共预算支出情况。' : `${year}年没有相关支出，本表为空表。`);
  }

  const economic = new Sheet(workbook.addWorksheet('经济分类'));
  economic.caption('一般公共预算基本支出情况表', unitName, year, 9);
  economicTable(economic, t('BG06'), ['部门预算支出经济分类科目名称', '政府预算支出经济分类科目名称'], [['基本支出预算', '小计'], ['基本支出预算', '人员支出'], ['基本支出预算', '日常公用支出']], ['c1', 'c2', 'c3']);
  economic.notes('本表反映一般公共预算基本支出情况。');
  const sources = [['合计'], ['财政拨款', '小计'], ['财政拨款', '一般公共预算'], ['财政拨款', '政府性基金预算'], ['财政拨款', '国有资本经营预算'], ['财政专户管理资金'], ['单位资金'], ['使用非财政拨款结余'], ['上年结转']];
  economic.caption('基本支出预算情况表', unitName, year, 15);
  economicTable(economic, t('BG10'), ['部门预算支出经济分类科目', '政府预算支出经济分类科目'], sources, ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
  economic.notes('本表反映基本支出预算情况。');

  const three = new Sheet(workbook.addWorksheet('三公'));
  three.caption('一般公共预算“三公”经费支出情况表', unitName, year, 12);
  const group = (y: number): Value[] => [`${y}年预算数`, null, null, null, null, null];
  const first = options.currentYearFirst === true;
  three.line(first ? [...group(year), ...group(year - 1)] : [...group(year - 1), ...group(year)]);
  // The 决算 wording (费 for 经费) as many units keep it.
  const leaves: Value[] = ['合计', '因公出国(境)费', '公务用车购置及运行维护费', null, null, '公务接待费'];
  three.line([...leaves, ...leaves]);
  const subs: Value[] = [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null];
  three.line([...subs, ...subs]);
  const prior = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
  const current = ['c7', 'c8', 'c9', 'c10', 'c11', 'c12'];
  three.line(amounts(t('BG07').row('1'), first ? [...current, ...prior] : [...prior, ...current]));
  three.notes('“三公”经费按一般公共预算财政拨款统计。');

  const projects = new Sheet(workbook.addWorksheet('项目'));
  projects.caption('项目支出预算情况表', unitName, year, 13);
  const listKeys = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'];
  projects.line(['序号', '项目名称', '项目类别', ...sources.map((h) => h[0] ?? '')]);
  projects.line([null, null, null, ...sources.map((h) => (h.length > 1 ? (h[1] ?? '') : null))]);
  t('BG11').rows.forEach((row, i) => {
    const total = row.key === TOTAL_ROW;
    projects.line([total ? null : i, total ? '合计' : row.label, total ? null : (row.texts?.t1 ?? null), ...amounts(row, listKeys)]);
  });
  projects.notes('本表反映项目支出预算情况。');

  const procurement = new Sheet(workbook.addWorksheet('采购'));
  procurement.caption('政府采购预算表', unitName, year, 11);
  functionTable(procurement, t('BG12'), [['合计'], ['财政拨款', '小计'], ['财政拨款', '一般公共预算'], ['财政拨款', '政府性基金预算'], ['财政专户管理资金'], ['单位资金'], ['使用非财政拨款结余'], ['上年结转']], ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
  procurement.notes('本表反映政府采购预算情况。');

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** The workbook without the named sheets (a package sent incomplete, or last year's few tables). */
export async function withoutSheets(data: Uint8Array, names: readonly string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  await workbook.xlsx.load(copy.buffer);
  for (const name of names) {
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) throw new Error(`fixture: no sheet ${name}`);
    workbook.removeWorksheet(sheet.id);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
