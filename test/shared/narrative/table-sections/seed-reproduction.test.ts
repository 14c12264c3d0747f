// Sections 一–九 of seeds 000 (unit) and 003 (department) reproduced sentence for sentence from the
// bundled samples (tables, last year's figures and the officer's inputs in `narrative`).
import { describe, expect, it } from 'vitest';
import { buildTableSections } from '../../../../shared/narrative/table-sections/table-sections';
import { loadSample, type SampleName } from '../../../helpers/samples';
import { contextFor, generatedSections, normalise, seedSections, sentences } from './helpers';

interface Deviation {
  /** Section heading number (一 … 九). */
  readonly section: string;
  /** The seed's text (normalised) and the product's correct text. */
  readonly seed: string;
  readonly product: string;
  readonly why: string;
  /** How often the seed text occurs (default 1). */
  readonly times?: number;
}

interface Case {
  readonly sample: SampleName;
  readonly seed: string;
  readonly deviations: readonly Deviation[];
  /** Captions the seed lost with the chart images. */
  readonly lostCaptions: readonly string[];
}

const CASES: readonly Case[] = [
  {
    sample: 'final-2024-unit',
    seed: '000-final-2024-unit.txt',
    deviations: [
      {
        section: '五',
        seed: '一般公共预算服务支出（类）',
        product: '一般公共服务支出（类）',
        times: 2,
        why: '五(三) items 1–2 misprint the 类 name of 201 (final-account-tables.md §13 item 5); item 3 prints it correctly.',
      },
      {
        section: '六',
        seed: '其他对个人和家庭的补助等。',
        product: '其他对个人和家庭的补助。',
        why: 'the list names every non-zero row of block A, so nothing is left out and no "等" follows (§7 [P]).',
      },
      {
        section: '六',
        seed: '其他交通费用、办公设备购置、信息网络及软件购置更新等。',
        product: '其他交通费用、其他商品和服务支出、办公设备购置、信息网络及软件购置更新。',
        why: 'the seed omits the non-zero row 30299 其他商品和服务支出 (164.87 万元) of 公开06表 and ends with "等" (§7).',
      },
    ],
    // 图3's caption is missing from seed 000 (the text jumps from 图2 to 图4).
    lostCaptions: ['图3：本年支出构成情况'],
  },
  {
    sample: 'final-2024-department',
    seed: '003-final-2024-department.txt',
    deviations: [
      {
        section: '九',
        seed: '开支内容包括：支付出国招商等费用。全年支出涉及因公出国（境）团组3个，累计5人次。开支内容包括：支付出国招商等费用。',
        product: '开支内容包括：支付出国招商等费用。',
        why: 'seed 003 prints the travel sentence twice, an authoring slip (§10).',
      },
    ],
    // Seed 003 lost the captions of 图3 and 图6 with the images.
    lostCaptions: ['本年支出决算结构图', '一般公共预算财政拨款支出决算结构图'],
  },
];

describe.each(CASES)('情况说明一至九 of $seed', ({ sample, seed, deviations, lostCaptions }) => {
  const result = buildTableSections(contextFor(loadSample(sample)));
  const generated = generatedSections(result.blocks);
  const seeded = seedSections(
    seed,
    generated.map((s) => s.heading),
  );

  it('writes the nine sections in the seed order without any issue', () => {
    expect(generated.map((s) => normalise(s.heading))).toEqual(seeded.map((s) => s.heading));
    expect(generated).toHaveLength(9);
    expect(result.issues).toEqual([]);
  });

  it.each(generated.map((s, i) => [s.heading, i] as const))('%s: headings and sentences', (_heading, i) => {
    const mine = generated[i];
    const theirs = seeded[i];
    if (mine === undefined || theirs === undefined) throw new Error('section missing');
    expect(mine.subHeadings.map(normalise)).toEqual(theirs.subHeadings);
    let seedBody = theirs.body;
    for (const d of deviations.filter((x) => mine.heading.startsWith(`${x.section}、`))) {
      const parts = seedBody.split(normalise(d.seed));
      expect(parts.length - 1, `seed deviation still present: ${d.why}`).toBe(d.times ?? 1);
      seedBody = parts.join(normalise(d.product));
    }
    expect(sentences(mine.body)).toEqual(sentences(seedBody));
  });

  it('prints the chart captions of the seed (plus those the extraction lost)', () => {
    const mine = generated.flatMap((s) => s.captions).map(normalise);
    const theirs = seeded.flatMap((s) => s.captions);
    expect(mine.filter((c) => !lostCaptions.map(normalise).includes(c))).toEqual(theirs);
  });
});
