import { describe, expect, it } from 'vitest';
import { formatClipboardTable, parseClipboardTable } from '../../../renderer/src/state/clipboard-text';

describe('clipboard text from Excel/WPS', () => {
  it('splits rows on \\r\\n and cells on tabs, dropping the line break after the last row', () => {
    expect(parseClipboardTable('2010301\t行政运行\t2,936.14\r\n2010302\t一般行政管理事务\t\r\n')).toEqual([
      ['2010301', '行政运行', '2,936.14'],
      ['2010302', '一般行政管理事务', ''],
    ]);
  });

  it('keeps empty cells at both ends and reads \\n-only text (WPS on some systems)', () => {
    expect(parseClipboardTable('\t1\t\n2\t\t')).toEqual([
      ['', '1', ''],
      ['2', '', ''],
    ]);
  });

  it('unquotes cells holding a tab, a newline or a quote', () => {
    expect(parseClipboardTable('"其他\r\n支出"\t"说""明"\t3\r\n')).toEqual([['其他\r\n支出', '说"明', '3']]);
  });

  it('takes a stray quote inside a cell literally', () => {
    expect(parseClipboardTable('5"\t6')).toEqual([['5"', '6']]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['合计', '8,679.27'],
      ['a\tb', '"x"'],
    ];
    expect(parseClipboardTable(formatClipboardTable(rows))).toEqual(rows);
  });
});
