// The publication as a declarative tree: built from the project and its analysis, rendered to .docx
// (and, for the tables, .xlsx). Renderers hold no arithmetic: every figure arrives here as text.
import type { TableId } from '../tables/cell-address';

/** Chart data: amounts as exact decimal text in 万元 (renderers convert only to draw). */
export type ChartSpec =
  | {
      readonly kind: 'bar';
      readonly id: string;
      /** Category axis, e.g. ["2023年度", "2024年度"]. */
      readonly categories: readonly string[];
      readonly series: readonly { readonly name: string; readonly values: readonly string[] }[];
      /** Value axis unit, shown by the caption's unit line as well. */
      readonly unit: '万元';
    }
  | {
      readonly kind: 'pie';
      readonly id: string;
      /** Slices in sentence order; `share` is the printed percentage text (e.g. "99.99%"). */
      readonly slices: readonly { readonly name: string; readonly value: string; readonly share: string }[];
    };

/** A form laid out as a grid (Part 5 self-evaluation forms, the summary table). */
export interface GridCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly bold?: boolean;
}

export type Block =
  /** 1: 一、… (黑体); 2: （一）… (楷体); 3: 1、… (仿宋 bold). */
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /**
   * A body paragraph. `id` names paragraphs the officer may replace with own text; `runIn` is a
   * heading that starts the paragraph (（一）预算绩效管理工作开展情况。…) and is set in 楷体.
   */
  | { readonly kind: 'paragraph'; readonly text: string; readonly id?: string; readonly runIn?: string; readonly align?: 'left' | 'right' | 'center'; readonly indent?: boolean }
  | { readonly kind: 'chart'; readonly chart: ChartSpec; readonly caption: string; readonly unitLine?: string }
  /** One of the nine tables, rendered from the derived report with its caption block and note. */
  | { readonly kind: 'table'; readonly table: TableId }
  | {
      readonly kind: 'grid';
      readonly title: string;
      /** Lines between title and grid: （ 2024 年度 ）, 预算部门：…, 单位：万元 … */
      readonly captions: readonly { readonly text: string; readonly align: 'left' | 'center' | 'right' }[];
      readonly rows: readonly (readonly GridCell[])[];
      /** Header rows repeated on each page. */
      readonly headerRows: number;
      readonly notes: readonly string[];
      readonly landscape?: boolean;
    }
  | { readonly kind: 'pageBreak' };

export interface PublicationPart {
  readonly id: 'overview' | 'tables' | 'narrative' | 'glossary' | 'attachments';
  /** 第一部分 … */
  readonly number: string;
  /** 单位概况, 2024年度单位决算表 … */
  readonly title: string;
  /** The title as the 目录 lists it, where it differs (the budget seed's 目录 says 部门 for a unit too). */
  readonly tocTitle?: string;
  readonly blocks: readonly Block[];
}

export interface Publication {
  /** Cover lines, each centred: 2024年度 / 烟台市人民政府办公室 / 本级决算. */
  readonly cover: readonly string[];
  /** Caption line under each table title: 单位：…本级 / 部门：…（汇总）. */
  readonly tableOwnerLine: string;
  readonly scopeWord: '单位' | '部门';
  readonly parts: readonly PublicationPart[];
  /** Marked 草稿 in the header when exported with errors present. */
  readonly draft: boolean;
}
