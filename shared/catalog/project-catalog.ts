// The catalog a project is checked against: the bundled entries plus the project's own (an official
// list the officer imported, codes learned from imported tables), which travel with the project file.
import type { Project, ProjectCatalogEntry } from '../project/schema';
import { FINAL_ACCOUNT_TABLE_IDS, TOTAL_ROW, tableLabel } from '../tables/cell-address';
import { bundledCatalog, type Catalog } from './catalog';

const cache = new WeakMap<readonly ProjectCatalogEntry[], Catalog>();

/** Memoised on the project's entry list, which only changes when entries are imported or learned. */
export function catalogForProject(project: Project, base: Catalog = bundledCatalog()): Catalog {
  if (project.catalog.length === 0) return base;
  if (base !== bundledCatalog()) return base.with(project.catalog.map((e) => ({ ...e, verified: true })));
  let catalog = cache.get(project.catalog);
  if (!catalog) {
    catalog = base.with(project.catalog.map((e) => ({ ...e, verified: true })));
    cache.set(project.catalog, catalog);
  }
  return catalog;
}

/** The project with an imported official list merged in: an entry replaces one of the same scheme and code. */
export function withImportedCatalog(project: Project, entries: readonly ProjectCatalogEntry[]): Project {
  const key = (e: ProjectCatalogEntry) => `${e.scheme}:${e.code}`;
  const incoming = new Set(entries.map(key));
  return { ...project, catalog: [...project.catalog.filter((e) => !incoming.has(key(e))), ...entries] };
}

/**
 * Codes met in the project's 科目 tables that the catalog does not know, with the name they were
 * typed or imported with: learned so the next project (and the 名词解释) know them.
 */
export function learnedCatalogEntries(project: Project, catalog: Catalog): ProjectCatalogEntry[] {
  const learned = new Map<string, ProjectCatalogEntry>();
  for (const id of FINAL_ACCOUNT_TABLE_IDS) {
    if (id === 'FA01' || id === 'FA04' || id === 'FA06' || id === 'FA09') continue;
    for (const row of project.tables[id]?.rows ?? []) {
      const name = row.name?.trim();
      if (row.row === TOTAL_ROW || !name || !/^\d{3}(\d{2}){0,2}$/.test(row.row)) continue;
      if (catalog.lookup('function', row.row) || learned.has(row.row)) continue;
      learned.set(row.row, { scheme: 'function', code: row.row, name, source: `导入的${tableLabel(id)}` });
    }
  }
  return [...learned.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}
