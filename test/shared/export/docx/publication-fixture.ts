// A small publication with the real figures of seed 000: 公开01表 read from the seed text (lines
// 64–97), 公开09表 and the Part 5 self-evaluation form typed from it (lines 354–360, 619–640).
import { readFileSync } from 'node:fs';
import type { GridCell, Publication } from '../../../../shared/publication/model';
import type { TableGrid, TableGridCell } from '../../../../shared/export/table-grid-model';
import type { TableId } from '../../../../shared/tables/cell-address';

const SEED = readFileSync(new URL('../../../fixtures/seeds/000-final-2024-unit.txt', import.meta.url), 'utf8').split('\n');

const COVERED: TableGridCell = { text: '', kind: 'blank', covered: true };

function header(text: string, span: { colSpan?: number; rowSpan?: number } = {}): TableGridCell {
  return { text, kind: 'header', ...span };
}

function amount(text: string): TableGridCell {
  return text === '' ? { text: '', kind: 'amount' } : { text, kind: 'amount', amount: text.replaceAll(',', '') };
}

/** 公开01表: two header rows and the 栏次 row, then the 31 printed rows of seed 000. */
export function fa01Grid(): TableGrid {
  const start = SEED.findIndex((line) => line.startsWith('收 入\t'));
  const end = SEED.findIndex((line, index) => index > start && line.trim() === '');
  const body = SEED.slice(start + 3, end).map((line) => {
    const [leftLabel = '', leftNo = '', leftAmount = '', rightLabel = '', rightNo = '', rightAmount = ''] = line.split('\t');
    const label = (text: string): TableGridCell => (text === '' ? { text: '', kind: 'blank' } : { text, kind: 'label' });
    return [label(leftLabel), { text: leftNo, kind: 'rowNo' }, amount(leftAmount), label(rightLabel), { text: rightNo, kind: 'rowNo' }, amount(rightAmount)] satisfies TableGridCell[];
  });
  return {
    id: 'FA01',
    number: '公开01表',
    title: '收入支出决算总表',
    ownerLine: '单位：烟台市人民政府办公室本级',
    amountUnitLine: '金额单位：万元',
    columnCount: 6,
    header: [
      [header('收 入', { colSpan: 3 }), COVERED, COVERED, header('支 出', { colSpan: 3 }), COVERED, COVERED],
      [header('项 目'), header('行次'), header('金 额'), header('项 目'), header('行次'), header('金 额')],
      [header('栏 次', { colSpan: 2 }), COVERED, { text: '1', kind: 'columnNo' }, header('栏 次', { colSpan: 2 }), COVERED, { text: '2', kind: 'columnNo' }],
    ],
    body,
    notes: ['注：1. 本表反映单位本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。'],
    landscape: false,
    columnWidths: [32, 5, 14, 32, 5, 14],
  };
}

/** 公开09表: 预算数 / 决算数 over three header rows with cells merged down (rowSpan). */
export function fa09Grid(): TableGrid {
  const side = (caption: string): { top: TableGridCell[]; middle: TableGridCell[]; bottom: TableGridCell[] } => ({
    top: [header(caption, { colSpan: 6 }), COVERED, COVERED, COVERED, COVERED, COVERED],
    middle: [
      header('合 计', { rowSpan: 2 }),
      header('因公出国（境）费', { rowSpan: 2 }),
      header('公务用车购置及运行维护费', { colSpan: 3 }),
      COVERED,
      COVERED,
      header('公务接待费', { rowSpan: 2 }),
    ],
    bottom: [COVERED, COVERED, header('小计'), header('公务用车购置费'), header('公务用车运行维护费'), COVERED],
  });
  const budget = side('预 算 数');
  const actual = side('决 算 数');
  const values = ['283.54', '131.89', '48.49', '17.95', '30.54', '103.16'];
  return {
    id: 'FA09',
    number: '公开09表',
    title: '财政拨款“三公”经费支出决算表',
    ownerLine: '单位：烟台市人民政府办公室本级',
    amountUnitLine: '金额单位：万元',
    columnCount: 12,
    header: [
      [...budget.top, ...actual.top],
      [...budget.middle, ...actual.middle],
      [...budget.bottom, ...actual.bottom],
      Array.from({ length: 12 }, (_, index): TableGridCell => ({ text: String(index + 1), kind: 'columnNo' })),
    ],
    body: [[...values, ...values].map(amount)],
    notes: ['注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。'],
    landscape: true,
    columnWidths: Array.from({ length: 12 }, () => 12),
  };
}

export const FIXTURE_TABLES: ReadonlyMap<TableId, TableGrid> = new Map<TableId, TableGrid>([
  ['FA01', fa01Grid()],
  ['FA09', fa09Grid()],
]);

function cell(text: string, span: Omit<GridCell, 'text'> = {}): GridCell {
  return { text, ...span };
}

