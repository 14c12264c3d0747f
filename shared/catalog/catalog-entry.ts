// One entry of the classification catalog (支出功能分类 / 部门·政府预算支出经济分类) and the code rules.
import { z } from 'zod';

export const catalogSchemeSchema = z.enum(['function', 'deptEconomic', 'govEconomic'], {
  error: '科目体系必须是 function、deptEconomic 或 govEconomic',
});
/** function = 支出功能分类; deptEconomic = 部门预算支出经济分类 (3xx); govEconomic = 政府预算支出经济分类 (5xx). */
export type CatalogScheme = z.infer<typeof catalogSchemeSchema>;
export const catalogSchemes: readonly CatalogScheme[] = catalogSchemeSchema.options;

/** Chinese name of each scheme, for messages. */
export const catalogSchemeLabels: Readonly<Record<CatalogScheme, string>> = {
  function: '支出功能分类',
  deptEconomic: '部门预算支出经济分类',
  govEconomic: '政府预算支出经济分类',
};

/** Code shape per scheme: 功能分类 类/款/项 = 3/5/7 digits; 经济分类 类/款 = 3/5 digits. */
const codePatterns: Readonly<Record<CatalogScheme, RegExp>> = {
  function: /^\d{3}(\d{2}){0,2}$/,
  deptEconomic: /^\d{3}(\d{2})?$/,
  govEconomic: /^\d{3}(\d{2})?$/,
};

/** First digit every code of a scheme starts with (支出功能分类 2xx, 部门经济分类 3xx, 政府经济分类 5xx). */
export const schemeLeadingDigit: Readonly<Record<CatalogScheme, string>> = {
  function: '2',
  deptEconomic: '3',
  govEconomic: '5',
};

export function isCodeShapeOf(scheme: CatalogScheme, code: string): boolean {
  return codePatterns[scheme].test(code);
}

/** Level of a 支出功能分类 code: 1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7); undefined for anything else. */
export function functionLevel(code: string): 1 | 2 | 3 | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  switch (code.length) {
    case 3:
      return 1;
    case 5:
      return 2;
    case 7:
      return 3;
    default:
      return undefined;
  }
}

/** Level of an 经济分类 code: 1 = 类 (3 digits), 2 = 款 (5); undefined for anything else. */
export function economicLevel(code: string): 1 | 2 | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  return undefined;
}

/** The code one level up (款 → 类, 项 → 款); undefined for a 类 or a malformed code. */
export function parentCode(code: string): string | undefined {
  if (!/^\d{5}(\d{2})?$/.test(code)) return undefined;
  return code.slice(0, -2);
}

export const catalogEntrySchema = z
  .strictObject({
    scheme: catalogSchemeSchema,
    code: z.string({ error: '科目编码必须是文本' }).regex(/^\d{3}(\d{2}){0,2}$/, '科目编码必须是3、5或7位数字'),
    name: z.string({ error: '科目名称必须是文本' }).trim().min(1, '科目名称不能为空'),
    /** 说明 of the 科目 as the classification book (or a published 名词解释) gives it. */
    note: z.string({ error: '说明必须是文本' }).trim().min(1, '说明不能为空字符串（没有说明时省略该字段）').optional(),
    /**
     * Where the entry comes from: "seed" (printed in a published sample), "reference" (observed
     * code/name pairs), "convention" (standard knowledge of the book, unverified), or the label of
     * an official list the officer imported.
     */
    source: z.string({ error: '来源必须是文本' }).trim().min(1, '来源不能为空'),
    /** True when the code and name were seen in print or come from an official list. */
    verified: z.boolean({ error: 'verified 必须是 true 或 false' }),
    /** 部门经济分类 only: the 政府经济分类 code it maps to (行政单位 mapping). */
    govCode: z.string({ error: '政府经济分类编码必须是文本' }).regex(/^5\d{2}(\d{2})?$/, '政府经济分类编码必须是以5开头的3或5位数字').optional(),
  })
  .superRefine((entry, ctx) => {
    if (!isCodeShapeOf(entry.scheme, entry.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `${catalogSchemeLabels[entry.scheme]}的编码必须是3或5位数字` });
    }
    if (!entry.code.startsWith(schemeLeadingDigit[entry.scheme])) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `${catalogSchemeLabels[entry.scheme]}的编码应以${schemeLeadingDigit[entry.scheme]}开头`,
      });
    }
    if (entry.govCode !== undefined && entry.scheme !== 'deptEconomic') {
      ctx.addIssue({ code: 'custom', path: ['govCode'], message: '只有部门预算支出经济分类的科目可以有 govCode' });
    }
  });
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogFileSchema = z.strictObject({
  title: z.string({ error: '缺少标题 title' }).trim().min(1, '标题 title 不能为空'),
  provenance: z.string({ error: '缺少来源说明 provenance' }).trim().min(1, '来源说明 provenance 不能为空'),
  entries: z.array(catalogEntrySchema, { error: 'entries 必须是科目条目的数组' }),
});
export type CatalogFile = z.infer<typeof catalogFileSchema>;

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件';
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

/**
 * Validates the content of a bundled catalog file ({ title, provenance, entries }) and returns its
 * entries. Throws an Error with a Chinese message naming every problem, including a code listed
 * twice in the same scheme.
 */
export function parseCatalogFile(raw: unknown): CatalogEntry[] {
  const result = catalogFileSchema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `${describePath(issue.path)}：${issue.message}`);
    throw new Error(`科目目录数据无效：${details.join('；')}`);
  }
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  result.data.entries.forEach((entry, index) => {
    const key = `${entry.scheme}:${entry.code}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else duplicates.push(`entries[${index}]：${catalogSchemeLabels[entry.scheme]}编码“${entry.code}”与 entries[${first}] 重复`);
  });
  if (duplicates.length > 0) throw new Error(`科目目录数据无效：${duplicates.join('；')}`);
  return result.data.entries;
}
