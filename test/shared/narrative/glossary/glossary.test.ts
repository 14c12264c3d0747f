// Part 4 名词解释 of both seeds, entry for entry: the 15 fixed terms and one entry per 项 in the tables.
import { describe, expect, it } from 'vitest';
import { glossaryBlocks, glossaryItemCodes } from '../../../../shared/narrative/officer-sections/index';
import { editableCopy, loadSample } from '../../../helpers/samples';
import { contextFor, issuesOf, normalise, readSeed, seedSlice, where, type SeedName } from '../officer-sections/officer-helpers';

/** The seed's 名词解释 cut into entries ("一、…", "十六、…"); an entry starts after "。" or "）". */
function seedEntries(seed: SeedName): string[] {
  const text = normalise(seedSlice(readSeed(seed), '第四部分\n\n名词解释', '第五部分').replace('第四部分\n\n名词解释', ''));
  return text.split(/(?<=[。）])(?=[一二三四五六七八九十]+、)/u);
}

function productEntries(sample: 'final-2024-unit' | 'final-2024-department'): string[] {
  return glossaryBlocks(contextFor(loadSample(sample))).map((b) => (b.kind === 'paragraph' ? normalise(b.text) : ''));
}

describe('名词解释', () => {
  it('reproduces seed 000 entry for entry (15 fixed terms, 10 项)', () => {
    const seed = seedEntries('000-final-2024-unit.txt');
    expect(seed).toHaveLength(25);
    expect(productEntries('final-2024-unit')).toEqual(seed);
  });

  it('reproduces seed 003 entry for entry (15 fixed terms, 12 项; half-width brackets normalised)', () => {
    const seed = seedEntries('003-final-2024-department.txt');
    expect(seed).toHaveLength(27);
    expect(productEntries('final-2024-department')).toEqual(seed);
  });

  it('lists the 项 with a non-zero value in 02/03/05/07/08, in code order', () => {
    expect(glossaryItemCodes(contextFor(loadSample('final-2024-department')))).toEqual([
      '2010301', '2010302', '2010303', '2010350', '2080501', '2080502', '2080505', '2080506', '2101101', '2101102', '2120899', '2210201',
    ]);
  });

  it('prefers the officer\u2019s note over the catalog', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.glossaryNotes['2010301'] = '反映本单位的基本支出。';
    const texts = glossaryBlocks(contextFor(project)).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toContain('十六、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：反映本单位的基本支出。');
  });

  it('leaves out an entry without a note and warns, never printing placeholder text', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    // A 项 the catalog knows by name but has no 说明 for.
    project.catalog.push({ scheme: 'function', code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', source: '测试' });
    const texts = glossaryBlocks(contextFor(project)).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toHaveLength(24);
    expect(texts.some((t) => t.includes('其他政府办公厅（室）及相关机构事务支出（项）'))).toBe(false);
    expect(texts[17]).toMatch(/^十八、社会保障和就业支出（类）/);
    const issue = issuesOf(project).find((i) => i.id === 'G.NOTE_MISSING');
    expect(issue && where(issue)).toBe('G.NOTE_MISSING glossaryNotes.2010399');
    expect(issue?.severity).toBe('warning');
  });
});
