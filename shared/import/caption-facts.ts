// Facts in caption lines: the year ("2024年度收入决算表"), the unit ("单位：烟台市人民政府办公室本级",
// "部门：聊城市政府办公室（汇总）") and the amount unit ("金额单位：万元", "单位：元").
import type { Project } from '../project/schema';
import type { SheetGrid } from './sheet-grid';
import { isYearGroupHeader, normalizeText, unitInText } from './text-match';

export interface Owner {
  readonly name: string;
  readonly scope?: Project['scope'];
}

export interface CaptionFacts {
  readonly years: readonly number[];
  readonly owners: readonly Owner[];
  readonly unit?: 'yuan' | 'wanYuan';
}

const OWNER = /(?:^|[\s\u3000])(?:编制|填报)?(单位|部门)([(（]单位[)）])?(?:名称)?[\s\u3000]*[:：][\s\u3000]*(.+)$/;

/** "单位：XX本级" → XX (unit); "部门：XX（汇总）" → XX (department); "金额单位：…" is not an owner. */
export function ownerOf(text: string): Owner | undefined {
  const beforeAmountUnit = text.split(/金额单位|计量单位/)[0] ?? '';
  const match = OWNER.exec(beforeAmountUnit.trim());
  if (match === null) return undefined;
  const word = match[1];
  // "部门（单位）：" heads a unit's budget tables as well as a department's (domain README §2).
  const either = match[2] !== undefined;
  let name = (match[3] ?? '').replace(/[\s\u3000]+/g, '').trim();
  if (name === '' || /^(?:万元|元)$/.test(name) || /^[(（]?(?:万元|元)[)）]?$/.test(name)) return undefined;
  let scope: Project['scope'] | undefined = either ? undefined : word === '部门' ? 'department' : 'unit';
  if (/[(（]汇总[)）]$|汇总$/.test(name)) {
    scope = 'department';
    name = name.replace(/[(（]?汇总[)）]?$/, '');
  } else if (/本级$/.test(name)) {
    scope = 'unit';
    name = name.replace(/本级$/, '');
  }
  if (name === '') return undefined;
  return scope !== undefined ? { name, scope } : { name };
}

/**
 * The report year among year-group headers of one row ("2024年预算数 | 2025年预算数" in the budget 三公
 * table): the latest; none when the row has no such header.
 */
export function yearGroupYears(texts: readonly string[]): number[] {
  const years = texts.filter(isYearGroupHeader).flatMap(yearsIn);
  return years.length === 0 ? [] : [Math.max(...years)];
}

/** Years named in a text: "2024年度", "2024 年", "二〇二四年" is not read. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const match of normalizeText(text).matchAll(/(?<!\d)((?:19|20)\d{2})年/g)) years.push(Number(match[1]));
  return years;
}

export function captionFacts(grid: SheetGrid, rows: readonly number[]): CaptionFacts {
  const years: number[] = [];
  const owners: Owner[] = [];
  let unit: 'yuan' | 'wanYuan' | undefined;
  for (const row of rows) {
    years.push(...yearGroupYears(grid.columns(row).map((c) => grid.text(row, c))));
    for (const column of grid.columns(row)) {
      const text = grid.text(row, column);
      if (text.trim() === '' || text.length > 200 || isYearGroupHeader(text)) continue;
      years.push(...yearsIn(text));
      const owner = ownerOf(text);
      if (owner !== undefined) owners.push(owner);
      unit ??= unitInText(text);
    }
  }
  return { years, owners, ...(unit !== undefined ? { unit } : {}) };
}

/** The most frequent value; ties go to the first seen. */
export function mostFrequent<T>(values: readonly T[], key: (value: T) => string = String): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const k = key(value);
    const entry = counts.get(k);
    if (entry === undefined) counts.set(k, { value, count: 1 });
    else entry.count += 1;
  }
  let best: { value: T; count: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.count > best.count) best = entry;
  return best?.value;
}
