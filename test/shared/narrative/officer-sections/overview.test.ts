// Part 1 概况 of both seeds from the samples, and its scope wording.
import { describe, expect, it } from 'vitest';
import { overviewBlocks } from '../../../../shared/narrative/officer-sections/index';
import { editableCopy, loadSample } from '../../../helpers/samples';
import { contextFor, headings, normalise, readSeed, seedSlice } from './officer-helpers';

/** Headings and paragraphs as printed, one normalised string. */
function printed(blocks: ReturnType<typeof overviewBlocks>): string {
  return normalise(blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? b.text : '')).join(''));
}

describe('Part 1 概况', () => {
  it('reproduces seed 000 (unit): duties as one paragraph, 28 divisions', () => {
    const seed = seedSlice(readSeed('000-final-2024-unit.txt'), '一、单位职责\n\n烟台', '第二部分');
    // The extraction put an English word into duty 2 ("…决定事项的 implementation"); the sample has the
    // wording of the same duty in seed 003 ("…决定事项的实施").
    const expected = normalise(seed).replace('implementation', '实施');
    const blocks = overviewBlocks(contextFor(loadSample('final-2024-unit')));
    expect(printed(blocks)).toBe(expected);
    expect(headings(blocks)).toEqual(['一、单位职责', '二、机构设置']);
  });

  it('reproduces seed 003 (department): numbered duties, constituent units and the 二级预算单位 list', () => {
    const seed = seedSlice(readSeed('003-final-2024-department.txt'), '一、部门职责\n\n(一)', '第二部分');
    // Seed 003 prints two of the list numbers as "3.." and "4.."; the product numbers "1." … "5.".
    const expected = normalise(seed).replace('3..', '3.').replace('4..', '4.');
    const blocks = overviewBlocks(contextFor(loadSample('final-2024-department')));
    expect(printed(blocks)).toBe(expected);
    expect(headings(blocks)).toEqual(['一、部门职责', '二、机构设置']);
  });

  it('words 机构设置 by scope', () => {
    const unitAsDepartment = editableCopy(loadSample('final-2024-unit'));
    unitAsDepartment.scope = 'department';
    unitAsDepartment.narrative.overview.constituentUnits = ['甲单位', '乙单位'];
    const blocks = overviewBlocks(contextFor(unitAsDepartment));
    expect(headings(blocks)[0]).toBe('一、部门职责');
    expect(printed(blocks)).toContain('从单位构成看，烟台市人民政府办公室（汇总）部门决算包括：甲单位、乙单位。');
    expect(printed(blocks)).not.toContain('本单位内设');
  });

  it('honours the officer\u2019s own text for a paragraph id', () => {
    const project = editableCopy(loadSample('final-2024-unit'));
    project.narrative.ownText['p1.org.p1'] = '本单位内设若干职能科室。';
    const block = overviewBlocks(contextFor(project)).find((b) => b.kind === 'paragraph' && b.id === 'p1.org.p1');
    expect(block?.kind === 'paragraph' ? block.text : undefined).toBe('本单位内设若干职能科室。');
  });
});
