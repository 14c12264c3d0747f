// Part 5 as grids: the merged label cells of a self-evaluation form, its figures as printed, the summary
// table and the block order.
import { describe, expect, it } from 'vitest';
import { attachmentBlocks } from '../../../../shared/narrative/officer-sections/index';
import type { Block, GridCell } from '../../../../shared/publication/model';
import { loadSample } from '../../../helpers/samples';
import { contextFor } from '../officer-sections/officer-helpers';

type Grid = Extract<Block, { kind: 'grid' }>;

interface Placed {
  readonly cell: GridCell;
  readonly row: number;
  readonly column: number;
}

/** Lays the rows out as HTML does (a position covered by a rowSpan from above is skipped). */
function layout(rows: readonly (readonly GridCell[])[], columns: number): Placed[] {
  const taken = new Set<string>();
  const placed: Placed[] = [];
  rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (taken.has(`${row}:${column}`)) column += 1;
      for (let r = row; r < row + (cell.rowSpan ?? 1); r += 1) {
        for (let c = column; c < column + (cell.colSpan ?? 1); c += 1) {
          if (taken.has(`${r}:${c}`)) throw new Error(`cell “${cell.text}” overlaps ${r}:${c}`);
          taken.add(`${r}:${c}`);
        }
      }
      placed.push({ cell, row, column });
      column += cell.colSpan ?? 1;
    }
  });
  for (let row = 0; row < rows.length; row += 1) {
    for (let column = 0; column < columns; column += 1) if (!taken.has(`${row}:${column}`)) throw new Error(`row ${row} leaves column ${column} empty`);
    if (taken.has(`${row}:${columns}`)) throw new Error(`row ${row} is wider than ${columns} columns`);
  }
  return placed;
}

function grids(sample: 'final-2024-unit' | 'final-2024-department'): Grid[] {
  return attachmentBlocks(contextFor(loadSample(sample))).filter((b): b is Grid => b.kind === 'grid');
}

function find(placed: readonly Placed[], text: string): Placed {
  const hit = placed.find((p) => p.cell.text === text);
  if (hit === undefined) throw new Error(`no cell “${text}”`);
  return hit;
}

function rowTexts(placed: readonly Placed[], row: number): string[] {
  return placed.filter((p) => p.row === row).map((p) => p.cell.text);
}

describe('self-evaluation form of 办公室政务运行保障经费项目 (seed 000, form 1)', () => {
  const form = grids('final-2024-unit')[1];
  if (form === undefined) throw new Error('no form');
  const placed = layout(form.rows, 9);

  it('has the title, year line, amount unit and six notes', () => {
    expect(form.title).toBe('市级预算项目支出绩效自评表');
    expect(form.captions.map((c) => c.text)).toEqual(['（2024年度）', '单位：万元']);
    expect(form.notes).toHaveLength(6);
    expect(form.notes[0]).toBe('注：1. 得分一档最高不能超过该指标分值上限。');
    expect(form.notes[5]).toBe('6. 项目预算执行率格式须为“x%”，“x”最多保留两位小数。');
  });

  it('merges the block labels over their rows', () => {
    expect(find(placed, '项目预算执行情况（10分）')).toMatchObject({ row: 2, column: 0, cell: { rowSpan: 5 } });
    expect(find(placed, '年度总体目标')).toMatchObject({ row: 7, column: 0, cell: { rowSpan: 2 } });
    // 44 indicators under one header row.
    expect(find(placed, '年度绩效指标')).toMatchObject({ row: 9, column: 0, cell: { rowSpan: 45 } });
    expect(find(placed, '年初预期目标')).toMatchObject({ column: 1, cell: { colSpan: 4 } });
    expect(find(placed, '目标实际完成情况')).toMatchObject({ column: 5, cell: { colSpan: 4 } });
  });

  it('merges 一级 labels (with their points) and 二级 labels over their indicators', () => {
    const spans = (text: string) => {
      const p = find(placed, text);
      return [p.column, p.cell.rowSpan ?? 1];
    };
    expect(spans('成本指标（20分）')).toEqual([1, 5]);
    expect(spans('产出指标（40分）')).toEqual([1, 24]);
    expect(spans('效益指标（20分）')).toEqual([1, 10]);
    expect(spans('满意度指标（10分）')).toEqual([1, 5]);
    expect(spans('数量指标')).toEqual([2, 11]);
    expect(spans('质量指标')).toEqual([2, 8]);
    expect(spans('时效指标')).toEqual([2, 5]);
    expect(spans('社会效益指标')).toEqual([2, 5]);
    expect(spans('可持续影响指标')).toEqual([2, 5]);
  });

  it('prints the execution block without thousands separators, the rate with %, the corrected score', () => {
    expect(rowTexts(placed, 3)).toEqual(['年度资金总额', '890', '890', '736.85', '10', '82.79%', '8.28']);
    expect(rowTexts(placed, 4)).toEqual(['其中：当年财政拨款', '890', '890', '736.85', '—', '82.79%', '—']);
    expect(rowTexts(placed, 5)).toEqual(['上年结转资金', '', '', '', '—', '', '—']);
  });

  it('prints indicators with operator and unit, and the total', () => {
    expect(rowTexts(placed, 10)).toEqual(['成本指标（20分）', '经济成本指标', '项目总成本', '≤890万元', '736.85万元', '4', '4', '']);
    const last = form.rows.length - 1;
    expect(rowTexts(placed, last - 1)).toEqual(['总分', '98.28', '']);
    expect(rowTexts(placed, last)).toEqual(['总分在80分以下的项目未实现绩效目标的原因分析及拟采取的措施说明：']);
  });
});

