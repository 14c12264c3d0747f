// Realistic workbook layouts the importer must read: the published 公开表, a finance-system export and
// a colleague's hand-typed workbook. Each varies sheet split, captions, headers, codes, amounts, zeros.
import { Decimal } from '../../../shared/money/money';
import type { TableId } from '../../../shared/tables/cell-address';

export interface FixtureLayout {
  readonly name: string;
  /** One sheet per table, all in one sheet, or grouped into a few sheets. */
  readonly sheets: 'perTable' | 'single' | 'grouped';
  readonly sheetName: (table: TableId) => string;
  readonly title: 'plain' | 'withYear' | 'withUnitAndYear';
  /** Tables printed without a title (recognised by their 公开0N表 label or header). */
  readonly untitled: ReadonlySet<TableId>;
  readonly label: 'right' | 'above' | 'none';
  readonly owner: 'separate' | 'combined' | 'none';
  readonly amountUnit: 'wanYuan' | 'yuan';
  /** 金额单位 in a caption line or as "金额（万元）" in the header. */
  readonly unitIn: 'caption' | 'header';
  readonly startColumn: number;
  /** An empty spacer column between the row labels and the amounts. */
  readonly spacerColumn: boolean;
  readonly header: 'merged' | 'flat';
  readonly columnNumbers: boolean;
  readonly codes: 'text' | 'number' | 'split' | 'combined';
  readonly amounts: 'number' | 'text' | 'fullWidth' | 'mixed';
  readonly zero: 'blank' | 'zeroText' | 'dash' | 'zeroNumber';
  readonly rowNumbers: boolean;
  readonly ordinals: boolean;
  readonly shuffleColumns: boolean;
  readonly notes: boolean;
  /** Blank rows before each table (and between tables in one sheet). */
  readonly gapRows: number;
  readonly tocSheet: boolean;
  readonly extraSheet: boolean;
  /** 公开06表 as one long list instead of three blocks side by side. */
  readonly economicList: boolean;
  /** 公开09表 with a label column ("项目" / "金额"). */
  readonly threePublicLabel: boolean;
}

export const PUBLISHED: FixtureLayout = {
  name: '公开表（每表一个工作表，合并表头，栏次，数字单元格）',
  sheets: 'perTable',
  sheetName: (t) => `公开${t.slice(2)}表`,
  title: 'plain',
  untitled: new Set(),
  label: 'right',
  owner: 'separate',
  amountUnit: 'wanYuan',
  unitIn: 'caption',
  startColumn: 1,
  spacerColumn: false,
  header: 'merged',
  columnNumbers: true,
  codes: 'text',
  amounts: 'number',
  zero: 'blank',
  rowNumbers: true,
  ordinals: true,
  shuffleColumns: false,
  notes: true,
  gapRows: 0,
  tocSheet: true,
  extraSheet: false,
  economicList: false,
  threePublicLabel: false,
};

export const FINANCE_EXPORT: FixtureLayout = {
  name: '财务系统导出（九表一个工作表，元，文本金额，类款项分列，无栏次，列序打乱）',
  sheets: 'single',
  sheetName: () => '决算公开报表',
  title: 'withYear',
  untitled: new Set(),
  label: 'none',
  owner: 'combined',
  amountUnit: 'yuan',
  unitIn: 'caption',
  startColumn: 1,
  spacerColumn: false,
  header: 'flat',
  columnNumbers: false,
  codes: 'split',
  amounts: 'text',
  zero: 'zeroText',
  rowNumbers: true,
  ordinals: true,
  shuffleColumns: true,
  notes: false,
  gapRows: 2,
  tocSheet: false,
  extraSheet: false,
  economicList: true,
  threePublicLabel: false,
};

export const COLLEAGUE: FixtureLayout = {
  name: '同事录入（几表一个工作表，任意表名，部分只有表号，从B列起，编码为数字，全角数字，无行次）',
  sheets: 'grouped',
  sheetName: (t) => (['FA01', 'FA04'].includes(t) ? '总表' : ['FA02', 'FA03', 'FA05'].includes(t) ? 'Sheet2' : '其他表'),
  title: 'withUnitAndYear',
  untitled: new Set(['FA03', 'FA07']),
  label: 'above',
  owner: 'separate',
  amountUnit: 'wanYuan',
  unitIn: 'header',
  startColumn: 2,
  spacerColumn: true,
  header: 'merged',
  columnNumbers: false,
  codes: 'number',
  amounts: 'mixed',
  zero: 'dash',
  rowNumbers: false,
  ordinals: false,
  shuffleColumns: false,
  notes: true,
  gapRows: 3,
  tocSheet: false,
  extraSheet: true,
  economicList: false,
  threePublicLabel: true,
};

const SHEET_NAMES: Readonly<Partial<Record<TableId, string>>> = {
  FA01: '收支总表',
  FA02: '收入',
  FA03: '支出',
  FA04: '财政拨款收支',
  FA05: '一般公共预算支出',
  FA06: '基本支出明细',
  FA07: '政府性基金',
  FA08: '国有资本经营',
  FA09: '三公经费',
};

export const HEADER_ONLY: FixtureLayout = {
  name: '无表名无表号（按表头识别，工作表名提示，编码与名称同一单元格，零为0）',
  sheets: 'perTable',
  sheetName: (t) => SHEET_NAMES[t] ?? t,
  title: 'plain',
  untitled: new Set(['FA01', 'FA02', 'FA03', 'FA04', 'FA05', 'FA06', 'FA07', 'FA08', 'FA09']),
  label: 'none',
  owner: 'separate',
  amountUnit: 'wanYuan',
  unitIn: 'caption',
  startColumn: 1,
  spacerColumn: false,
  header: 'merged',
  columnNumbers: true,
  codes: 'combined',
  amounts: 'number',
  zero: 'zeroNumber',
  rowNumbers: true,
  ordinals: true,
  shuffleColumns: false,
  notes: true,
  gapRows: 1,
  tocSheet: false,
  extraSheet: false,
  economicList: false,
  threePublicLabel: false,
};

export const LAYOUTS: readonly FixtureLayout[] = [PUBLISHED, FINANCE_EXPORT, COLLEAGUE, HEADER_ONLY];

function groupThousands(text: string): string {
  const [whole = '0', fraction] = text.split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** An amount (万元 text from the seed) as the layout writes it; undefined = leave the cell empty. */
export function amountCell(layout: FixtureLayout, wanYuan: string | undefined, salt: number): string | number | undefined {
  const value = new Decimal(wanYuan ?? '0');
  if (value.isZero()) {
    switch (layout.zero) {
      case 'blank':
        return undefined;
      case 'zeroText':
        return '0.00';
      case 'dash':
        return '-';
      case 'zeroNumber':
        return 0;
    }
  }
  const scaled = layout.amountUnit === 'yuan' ? value.times(10000) : value;
  const text = scaled.toFixed(2);
  const style = layout.amounts === 'mixed' ? (['number', 'text', 'fullWidth'] as const)[salt % 3] : layout.amounts;
  switch (style) {
    case 'number':
      return scaled.toNumber();
    case 'text':
      return groupThousands(text);
    case 'fullWidth':
    default:
      return fullWidth(groupThousands(text));
  }
}

/** A deterministic permutation (the finance export orders columns its own way). */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = (i * 7 + 3) % (i + 1);
    const a = out[i];
    const b = out[j];
    if (a !== undefined && b !== undefined) {
      out[i] = b;
      out[j] = a;
    }
  }
  return out;
}
