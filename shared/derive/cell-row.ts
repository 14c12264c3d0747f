// The cells of one derived row. A 科目 table has thousands of rows with the same few columns, so the
// column positions are shared by the table and each row holds only an array (one Map per row made
// every re-derive allocate thousands of hash tables).
import type { DerivedCell } from './derived-model';

export class ColumnIndex {
  private readonly position: ReadonlyMap<string, number>;

  constructor(readonly keys: readonly string[]) {
    this.position = new Map(keys.map((key, i) => [key, i]));
  }

  indexOf(key: string): number | undefined {
    return this.position.get(key);
  }
}

export class CellRow implements ReadonlyMap<string, DerivedCell> {
  constructor(
    private readonly columns: ColumnIndex,
    private readonly cells: readonly DerivedCell[],
  ) {}

  get size(): number {
    return this.cells.length;
  }

  get(key: string): DerivedCell | undefined {
    const i = this.columns.indexOf(key);
    return i === undefined ? undefined : this.cells[i];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: DerivedCell, key: string, map: ReadonlyMap<string, DerivedCell>) => void, thisArg?: unknown): void {
    const keys = this.columns.keys;
    for (let i = 0; i < this.cells.length; i++) {
      const cell = this.cells[i];
      const key = keys[i];
      if (cell !== undefined && key !== undefined) callback.call(thisArg, cell, key, this);
    }
  }

  *entries(): MapIterator<[string, DerivedCell]> {
    const keys = this.columns.keys;
    for (let i = 0; i < keys.length; i++) {
      const cell = this.cells[i];
      const key = keys[i];
      if (cell !== undefined && key !== undefined) yield [key, cell];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  values(): MapIterator<DerivedCell> {
    // Every column has a cell (blank cells are zero inputs), so the array is the values in order.
    return this.cells.values();
  }

  [Symbol.iterator](): MapIterator<[string, DerivedCell]> {
    return this.entries();
  }
}