describe('the other forms', () => {
  it('print the rate as "x%" where seed 000 forms 2 and 3 print 87.04 and 90.39', () => {
    const [, , form2, form3] = grids('final-2024-unit');
    expect(form2 && rowTexts(layout(form2.rows, 9), 3)).toEqual(['年度资金总额', '230', '230', '200.2', '10', '87.04%', '8.7']);
    expect(form3 && rowTexts(layout(form3.rows, 9), 3)).toEqual(['年度资金总额', '3300', '3300', '2982.95', '10', '90.39%', '9.04']);
    expect(form3 && layout(form3.rows, 9).some((p) => p.cell.text === '诉求解决率≥90%' || p.cell.text === '≥95%按期办结')).toBe(true);
  });

  it('lay out every form of both samples on 9 columns', () => {
    for (const grid of [...grids('final-2024-unit').slice(1), ...grids('final-2024-department').slice(1)]) expect(() => layout(grid.rows, 9)).not.toThrow();
  });
});

describe('summary table', () => {
  it('seed 000: one group, 全年预算数 and a 合计 of 4420', () => {
    const table = grids('final-2024-unit')[0];
    if (table === undefined) throw new Error('no table');
    expect(table.title).toBe('2024年度市级预算项目绩效自评情况汇总表');
    expect(table.captions.map((c) => c.text)).toEqual(['预算部门：烟台市人民政府办公室', '单位：万元']);
    const placed = layout(table.rows, 6);
    expect(table.rows.map((_, i) => rowTexts(placed, i))).toEqual([
      ['序号', '项目名称', '资金使用单位', '全年预算数', '自评得分', '自评等级'],
      ['部门预算项目绩效自评'],
      ['1', '办公室政务运行保障经费项目', '烟台市人民政府办公室', '890', '98.28', '优秀'],
      ['2', '开展优化营商环境工作经费项目', '烟台市人民政府办公室', '230', '98.7', '优秀'],
      ['3', '政务热线整合经费项目', '烟台市人民政府办公室', '3300', '99.04', '优秀'],
      ['合计', '4420', '—', ''],
    ]);
  });

  it('seed 003: two groups, the first empty, no budget column', () => {
    const table = grids('final-2024-department')[0];
    if (table === undefined) throw new Error('no table');
    expect(table.captions[0]?.text).toBe('部门：聊城市政府办公室（汇总）');
    const placed = layout(table.rows, 5);
    expect(table.rows.map((_, i) => rowTexts(placed, i))).toEqual([
      ['序号', '项目名称', '资金使用单位', '自评得分', '自评等级'],
      ['市对下转移支付项目绩效自评'],
      ['市本级项目支出绩效自评'],
      ['1', '办公室业务运行', '聊城市人民政府办公室本级', '95.8', '优'],
      ['2', '老干、党建、保密、精神文明建设等活动', '聊城市人民政府办公室本级', '94', '优'],
      ['3', '党政专用高清电视会议系统市政府八楼会议室项目', '聊城市人民政府办公室本级', '98.44', '优'],
    ]);
  });
});

describe('Part 5 block order', () => {
  it('summary table, one form per project, then the signed prose summary (seed 000)', () => {
    const blocks = attachmentBlocks(contextFor(loadSample('final-2024-unit')));
    expect(blocks.filter((b) => b.kind === 'grid').map((b) => (b.kind === 'grid' ? b.title : ''))).toEqual([
      '2024年度市级预算项目绩效自评情况汇总表',
      '市级预算项目支出绩效自评表',
      '市级预算项目支出绩效自评表',
      '市级预算项目支出绩效自评表',
    ]);
    const tail = blocks.slice(-2).map((b) => (b.kind === 'paragraph' ? [b.text, b.align] : []));
    expect(tail).toEqual([
      ['烟台市人民政府办公室', 'right'],
      ['2025年9月17日', 'right'],
    ]);
  });
});
