// A published table laid out as a grid, independent of the file format: the .xlsx and .docx writers
// both render it, so headers, merges, blank zeros and notes are decided once.
import type { TableId } from '../tables/cell-address';

export interface TableGridCell {
  readonly text: string;
  readonly kind: 'header' | 'columnNo' | 'label' | 'code' | 'rowNo' | 'amount' | 'blank';
  /** Amount cells: the display value in 万元 with two decimals and no separators ("8679.27"); absent when blank. */
  readonly amount?: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** A position covered by a merge that starts above or to the left (rendered by that cell). */
  readonly covered?: boolean;
}

export interface TableGrid {
  readonly id: TableId;
  /** 公开01表 */
  readonly number: string;
  readonly title: string;
  /** False where the number line is not printed (budget tables: `number` is then only the sheet name). */
  readonly printNumber?: boolean;
  /** 单位：烟台市人民政府办公室本级 | 部门：聊城市政府办公室（汇总） */
  readonly ownerLine: string;
  readonly amountUnitLine: string;
  readonly columnCount: number;
  /** Header rows including the 栏次 row; every row has exactly `columnCount` cells (see `covered`). */
  readonly header: readonly (readonly TableGridCell[])[];
  readonly body: readonly (readonly TableGridCell[])[];
  readonly notes: readonly string[];
  readonly landscape: boolean;
  /** Relative column widths (characters). */
  readonly columnWidths: readonly number[];
}
