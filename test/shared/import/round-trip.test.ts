// Round trip: a project written with the product's own 公开表 workbook writer imports back to the
// same typed inputs (property-tested over generated projects).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../shared/catalog/catalog';
import { tableGrids } from '../../../shared/export/table-grid';
import { writeTablesWorkbook } from '../../../shared/export/xlsx/write-tables-workbook';
import { importFinalAccount } from '../../../shared/import/import-workbook';
import { projectSchema, type Project, type RowInput } from '../../../shared/project/schema';
import { analyseProject, finalAccountTemplate } from '../../../shared/report/final-account';
import type { TableId } from '../../../shared/tables/cell-address';
import { loadSample } from '../../helpers/samples';
import { comparableInputs, comparableTables, expectOk } from './import-helpers';

const template = finalAccountTemplate();

/** 项 codes whose 类 has a line in 公开01表 / 04表, so the generated project is a plausible one. */
const CATEGORY_LINES = (() => {
  const fa01 = template.table('FA01');
  return new Set(fa01.kind === 'fixed' ? fa01.rows.flatMap((r) => (r.code !== undefined ? [r.code] : [])) : []);
})();
const ITEM_CODES = bundledCatalog()
  .entries('function')
  .filter((e) => e.code.length === 7 && CATEGORY_LINES.has(e.code.slice(0, 3)))
  .map((e) => e.code);

const amountArb = fc.integer({ min: 1, max: 99_999_999 }).map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);

function inputColumns(id: TableId): string[] {
  const definition = template.table(id);
  return definition.kind === 'subject' ? definition.columns.filter((c) => c.formula === undefined).map((c) => c.key) : [];
}

/** A record of some input columns, at least one. */
function valuesArb(columns: readonly string[]): fc.Arbitrary<Record<string, string>> {
  return fc
    .record(Object.fromEntries(columns.map((c) => [c, fc.option(amountArb, { nil: undefined, freq: 2 })])))
    .map((record) => Object.fromEntries(Object.entries(record).flatMap(([c, v]) => (typeof v === 'string' ? [[c, v]] : []))))
    .filter((values) => Object.keys(values).length > 0);
}

function subjectRowsArb(id: TableId, max: number): fc.Arbitrary<RowInput[]> {
  return fc
    .uniqueArray(fc.record({ row: fc.constantFrom(...ITEM_CODES), values: valuesArb(inputColumns(id)) }), { selector: (r) => r.row, maxLength: max })
    .map((rows) => rows.map((r) => ({ ...r, reported: {} })));
}

/** Fixed-table inputs: some of the given (row, column) cells typed. */
function fixedRowsArb(cells: readonly (readonly [string, string])[]): fc.Arbitrary<RowInput[]> {
  return fc.subarray([...cells]).chain((chosen) =>
    fc.tuple(...chosen.map(() => amountArb)).map((amounts) => {
      const rows = new Map<string, Record<string, string>>();
      chosen.forEach(([row, column], i) => rows.set(row, { ...(rows.get(row) ?? {}), [column]: amounts[i] ?? '1.00' }));
      return [...rows].map(([row, values]) => ({ row, values, reported: {} }));
    }),
  );
}

const FA06_INPUTS = (() => {
  const definition = template.table('FA06');
  return definition.kind === 'fixed' ? definition.rows.filter((r) => r.cells.c1 === 'input').map((r) => [r.key, 'c1'] as const) : [];
})();

const projectArb: fc.Arbitrary<Project> = fc
  .record({
    year: fc.integer({ min: 2020, max: 2030 }),
    unitName: fc.constantFrom('烟台市人民政府办公室', '某市财政局', '示例县教育和体育局'),
    scope: fc.constantFrom('unit' as const, 'department' as const),
    FA01: fixedRowsArb([['28', 'c1'], ['29', 'c1'], ['59', 'c2'], ['60', 'c2']]),
    FA02: subjectRowsArb('FA02', 6),
    FA03: subjectRowsArb('FA03', 6),
    FA04: fixedRowsArb([['29', 'c1'], ['30', 'c1'], ['31', 'c1'], ['60', 'c3'], ['60', 'c4'], ['60', 'c5']]),
    FA05: subjectRowsArb('FA05', 5),
    FA06: fc.shuffledSubarray([...FA06_INPUTS], { maxLength: 12 }).chain((cells) => fixedRowsArb(cells)),
    FA07: subjectRowsArb('FA07', 3),
    FA08: subjectRowsArb('FA08', 2),
    FA09: fixedRowsArb(['c2', 'c4', 'c5', 'c6', 'c8', 'c10', 'c11', 'c12'].map((c) => ['1', c] as const)),
  })
  .map(({ year, unitName, scope, ...tables }) =>
    projectSchema.parse({
      schemaVersion: 1,
      kind: 'finalAccount',
      year,
      unitName,
      scope,
      entryUnit: 'wanYuan',
      tables: Object.fromEntries(Object.entries(tables).map(([id, rows]) => [id, { rows }])),
    }),
  );

/** The product's 公开表 workbook of a project. */
async function publishedWorkbook(project: Project): Promise<Uint8Array> {
  const { report } = analyseProject(project, template);
  const scopeWord = project.scope === 'unit' ? '单位' : '部门';
  const ownerLine = project.scope === 'unit' ? `单位：${project.unitName}本级` : `部门：${project.unitName}（汇总）`;
  return writeTablesWorkbook(tableGrids(report, template, { scopeWord, ownerLine }));
}

describe('round trip through the product’s .xlsx writer', () => {
  it('gives back the bundled samples’ tables', async () => {
    for (const name of ['final-2024-unit', 'final-2024-department'] as const) {
      const sample = loadSample(name);
      const result = expectOk(await importFinalAccount({ data: await publishedWorkbook(sample), label: `${name}.xlsx` }, { year: sample.year }));
      expect(comparableTables(result.project)).toEqual(comparableTables(sample));
      expect(result.project).toMatchObject({ unitName: sample.unitName, scope: sample.scope });
    }
  });

  it('gives back the typed inputs of generated projects', async () => {
    await fc.assert(
      fc.asyncProperty(projectArb, async (project) => {
        const result = expectOk(await importFinalAccount({ data: await publishedWorkbook(project), label: 'generated.xlsx' }, { year: project.year }));
        expect(comparableInputs(result.project)).toEqual(comparableInputs(project));
        expect(result.project).toMatchObject({ year: project.year, unitName: project.unitName, scope: project.scope, entryUnit: 'wanYuan' });
      }),
      { numRuns: 30 },
    );
  });
});