/** The head of the first 绩效自评表 (seed lines 623–640) as an HTML-like grid: covered positions are left out. */
export const FORM_ROWS: readonly (readonly GridCell[])[] = [
  [cell('项目名称', { colSpan: 2 }), cell('办公室政务运行保障经费项目', { colSpan: 3 }), cell('主管部门'), cell('烟台市人民政府办公室', { colSpan: 3 })],
  [cell('项目实施单位', { colSpan: 2 }), cell('烟台市人民政府办公室', { colSpan: 3 }), cell('联系电话'), cell('6789737', { colSpan: 3 })],
  [cell('项目预算执行情况（10分）', { rowSpan: 5, colSpan: 2 }), cell(''), cell('年初预算数'), cell('全年预算数（A）'), cell('全年执行数（B）'), cell('分值'), cell('预算执行率（B/A×100%）'), cell('得分')],
  [cell('年度资金总额'), cell('890'), cell('890'), cell('736.85'), cell('10'), cell('82.79%'), cell('8.38')],
  [cell('其中：当年财政拨款'), cell('890'), cell('890'), cell('736.85'), cell('—'), cell('82.79%'), cell('—')],
  [cell('上年结转资金'), cell(''), cell(''), cell(''), cell('—'), cell(''), cell('—')],
  [cell('其他资金'), cell(''), cell(''), cell(''), cell('—'), cell(''), cell('—')],
  [cell('年度总体目标', { rowSpan: 2, colSpan: 2 }), cell('年初预期目标', { colSpan: 4, align: 'center', bold: true }), cell('目标实际完成情况', { colSpan: 3, align: 'center', bold: true })],
  [
    cell('通过绩效管理，明确办公室政务运行保障经费使用标准，加强经费监管，提高资金使用过程中的制度引领。', { colSpan: 4 }),
    cell('通过绩效管理，明确办公室政务运行保障经费使用标准，加强经费监管，提高资金使用过程中的制度引领。', { colSpan: 3 }),
  ],
];

export const FORM_NOTES = ['注：1. 得分一档最高不能超过该指标分值上限。', '2. 定性指标根据指标完成情况分为三档。'];

/** 1×1 PNG (one blue pixel, valid CRCs), standing in for a rendered chart. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPwb9wLAAKwAY5k8oxnAAAAAElFTkSuQmCC', 'base64'),
);

export const RUN_IN = '（一）预算绩效管理工作开展情况。';

export const FIXTURE_PUBLICATION: Publication = {
  cover: ['2024年度', '烟台市人民政府办公室', '本级决算'],
  tableOwnerLine: '单位：烟台市人民政府办公室本级',
  scopeWord: '单位',
  draft: true,
  parts: [
    {
      id: 'overview',
      number: '第一部分',
      title: '单位概况',
      blocks: [
        { kind: 'heading', level: 1, text: '一、单位职责' },
        { kind: 'paragraph', id: 'duties', text: '烟台市人民政府办公室主要职责：1. 协助市政府领导同志审核或者组织起草市政府、市政府办公室发布的文电。2. 负责市政府会议的准备和会务工作。' },
        { kind: 'heading', level: 1, text: '二、机构设置' },
        { kind: 'paragraph', id: 'organisation', text: '本单位内设 28 个职能科室，分别是：总值班室、会议活动科、文电科、政务公开办。' },
      ],
    },
    {
      id: 'tables',
      number: '第二部分',
      title: '2024年度单位决算表',
      blocks: [{ kind: 'table', table: 'FA01' }, { kind: 'pageBreak' }, { kind: 'table', table: 'FA09' }],
    },
    {
      id: 'narrative',
      number: '第三部分',
      title: '2024年度单位决算情况说明',
      blocks: [
        { kind: 'heading', level: 1, text: '一、收入支出决算总体情况说明' },
        { kind: 'paragraph', text: '2024年度收、支总计均为8,683.15万元。与2023年度相比，收、支总计各增加427.65万元，增长5.18%。主要是项目支出的增加所导致。' },
        {
          kind: 'chart',
          chart: { kind: 'bar', id: 'fig1', categories: ['2023年度', '2024年度'], series: [{ name: '收入总计', values: ['8255.5', '8683.15'] }], unit: '万元' },
          caption: '图1：收入支出决算变动情况',
          unitLine: '(单位：万元)',
        },
        { kind: 'pageBreak' },
        { kind: 'heading', level: 1, text: '十三、预算绩效情况说明' },
        { kind: 'heading', level: 2, text: '（一）预算绩效管理工作开展情况' },
        { kind: 'heading', level: 3, text: '1、办公室政务运行保障经费项目' },
        { kind: 'paragraph', runIn: RUN_IN, text: `${RUN_IN}根据预算绩效管理要求，我单位组织对2024年度市级预算项目全面开展绩效自评。` },
        { kind: 'paragraph', text: '烟台市人民政府办公室', align: 'right' },
        { kind: 'paragraph', text: '2025年9月17日', align: 'right' },
      ],
    },
    {
      id: 'glossary',
      number: '第四部分',
      title: '名词解释',
      blocks: [{ kind: 'paragraph', text: '一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款。' }],
    },
    {
      id: 'attachments',
      number: '第五部分',
      title: '附 件',
      blocks: [
        {
          kind: 'grid',
          title: '市级预算项目支出绩效自评表',
          captions: [{ text: '（ 2024 年度 ）', align: 'center' }, { text: '单位：万元', align: 'right' }],
          rows: FORM_ROWS,
          headerRows: 2,
          notes: FORM_NOTES,
          landscape: true,
        },
      ],
    },
  ],
};

export const FIXTURE_CHARTS: ReadonlyMap<string, { png: Uint8Array; width: number; height: number }> = new Map([['fig1', { png: TINY_PNG, width: 800, height: 450 }]]);
