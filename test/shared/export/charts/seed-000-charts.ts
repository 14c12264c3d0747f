// The six charts of seed 000 (final-account-narrative.md §2–§6, §16; seed text lines 365–460).
import type { ChartSpec } from '../../../../shared/publication/model';

export const SEED_000_CHARTS: readonly { readonly caption: string; readonly spec: ChartSpec }[] = [
  {
    caption: '图1：收入支出决算变动情况',
    spec: {
      kind: 'bar',
      id: 'fig1',
      categories: ['2023年度', '2024年度'],
      series: [
        { name: '收入总计', values: ['8255.5', '8683.15'] },
        { name: '支出总计', values: ['8255.5', '8683.15'] },
      ],
      unit: '万元',
    },
  },
  {
    caption: '图2：本年收入构成情况',
    spec: {
      kind: 'pie',
      id: 'fig2',
      slices: [
        { name: '财政拨款收入', value: '8679.27', share: '99.99%' },
        { name: '其他收入', value: '0.67', share: '0.01%' },
      ],
    },
  },
  {
    caption: '图3：本年支出构成情况',
    spec: {
      kind: 'pie',
      id: 'fig3',
      slices: [
        { name: '基本支出', value: '3826.85', share: '44.08%' },
        { name: '项目支出', value: '4854.42', share: '55.92%' },
      ],
    },
  },
  {
    caption: '图4：财政拨款收、支决算总计变动情况',
    spec: {
      kind: 'bar',
      id: 'fig4',
      categories: ['2023年度', '2024年度'],
      series: [
        { name: '财政拨款收入总计', values: ['8251.79', '8679.27'] },
        { name: '财政拨款支出总计', values: ['8251.79', '8679.27'] },
      ],
      unit: '万元',
    },
  },
  {
    caption: '图5：一般公共预算财政拨款支出决算变动情况',
    spec: {
      kind: 'bar',
      id: 'fig5',
      categories: ['2023年度', '2024年度'],
      series: [{ name: '一般公共预算财政拨款支出', values: ['8251.79', '8679.27'] }],
      unit: '万元',
    },
  },
  {
    caption: '图6：一般公共预算财政拨款支出决算结构',
    spec: {
      kind: 'pie',
      id: 'fig6',
      slices: [
        { name: '一般公共服务支出', value: '7507.88', share: '86.5%' },
        { name: '社会保障和就业支出', value: '497.83', share: '5.74%' },
        { name: '卫生健康支出', value: '157.97', share: '1.82%' },
        { name: '住房保障支出', value: '234.9', share: '2.71%' },
        { name: '其他支出', value: '280.68', share: '3.23%' },
      ],
    },
  },
];
