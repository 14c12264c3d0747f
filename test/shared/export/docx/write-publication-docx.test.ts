import { beforeAll, describe, expect, it } from 'vitest';
import { writePublicationDocx } from '../../../../shared/export/docx/write-publication-docx';
import {
  attributeOf,
  instructionsOf,
  paragraphsOf,
  referencedPart,
  relationships,
  runsOf,
  sectionBodies,
  sectionsOf,
  textOf,
} from './docx-parts';
import { FIXTURE_CHARTS, FIXTURE_PUBLICATION, FIXTURE_TABLES, RUN_IN, TINY_PNG } from './publication-fixture';
import { writeFixture, type WrittenDocx } from './write-fixture';

let written: WrittenDocx;
let sections: string[];

beforeAll(async () => {
  written = await writeFixture();
  sections = sectionsOf(written.document);
});

function sectionBody(index: number): string {
  return sectionBodies(written.document)[index] ?? '';
}

/** A body paragraph by its text (the 目录 lines excluded). */
function bodyParagraph(text: string): string {
  return paragraphsOf(written.document).find((paragraph) => textOf(paragraph) === text && !paragraph.includes('w:val="TOC')) ?? '';
}

describe('writePublicationDocx: cover and 目录', () => {
  it('puts the cover lines, centred in 方正小标宋简体 of 22 pt or more, alone in the first section', () => {
    const cover = paragraphsOf(sectionBody(0)).filter((paragraph) => textOf(paragraph) !== '');
    expect(cover.map(textOf)).toEqual(['2024年度', '烟台市人民政府办公室', '本级决算']);
    for (const paragraph of cover) {
      expect(paragraph).toContain('<w:jc w:val="center"/>');
      expect(paragraph).toContain('w:eastAsia="方正小标宋简体"');
      expect(Number(attributeOf(paragraph, 'w:sz', 'w:val'))).toBeGreaterThanOrEqual(44);
    }
  });

  it('shrinks the cover lines to 一号 when a long line would not fit at 小初', async () => {
    const department = await writeFixture({ ...FIXTURE_PUBLICATION, cover: ['2024年度', '聊城市政府办公室（汇总）部门决算'] });
    const cover = paragraphsOf(sectionBodies(department.document)[0] ?? '').filter((paragraph) => textOf(paragraph) !== '');
    expect(cover.map((paragraph) => attributeOf(paragraph, 'w:sz', 'w:val'))).toEqual(['52', '52']);
    expect(attributeOf(paragraphsOf(sectionBody(0))[0] ?? '', 'w:sz', 'w:val')).toBe('72');
  });

  it('writes a TOC field over heading levels 1–3, marked for updating, with Word asked to update fields', async () => {
    const [instruction] = instructionsOf(sectionBody(1));
    expect(instruction).toMatch(/^TOC\b/);
    expect(instruction).toContain('\\o "1-3"');
    expect(sectionBody(1)).toContain('w:fldCharType="begin" w:dirty="true"');
    expect(await written.parts.text('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('caches the static 目录 lines in the field result: parts, table titles, level-1 headings', () => {
    const toc = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(sectionBody(1))?.[1] ?? '';
    const separate = toc.indexOf('w:fldCharType="separate"');
    const end = toc.indexOf('w:fldCharType="end"');
    const lines = paragraphsOf(toc.slice(separate, end)).map(textOf).filter((text) => text !== '');
    expect(lines).toEqual([
      '第一部分 单位概况',
      '一、单位职责',
      '二、机构设置',
      '第二部分 2024年度单位决算表',
      '一、收入支出决算总表',
      '二、财政拨款“三公”经费支出决算表',
      '第三部分 2024年度单位决算情况说明',
      '一、收入支出决算总体情况说明',
      '十三、预算绩效情况说明',
      '第四部分 名词解释',
      '第五部分 附 件',
    ]);
    expect(textOf(sectionBody(1))).toContain('目 录');
  });
});

describe('writePublicationDocx: headings and body text', () => {
  it('starts each part in a section of its own with a Heading 1 of two lines', () => {
    const partHeadings = paragraphsOf(written.document).filter((paragraph) => paragraph.includes('<w:pStyle w:val="Heading1"/>'));
    expect(partHeadings.map(textOf)).toEqual(FIXTURE_PUBLICATION.parts.map((part) => `${part.number}${part.title}`));
    for (const heading of partHeadings) {
      expect(heading).toContain('<w:br/>');
      expect(heading).toContain('w:eastAsia="黑体"');
    }
    // Each part heading is the first paragraph of a section.
    const firstParagraphs = sectionBodies(written.document).map((section) => paragraphsOf(section)[0] ?? '');
    expect(firstParagraphs.filter((paragraph) => paragraph.includes('"Heading1"')).map(textOf)).toEqual(partHeadings.map(textOf));
  });

  it('sets the three heading levels in 黑体, 楷体_GB2312 and bold 仿宋_GB2312 with heading styles 2–4', () => {
    const level1 = bodyParagraph('十三、预算绩效情况说明');
    const level2 = bodyParagraph('（一）预算绩效管理工作开展情况');
    const level3 = bodyParagraph('1、办公室政务运行保障经费项目');
    expect(level1).toContain('<w:pStyle w:val="Heading2"/>');
    expect(level1).toContain('w:eastAsia="黑体"');
    expect(level2).toContain('<w:pStyle w:val="Heading3"/>');
    expect(level2).toContain('w:eastAsia="楷体_GB2312"');
    expect(level3).toContain('<w:pStyle w:val="Heading4"/>');
    expect(level3).toContain('w:eastAsia="仿宋_GB2312"');
    expect(level3).toContain('<w:b/>');
  });

  it('sets a run-in heading in 楷体_GB2312 and runs the text on in 仿宋_GB2312, without repeating it', () => {
    const paragraph = paragraphsOf(written.document).find((candidate) => textOf(candidate).startsWith(RUN_IN)) ?? '';
    const [runIn, rest] = runsOf(paragraph);
    expect(textOf(runIn ?? '')).toBe(RUN_IN);
    expect(runIn).toContain('w:eastAsia="楷体_GB2312"');
    expect(textOf(rest ?? '')).toBe('根据预算绩效管理要求，我单位组织对2024年度市级预算项目全面开展绩效自评。');
    expect(rest).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('defines body text as 仿宋_GB2312 三号, justified, 2-character indent, exactly 28 pt', async () => {
    const styles = await written.parts.text('word/styles.xml');
    const body = /<w:style [^>]*w:styleId="GovBody"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/w:firstLineChars="200"/);
    expect(body).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"/);
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Heading3"[\s\S]*?w:eastAsia="楷体_GB2312"/);
    const paragraph = paragraphsOf(written.document).find((candidate) => textOf(candidate).startsWith('2024年度收、支总计')) ?? '';
    expect(paragraph).toContain('<w:pStyle w:val="GovBody"/>');
  });

  it('right-aligns the signature lines without indent', () => {
    const date = bodyParagraph('2025年9月17日');
    expect(date).toContain('<w:jc w:val="right"/>');
    expect(date).toMatch(/w:firstLineChars="0"/);
  });

  it('turns a pageBreak block into page-break-before, and drops it where a section break already starts a page', () => {
    const breaks = paragraphsOf(written.document).filter((paragraph) => paragraph.includes('<w:pageBreakBefore/>'));
    expect(breaks.map(textOf)).toEqual(['十三、预算绩效情况说明']);
  });
});

describe('writePublicationDocx: page setup', () => {
  it('uses A4 with the GB/T 9704 margins and landscape sections for the wide table and the form', () => {
    expect(sections.map((section) => attributeOf(section, 'w:pgSz', 'w:orient'))).toEqual([
      'portrait', // cover
      'portrait', // 目录
      'portrait', // 第一部分
      'portrait', // 第二部分, 公开01表
      'landscape', // 公开09表
      'portrait', // 第三部分
      'portrait', // 第四部分
      'portrait', // 第五部分
      'landscape', // 绩效自评表
    ]);
    for (const section of sections) {
      const landscape = attributeOf(section, 'w:pgSz', 'w:orient') === 'landscape';
      expect(attributeOf(section, 'w:pgSz', 'w:w')).toBe(landscape ? '16838' : '11906');
      expect(attributeOf(section, 'w:pgSz', 'w:h')).toBe(landscape ? '11906' : '16838');
      expect(attributeOf(section, 'w:type', 'w:val')).toBe('nextPage');
    }
    const portrait = sections[2] ?? '';
    // 37 mm, 26 mm, 35 mm, 28 mm in twips.
    expect(attributeOf(portrait, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attributeOf(portrait, 'w:pgMar', 'w:right')).toBe('1474');
    expect(attributeOf(portrait, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attributeOf(portrait, 'w:pgMar', 'w:left')).toBe('1587');
  });

  it('numbers pages from the 目录 with a centred “— PAGE —” footer in 宋体 四号, the cover unnumbered', async () => {
    const coverFooter = await referencedPart(written.parts, sections[0] ?? '', 'footer');
    expect(instructionsOf(coverFooter)).toEqual([]);
    expect(attributeOf(sections[1] ?? '', 'w:pgNumType', 'w:start')).toBe('1');
    for (const section of sections.slice(1)) {
      const footer = await referencedPart(written.parts, section, 'footer');
      expect(instructionsOf(footer).map((instruction) => instruction.trim())).toEqual(['PAGE']);
      expect(textOf(footer)).toBe('—  —');
      expect(footer).toContain('<w:jc w:val="center"/>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    for (const section of sections.slice(2)) expect(attributeOf(section, 'w:pgNumType', 'w:start')).toBeUndefined();
  });

  it('marks every page of a draft with a red 草稿 header, and a final document with none', async () => {
    for (const section of sections) {
      const header = await referencedPart(written.parts, section, 'header');
      expect(textOf(header)).toBe('草稿');
      expect(header).toContain('<w:color w:val="C00000"/>');
    }
    const final = await writeFixture({ ...FIXTURE_PUBLICATION, draft: false });
    for (const name of final.parts.names.filter((candidate) => /^word\/header\d+\.xml$/.test(candidate))) {
      expect(textOf(await final.parts.text(name))).toBe('');
    }
  });
});

describe('writePublicationDocx: charts', () => {
  it('puts the caption and unit line centred above the PNG, 14 cm wide with its aspect ratio', async () => {
    const paragraphs = paragraphsOf(written.document);
    const index = paragraphs.findIndex((paragraph) => textOf(paragraph) === '图1：收入支出决算变动情况');
    const [caption = '', unit = '', image = ''] = paragraphs.slice(index, index + 3);
    expect(caption).toContain('<w:jc w:val="center"/>');
    expect(caption).toContain('w:eastAsia="黑体"');
    expect(caption).toContain('<w:sz w:val="24"/>');
    expect(caption).toContain('<w:keepNext/>');
    expect(textOf(unit)).toBe('(单位：万元)');
    expect(image).toContain('<w:jc w:val="center"/>');
    expect(image).toContain('<wp:inline');
    // 529 px × 9525 EMU: 14 cm; 800 × 450 keeps 16:9.
    expect(attributeOf(image, 'wp:extent', 'cx')).toBe(String(529 * 9525));
    expect(attributeOf(image, 'wp:extent', 'cy')).toBe(String(298 * 9525));
    const embed = attributeOf(image, 'a:blip', 'r:embed') ?? '';
    const target = relationships(await written.parts.text('word/_rels/document.xml.rels')).get(embed);
    expect(target?.type).toMatch(/\/relationships\/image$/);
    expect(target?.target).toMatch(/^media\/.+\.png$/);
    expect(await written.parts.bytes(`word/${target?.target ?? ''}`)).toEqual(TINY_PNG);
  });

  it('refuses to write without the picture of a chart or the grid of a table', async () => {
    await expect(writePublicationDocx(FIXTURE_PUBLICATION, FIXTURE_TABLES, new Map())).rejects.toThrow(/图1：收入支出决算变动情况/);
    await expect(writePublicationDocx(FIXTURE_PUBLICATION, new Map(), FIXTURE_CHARTS)).rejects.toThrow(/FA01/);
  });
});
