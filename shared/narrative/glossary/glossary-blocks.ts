// Part 4 名词解释 (final-account-narrative.md §17): the fixed terms, then one entry per 项-level 科目
// with a non-zero value in 公开02/03/05/07/08表, in code order. Names come from the catalog, the 说明
// from the officer's glossaryNotes, else from the catalog; an entry without a 说明 is left out and
// reported, never printed with placeholder text.
import type { DerivedTable } from '../../derive/derived-model';
import type { Block } from '../../publication/model';
import type { TableId } from '../../tables/cell-address';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { issue, paragraph } from '../officer-sections/section-helpers';
import { renderTemplate } from '../sentence-template';
import { chineseNumber } from '../wording';
import { glossaryTemplate } from './glossary-template';

const SUBJECT_TABLES: readonly TableId[] = ['FA02', 'FA03', 'FA05', 'FA07', 'FA08'];

/** 项-level codes with a non-zero published value in any 科目 table, in code order. */
/** The 项 codes with a figure in one table; a table an edit left alone is the same object and not read again. */
const itemCodesOf = new WeakMap<DerivedTable, readonly string[]>();

function tableItemCodes(table: DerivedTable): readonly string[] {
  const known = itemCodesOf.get(table);
  if (known !== undefined) return known;
  const codes: string[] = [];
  for (const row of table.rows) {
    if (row.level !== 3 || row.code === undefined || !/^\d{7}$/.test(row.code)) continue;
    for (const cell of row.cells.values()) {
      if (cell.value.isZero()) continue;
      codes.push(row.code);
      break;
    }
  }
  itemCodesOf.set(table, codes);
  return codes;
}

export function glossaryItemCodes(context: NarrativeContext): string[] {
  const codes = new Set<string>();
  for (const id of SUBJECT_TABLES) {
    const table = context.report.tables.get(id);
    if (table !== undefined) for (const code of tableItemCodes(table)) codes.add(code);
  }
  return [...codes].sort();
}

export interface GlossaryItem {
  readonly code: string;
  readonly category?: string;
  readonly section?: string;
  readonly item?: string;
  readonly note?: string;
}

function nameOf(context: NarrativeContext, code: string): string | undefined {
  const fromCatalog = context.catalog.lookup('function', code)?.name;
  if (fromCatalog !== undefined) return fromCatalog;
  for (const id of SUBJECT_TABLES) {
    const label = context.report.tables.get(id)?.rowByCode(code)?.label;
    if (label !== undefined && label.trim() !== '') return label.trim();
  }
  return undefined;
}

export function glossaryItems(context: NarrativeContext): GlossaryItem[] {
  const notes = context.project.narrative.glossaryNotes;
  return glossaryItemCodes(context).map((code) => {
    const own = notes[code]?.trim();
    const note = own !== undefined && own !== '' ? own : context.catalog.lookup('function', code)?.note;
    const category = nameOf(context, code.slice(0, 3));
    const section = nameOf(context, code.slice(0, 5));
    const item = nameOf(context, code);
    return {
      code,
      ...(category !== undefined ? { category } : {}),
      ...(section !== undefined ? { section } : {}),
      ...(item !== undefined ? { item } : {}),
      ...(note !== undefined ? { note } : {}),
    };
  });
}

export function glossaryBlocks(context: NarrativeContext): Block[] {
  const t = glossaryTemplate();
  const blocks: Block[] = t.fixedTerms.map((term, i) =>
    paragraph(context, `g.term.${i + 1}`, renderTemplate(t.fixedEntry, { n: chineseNumber(i + 1), term: term.term, definition: term.definition })),
  );
  let n = t.fixedTerms.length;
  for (const entry of glossaryItems(context)) {
    if (entry.note === undefined || entry.category === undefined || entry.section === undefined || entry.item === undefined) continue;
    n += 1;
    blocks.push(
      paragraph(context, `g.subject.${entry.code}`, renderTemplate(t.subjectEntry, { n: chineseNumber(n), category: entry.category, section: entry.section, item: entry.item, note: entry.note })),
    );
  }
  return blocks;
}

export function glossaryIssues(context: NarrativeContext): Issue[] {
  const issues: Issue[] = [];
  for (const entry of glossaryItems(context)) {
    const missingName = [entry.category === undefined ? entry.code.slice(0, 3) : undefined, entry.section === undefined ? entry.code.slice(0, 5) : undefined, entry.item === undefined ? entry.code : undefined].filter(
      (code): code is string => code !== undefined,
    );
    if (missingName.length > 0) {
      issues.push(issue('G.NAME_MISSING', 'warning', 'glossaryNotes', entry.code, `第四部分 名词解释：科目目录中没有${missingName.join('、')}的名称，科目${entry.code}未列入名词解释。`));
    } else if (entry.note === undefined) {
      issues.push(
        issue('G.NOTE_MISSING', 'warning', 'glossaryNotes', entry.code, `第四部分 名词解释：科目${entry.code}“${entry.item ?? ''}”没有说明，未列入名词解释；请填写该科目的说明（可从科目书复制）。`),
      );
    }
  }
  return issues;
}
