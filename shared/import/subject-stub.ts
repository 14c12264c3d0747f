// The stub of a 科目 table: where its code stands (one column, 类 / 款 / 项 split over several, or code and
// name in one cell) and its name; in the budget 基本支出 tables also the paired 政府预算支出经济分类 code and
// name printed beside the 部门 code ("301 | 01 | 基本工资 | 501 | 01 | 工资奖金津补贴").
import { CODE_HEADERS, COMBINED_HEADERS, NAME_HEADERS, SPLIT_CODE_HEADERS } from './table-words';
import { digitsOf } from './text-match';

export interface CodeGroup {
  /** One code column (its cell may also hold the name), or 类 / 款 / 项 columns. */
  readonly codeColumns: readonly number[];
  readonly nameColumn?: number;
}

export interface Stub extends CodeGroup {
  /** The paired 政府 code and its name (budget 6 and 10), when the sheet prints them. */
  readonly paired?: CodeGroup;
}

/** 科目名称, 部门预算支出经济分类科目名称, 政府预算支出经济分类科目 … */
export function isNameHeader(word: string): boolean {
  return NAME_HEADERS.has(word) || /经济分类科目(?:名称)?$|科目名称$/.test(word);
}

/** Consecutive columns as runs: [1, 2, 4, 5] → [[1, 2], [4, 5]]. */
function runsOf(columns: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run !== undefined && run.at(-1) === column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

/** Whether a header path speaks of the 政府 classification (the paired side). */
function isGovernment(path: readonly string[] | undefined): boolean {
  return (path ?? []).some((w) => w.includes('政府'));
}

/**
 * Finds the stub in the header paths. With `paired`, two separate runs of code columns are the 部门 code
 * (first, or the one whose name is not 政府…) and the paired 政府 code.
 */
export function findStub(paths: ReadonlyMap<number, readonly string[]>, paired = false): Stub | undefined {
  const entries = [...paths];
  // 类 / 款 / 项 side by side count as code columns even without 科目编码 above them.
  const splitLeaf = (c: number): boolean => SPLIT_CODE_HEADERS.some((w) => paths.get(c)?.at(-1) === w);
  const adjacentSplit = entries.filter(([c]) => splitLeaf(c) && (splitLeaf(c - 1) || splitLeaf(c + 1))).map(([c]) => c);
  const codeColumns = entries.filter(([c, path]) => path.some((w) => CODE_HEADERS.has(w)) || adjacentSplit.includes(c)).map(([c]) => c);
  const names = entries.filter(([c, path]) => !codeColumns.includes(c) && isNameHeader(path.at(-1) ?? '')).map(([c]) => c);
  const groupOf = (run: readonly number[], before: number): CodeGroup => {
    const last = run.at(-1) ?? 0;
    const name = names.find((c) => c > last && c < before);
    const split = run.filter(splitLeaf);
    const columns = split.length >= 2 ? split : run.slice(0, 1);
    return name !== undefined ? { codeColumns: columns, nameColumn: name } : { codeColumns: columns };
  };
  const runs = runsOf(codeColumns);
  if (paired && runs.length >= 2) {
    const [first = [], second = []] = runs;
    const groups = [groupOf(first, second[0] ?? Number.POSITIVE_INFINITY), groupOf(second, runs[2]?.[0] ?? Number.POSITIVE_INFINITY)];
    const government = (g: CodeGroup): boolean => isGovernment(paths.get(g.nameColumn ?? -1)) || g.codeColumns.some((c) => isGovernment(paths.get(c)));
    const [own, pair] = government(groups[0] ?? { codeColumns: [] }) && !government(groups[1] ?? { codeColumns: [] }) ? [groups[1], groups[0]] : [groups[0], groups[1]];
    return own === undefined ? undefined : { ...own, ...(pair !== undefined ? { paired: pair } : {}) };
  }
  const nameColumn = names[0] ?? entries.find(([c, path]) => !codeColumns.includes(c) && NAME_HEADERS.has(path.at(-1) ?? ''))?.[0];
  const withName = (stub: Stub, name = nameColumn): Stub => (name !== undefined ? { ...stub, nameColumn: name } : stub);
  const split = codeColumns.filter(splitLeaf);
  if (split.length >= 2) return withName({ codeColumns: split });
  const code = codeColumns[0];
  if (code !== undefined) return withName({ codeColumns: [code] });
  // "项 目" over code and name without a second header row: code (and maybe name) left, name right.
  const combined = entries.find(([, path]) => COMBINED_HEADERS.has(path.at(-1) ?? ''));
  if (combined === undefined) return undefined;
  const [column, path] = combined;
  const next = paths.get(column + 1);
  const sameHeader = next !== undefined && next.join('/') === path.join('/');
  return withName({ codeColumns: [column] }, sameHeader ? column + 1 : nameColumn);
}

export interface CodeState {
  lastClass: string;
  lastSection: string;
}

/** A level cell of a split code: digits, a 款 / 项 typed as a number losing its leading zero ("3" → "03"). */
function levelDigits(part: string, level: number): string | undefined {
  if (part === '') return '';
  const digits = digitsOf(part);
  if (digits === undefined) return undefined;
  return level > 0 && digits.length === 1 ? `0${digits}` : digits;
}

/** 类 / 款 / 项 in split columns: "201 | 03 | 01", "201 | 20103 |", " | 03 | 01" (类 from above), "301 | 1". */
export function splitCode(parts: readonly string[], state: CodeState, isCode: (code: string) => boolean): string | undefined {
  const digits = parts.map(levelDigits);
  if (digits.some((d) => d === undefined)) return undefined;
  const [klassPart = '', sectionPart = '', itemPart = ''] = digits.map((d) => d ?? '');
  if (klassPart !== '' && klassPart.length !== 3) return undefined;
  const klass = klassPart || state.lastClass;
  let section: string | undefined;
  if (sectionPart.length === 2) section = `${klass}${sectionPart}`;
  else if (sectionPart.length === 5) section = sectionPart;
  else if (sectionPart !== '') return undefined;
  let item: string | undefined;
  if (itemPart.length === 2) item = `${section ?? state.lastSection}${itemPart}`;
  else if (itemPart.length === 7) item = itemPart;
  else if (itemPart !== '') return undefined;
  const code = item ?? section ?? (klassPart !== '' ? klassPart : undefined);
  return code !== undefined && isCode(code) ? code : undefined;
}

/** Remembers the 类 and 款 a code sets, for split rows that leave them blank. */
export function noteCode(state: CodeState, code: string): void {
  if (code.length === 3) state.lastClass = code;
  if (code.length === 5) {
    state.lastClass = code.slice(0, 3);
    state.lastSection = code;
  }
  if (code.length === 7) state.lastSection = code.slice(0, 5);
}
