import { describe, expect, it } from 'vitest';
import {
  cellAddress,
  cellKey,
  formatCellRef,
  parseCellRef,
  tableLabel,
  tableNumber,
  type CellRef,
} from '../../../shared/tables/cell-address';

describe('parseCellRef', () => {
  it('reads a plain reference with its table', () => {
    expect(parseCellRef('FA03[201].c1')).toEqual<CellRef>({
      table: 'FA03',
      row: '201',
      column: 'c1',
      byCode: false,
      negate: false,
      wildcard: false,
    });
  });

  it('takes the current table when the reference names none', () => {
    expect(parseCellRef('[27].c1', 'FA01')).toEqual<CellRef>({
      table: 'FA01',
      row: '27',
      column: 'c1',
      byCode: false,
      negate: false,
      wildcard: false,
    });
  });

  it('prefers the named table over the current one', () => {
    expect(parseCellRef('FA04[1].c1', 'FA01').table).toBe('FA04');
  });

  it('reads a row looked up by its 科目编码', () => {
    expect(parseCellRef('FA04[#201].c3')).toEqual<CellRef>({
      table: 'FA04',
      row: '201',
      column: 'c3',
      byCode: true,
      negate: false,
      wildcard: false,
    });
  });

  it('reads a negated term', () => {
    expect(parseCellRef('-FA04[29].c1')).toEqual<CellRef>({
      table: 'FA04',
      row: '29',
      column: 'c1',
      byCode: false,
      negate: true,
      wildcard: false,
    });
    const sameTable = parseCellRef('-[58].c2', 'FA01');
    expect(sameTable.negate).toBe(true);
    expect(sameTable.table).toBe('FA01');
  });

  it('reads the per-row wildcard', () => {
    expect(parseCellRef('FA05[*].c1')).toEqual<CellRef>({
      table: 'FA05',
      row: '*',
      column: 'c1',
      byCode: false,
      negate: false,
      wildcard: true,
    });
  });

  it('ignores surrounding whitespace', () => {
    expect(parseCellRef('  FA03[2010301].c2 ').row).toBe('2010301');
  });

  it.each(['FA03[201]', 'FA03[201].1', 'FA03[201].C1', 'FA3[201].c1', 'FA03(201).c1', 'FA03[].c1', 'FA03[201].c1x', '+FA03[201].c1', ''])(
    'rejects the malformed reference %j with a Chinese message naming it',
    (ref) => {
      expect(() => parseCellRef(ref, 'FA03')).toThrow(`模板中的单元格引用“${ref}”格式不正确`);
    },
  );

  it('rejects a reference without a table when there is no current table', () => {
    expect(() => parseCellRef('[27].c1')).toThrow('模板中的单元格引用“[27].c1”缺少表号');
  });

  it('rejects a table number that does not exist, in Chinese', () => {
    expect(() => parseCellRef('FA10[1].c1')).toThrow(/^模板中的单元格引用“FA10\[1\]\.c1”.*FA10/);
    expect(() => parseCellRef('FA00[1].c1', 'FA01')).toThrow(/模板中的单元格引用“FA00\[1\]\.c1”/);
  });
});

describe('formatCellRef and cellKey', () => {
  it.each(['FA03[201].c1', 'FA04[#201].c3', '-FA04[29].c1', 'FA05[*].c1', '-FA06[#30101].c1', 'FA02[TOTAL].c7'])(
    'formats %s back to the same text',
    (ref) => {
      expect(formatCellRef(parseCellRef(ref))).toBe(ref);
    },
  );

  it('formats a same-table reference with its resolved table', () => {
    expect(formatCellRef(parseCellRef('[27].c1', 'FA01'))).toBe('FA01[27].c1');
    expect(formatCellRef(parseCellRef('-[#201].c2', 'FA04'))).toBe('-FA04[#201].c2');
  });

  it('keys a cell address the way references are written, and parses back', () => {
    const address = cellAddress('FA03', '2010301', 'c2');
    expect(cellKey(address)).toBe('FA03[2010301].c2');
    const ref = parseCellRef(cellKey(address));
    expect({ table: ref.table, row: ref.row, column: ref.column }).toEqual(address);
    expect(formatCellRef(ref)).toBe(cellKey(address));
  });

  it('keys distinct cells differently', () => {
    const keys = new Set([
      cellKey(cellAddress('FA03', '201', 'c1')),
      cellKey(cellAddress('FA05', '201', 'c1')),
      cellKey(cellAddress('FA03', '201', 'c2')),
      cellKey(cellAddress('FA03', '2010301', 'c1')),
    ]);
    expect(keys.size).toBe(4);
  });

  it('prints table numbers and labels', () => {
    expect(tableNumber('FA03')).toBe('03');
    expect(tableLabel('FA03')).toBe('公开03表');
    expect(tableLabel('FA09')).toBe('公开09表');
  });
});
