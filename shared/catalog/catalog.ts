// The classification catalog: lookup by scheme and code over the bundled entries plus imported ones.
import economicData from '../../templates/catalog/economic-classification.json';
import functionData from '../../templates/catalog/function-classification.json';
import { parseCatalogFile, type CatalogEntry, type CatalogScheme } from './catalog-entry';

export {
  catalogEntrySchema,
  catalogFileSchema,
  catalogSchemeLabels,
  catalogSchemes,
  catalogSchemeSchema,
  economicLevel,
  functionLevel,
  isCodeShapeOf,
  parentCode,
  parseCatalogFile,
  schemeLeadingDigit,
  type CatalogEntry,
  type CatalogFile,
  type CatalogScheme,
} from './catalog-entry';
export type { CatalogImportResult } from './catalog-import';
export { parseCatalogCsv } from './catalog-csv';

export interface Catalog {
  /** The entry of a code in a scheme, or undefined when the catalog does not know it. */
  lookup(scheme: CatalogScheme, code: string): CatalogEntry | undefined;
  /** All entries of a scheme in code order (each 类 followed by its 款, each 款 by its 项). */
  entries(scheme: CatalogScheme): readonly CatalogEntry[];
  /** A new catalog with `extra` added; an extra entry replaces the entry of the same scheme and code. */
  with(extra: readonly CatalogEntry[]): Catalog;
}

function byCode(a: CatalogEntry, b: CatalogEntry): number {
  if (a.code === b.code) return 0;
  return a.code < b.code ? -1 : 1;
}

/** Builds an immutable catalog; when a scheme and code occur more than once the later entry wins. */
export function createCatalog(entries: readonly CatalogEntry[]): Catalog {
  const byScheme = new Map<CatalogScheme, Map<string, CatalogEntry>>();
  for (const entry of entries) {
    let codes = byScheme.get(entry.scheme);
    if (codes === undefined) {
      codes = new Map();
      byScheme.set(entry.scheme, codes);
    }
    codes.set(entry.code, Object.freeze({ ...entry }));
  }
  const sorted = new Map<CatalogScheme, readonly CatalogEntry[]>();
  const allEntries = (): CatalogEntry[] => [...byScheme.values()].flatMap((codes) => [...codes.values()]);

  const catalog: Catalog = {
    lookup: (scheme, code) => byScheme.get(scheme)?.get(code),
    entries: (scheme) => {
      let list = sorted.get(scheme);
      if (list === undefined) {
        list = Object.freeze([...(byScheme.get(scheme)?.values() ?? [])].sort(byCode));
        sorted.set(scheme, list);
      }
      return list;
    },
    with: (extra) => createCatalog([...allEntries(), ...extra]),
  };
  return Object.freeze(catalog);
}

let bundled: Catalog | undefined;

/**
 * The catalog shipped with the product (templates/catalog/*.json): the 支出功能分类 and both 经济分类
 * code sets, each entry with its source and whether it was verified. Parsed once, then shared.
 */
export function bundledCatalog(): Catalog {
  bundled ??= createCatalog([...parseCatalogFile(functionData), ...parseCatalogFile(economicData)]);
  return bundled;
}
