// A large synthetic department project for benchmarks: about `rowCount` 科目 rows over 02, 03 and 05.
import { projectSchema, type Project, type RowInput } from '../shared/project/schema';

const CATEGORIES = ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '221'];

/** Deterministic pseudo-random amounts (cents), so every run measures the same project. */
function* amounts(seed: number): Generator<string> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const cents = state % 5_000_000;
    yield `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  }
}

function toCents(text: string): bigint {
  const [whole = '0', frac = '0'] = text.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
}

function centsToText(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

export function generatedDepartmentProject(rowCount: number): Project {
  const perTable = Math.ceil(rowCount / 3);
  const codes: string[] = [];
  for (let k = 1; codes.length < perTable; k++) {
    const category = CATEGORIES[k % CATEGORIES.length] ?? '201';
    const section = String((Math.floor(k / CATEGORIES.length) % 90) + 1).padStart(2, '0');
    const item = String((Math.floor(k / (CATEGORIES.length * 90)) % 99) + 1).padStart(2, '0');
    codes.push(`${category}${section}${item}`);
  }
  const unique = [...new Set(codes)];
  const next = amounts(42);
  const take = (): string => next.next().value ?? '0';
  // Consistent like a real consolidation: 05 equals 03 (all money is appropriation), 02 财政拨款 = 05 小计.
  const spending = unique.map((code) => ({ code, basic: take(), project: take() }));
  const expenditure: RowInput[] = spending.map((s) => ({ row: s.code, values: { c2: s.basic, c3: s.project }, reported: {} }));
  const income: RowInput[] = spending.map((s) => ({ row: s.code, values: { c2: centsToText(toCents(s.basic) + toCents(s.project)) }, reported: {} }));
  // The department imported the official list, so every code is known.
  const catalog = [...new Set(unique.flatMap((c) => [c.slice(0, 3), c.slice(0, 5), c]))].map((code) => ({
    scheme: 'function' as const,
    code,
    name: `科目${code}`,
    source: '基准测试',
  }));
  return projectSchema.parse({
    schemaVersion: 1,
    kind: 'finalAccount',
    year: 2024,
    unitName: '示例市某局（50个单位汇总）',
    scope: 'department',
    entryUnit: 'wanYuan',
    tables: {
      FA02: { rows: income },
      FA03: { rows: expenditure },
      FA05: { rows: expenditure },
    },
    catalog,
  });
}

/**
 * Successive projects as the app's edits make them: each changes one 基本支出 cell of 03 (a new rows
 * array and a new row object, every other table and row shared with the project before it).
 */
export function oneCellEdits(project: Project, count: number): Project[] {
  const out: Project[] = [];
  let current = project;
  for (let i = 0; i < count; i++) {
    const rows = current.tables.FA03?.rows ?? [];
    const at = (i * 97) % Math.max(rows.length, 1);
    const edited = rows.map((row, k) => (k === at ? { ...row, values: { ...row.values, c2: `${100 + i}.00` } } : row));
    current = { ...current, tables: { ...current.tables, FA03: { rows: edited } } };
    out.push(current);
  }
  return out;
}
