// The recognition pieces on their own: text normalisation, titles and labels, caption facts, column
// mapping by 栏次 and by header words.
import { describe, expect, it } from 'vitest';
import { columnScore, assignByWords, assignColumns } from '../../../shared/import/column-assign';
import { ownerOf, yearsIn } from '../../../shared/import/caption-facts';
import { labelTable, titleMatcher } from '../../../shared/import/find-regions';
import { storedAmount } from '../../../shared/import/build-tables';
import { cellRef, digitsOf, headerWord, isNoteText, isTotalLabel, labelKey, normalizeText, unitInText } from '../../../shared/import/text-match';
import { Decimal } from '../../../shared/money/money';
import { finalAccountTemplate } from '../../../shared/report/final-account';

const template = finalAccountTemplate();
const matchTitle = titleMatcher(template.tables);

describe('text normalisation', () => {
  it('folds width, spaces and quotes', () => {
    expect(normalizeText('公开 01 表')).toBe('公开01表');
    expect(normalizeText('财政拨款“三公”经费支出决算表')).toBe('财政拨款三公经费支出决算表');
    expect(normalizeText('因公出国（境）费')).toBe('因公出国(境)费');
    expect(normalizeText('合\u3000计')).toBe('合计');
    expect(headerWord('金额（万元）')).toBe('金额');
    expect(headerWord('本年支出合计(元)')).toBe('本年支出合计');
    expect(labelKey('一、一般公共预算财政拨款收入')).toBe('一般公共预算财政拨款收入');
    expect(labelKey('使用非财政拨款结余（含专用结余）')).toBe(labelKey('使用非财政拨款结余'));
  });

  it('reads codes, totals and notes', () => {
    expect(digitsOf('２０１０３０１')).toBe('2010301');
    expect(digitsOf('201.0')).toBe('201');
    expect(digitsOf('20103O1')).toBeUndefined();
    expect(isTotalLabel('合 计')).toBe(true);
    expect(isTotalLabel('合计数')).toBe(false);
    expect(isNoteText('注：本表反映单位本年度各项支出情况。')).toBe(true);
    expect(isNoteText('注1.本套报表')).toBe(true);
    expect(isNoteText('注册登记费')).toBe(false);
    expect(cellRef(12, 28)).toBe('AB12');
  });

  it('stores amounts with two decimals where exact', () => {
    expect(storedAmount(new Decimal('234.9'))).toBe('234.90');
    expect(storedAmount(new Decimal('0.86792712'))).toBe('0.86792712');
  });
});

describe('titles, labels and captions', () => {
  it('recognises every title, the longest match winning', () => {
    for (const definition of template.tables) expect(matchTitle(definition.title)).toBe(definition.id);
    expect(matchTitle('2024年度财政拨款收入支出决算总表')).toBe('FA04');
    expect(matchTitle('烟台市人民政府办公室2024年度收入支出决算总表')).toBe('FA01');
    expect(matchTitle('财政拨款"三公"经费支出决算表')).toBe('FA09');
    expect(matchTitle('注：本表反映单位本年度一般公共预算财政拨款支出决算表的情况')).toBeUndefined();
    expect(matchTitle('支出功能分类科目')).toBeUndefined();
  });

  it('recognises table labels', () => {
    expect(labelTable('公开 01 表')).toBe('FA01');
    expect(labelTable('公开09表')).toBe('FA09');
    expect(labelTable('公开表05')).toBe('FA05');
    expect(labelTable('公开10表')).toBeUndefined();
    expect(labelTable('部门公开')).toBeUndefined();
  });

  it('reads unit, scope, year and amount unit from caption lines', () => {
    expect(ownerOf('单位：烟台市人民政府办公室本级')).toEqual({ name: '烟台市人民政府办公室', scope: 'unit' });
    expect(ownerOf('部门：聊城市政府办公室（汇总）')).toEqual({ name: '聊城市政府办公室', scope: 'department' });
    expect(ownerOf('编制单位：某局\u3000\u3000金额单位：万元')).toEqual({ name: '某局', scope: 'unit' });
    expect(ownerOf('金额单位：万元')).toBeUndefined();
    expect(ownerOf('单位：元')).toBeUndefined();
    expect(yearsIn('2024 年度单位决算表')).toEqual([2024]);
    expect(yearsIn('与２０２３年度相比')).toEqual([2023]);
    expect(yearsIn('12024年')).toEqual([]);
    expect(unitInText('金额单位：万元')).toBe('wanYuan');
    expect(unitInText('单位：元')).toBe('yuan');
    expect(unitInText('金额（元）')).toBe('yuan');
    expect(unitInText('单位：烟台市人民政府办公室本级')).toBeUndefined();
  });
});

describe('column mapping', () => {
  const fa05 = template.table('FA05');
  const fa09 = template.table('FA09');

  it('maps by header words, group headers deciding between equal leaves', () => {
    const subtotal = fa05.columns.find((c) => c.key === 'c1');
    if (subtotal === undefined) expect.fail('公开05表 has no c1');
    expect(columnScore('FA05', subtotal, ['本年支出', '小计'])).toBeGreaterThan(columnScore('FA05', subtotal, ['小计']));
    expect(columnScore('FA05', subtotal, ['基本支出'])).toBe(0);
    const mapped = assignByWords('FA09', fa09.columns, [
      { column: 3, path: ['决算数', '合计'] },
      { column: 1, path: ['预算数', '合计'] },
      { column: 2, path: ['预算数', '公务用车购置及运行维护费', '小计'] },
      { column: 4, path: ['决算数', '公务用车购置及运行维护费', '公务用车购置费'] },
    ]);
    expect(Object.fromEntries(mapped)).toEqual({ 1: 'c1', 2: 'c3', 3: 'c7', 4: 'c10' });
  });

  it('pairs equal headers in order when nothing else tells them apart', () => {
    const fa01 = template.table('FA01');
    expect(Object.fromEntries(assignByWords('FA01', fa01.columns, [{ column: 3, path: ['金额'] }, { column: 6, path: ['金额'] }]))).toEqual({ 3: 'c1', 6: 'c2' });
  });

  it('prefers the 栏次 over the header words', () => {
    const columns = [{ column: 5, path: ['基本支出'] }, { column: 6, path: ['项目支出'] }, { column: 7, path: ['小计'] }];
    expect(Object.fromEntries(assignColumns('FA05', fa05.columns, new Map([[5, 2], [6, 3], [7, 1]]), columns))).toEqual({ 5: 'c2', 6: 'c3', 7: 'c1' });
    expect(Object.fromEntries(assignColumns('FA05', fa05.columns, new Map(), columns))).toEqual({ 5: 'c2', 6: 'c3', 7: 'c1' });
  });
});
