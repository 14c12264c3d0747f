// The 部门预算公开 path in the web build: a new budget project, figures pasted into 支出总体情况表 and
// 收入总体情况表 with the 类/款 rows and 收支总体情况表 following, a project typed into 项目支出预算情况表,
// an issue jumped to and the 上年预算数 typed in section 一 with the text changing as it is typed,
// a 绩效目标表 added, the draft exported as the budget .docx/.xlsx; then the bundled budget sample's
// navigator with its badges and the 绩效目标表 editor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { assertZip, cell, cellText, exportDraftFiles, importExported, issueButton, loadWorkbook, paste, showPart, type Scenario } from './e2e-helpers';

/** The text of a .docx's body, tags removed. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');
}

const newBudgetProject: Scenario = {
  name: '新建部门预算项目 → 粘贴支出/收入表 → 类款行与收支总表更新 → 录入项目 → 问题跳转到上年预算数 → 绩效目标表 → 导出预算草稿',
  async run({ page, baseUrl, artifacts }) {
    await page.goto(baseUrl);
    await page.getByLabel('报告类型').selectOption({ label: '部门预算公开' });
    await page.getByLabel('单位（部门）名称').fill('测试市测试局');
    await page.getByLabel('年度', { exact: true }).fill('2025');
    await page.getByRole('button', { name: '创建项目' }).click();
    await page.waitForSelector('.edit-grid');
    // The navigator is the budget's: no 决算 parts.
    await page.locator('[data-part="section:b6"]').waitFor();
    await page.locator('[data-part="targetForms"]').waitFor();
    assert.equal(await page.locator('[data-part="attachments"], [data-part="priorYear"]').count(), 0);

    // 支出总体情况表: a block with codes, names and 基本/项目支出 pasted on the add line.
    await showPart(page, 'table:BG03');
    await paste(page, '.add-row input', ['2010101\t行政运行\t\t1,200.00\t300.00', '2080501\t行政单位离退休\t\t150.50\t', ''].join('\r\n'));
    await cell(page, 'BG03[2080501].c2').waitFor();
    assert.equal(await cellText(page, 'BG03[201].c1'), '1,500.00');
    assert.equal(await cellText(page, 'BG03[20101].c2'), '1,200.00');
    assert.equal(await cellText(page, 'BG03[TOTAL].c1'), '1,650.50');
    assert.match((await cell(page, 'BG03[201].c1').getAttribute('class')) ?? '', /role-derived/);

    // 收入总体情况表: the 一般公共预算收入 of the same 科目.
    await showPart(page, 'table:BG02');
    await paste(page, '.add-row input', ['2010101\t行政运行\t\t\t1,500.00', '2080501\t行政单位离退休\t\t\t150.50', ''].join('\r\n'));
    await cell(page, 'BG02[2080501].c3').waitFor();
    assert.equal(await cellText(page, 'BG02[TOTAL].c1'), '1,650.50');
    await page.screenshot({ path: `${artifacts}/budget-grid-02.png` });

    // 收支总体情况表 follows both tables.
    await showPart(page, 'table:BG01');
    assert.equal(await cellText(page, 'BG01[generalPublicBudget].c1'), '1,650.50');
    assert.equal(await cellText(page, 'BG01[201].c2'), '1,500.00');
    assert.equal(await cellText(page, 'BG01[yearExpenditureTotal].c2'), '1,650.50');
    assert.match((await cell(page, 'BG01[201].c2').getAttribute('class')) ?? '', /role-copied/);
    await page.screenshot({ path: `${artifacts}/budget-grid-01.png` });

    // 项目支出预算情况表: a project typed by name, its 项目类别 and 一般公共预算 typed in the grid.
    const projectIssue = issueButton(page, 'X3.2');
    await projectIssue.first().waitFor();
    await showPart(page, 'table:BG11');
    const add = page.getByLabel('添加项目名称');
    await add.fill('信息化建设项目');
    await add.press('Enter');
    await page.waitForSelector('td.focus[data-pos="1:1"]');
    await page.waitForFunction(() => document.activeElement?.classList.contains('grid-scroll') === true);
    // F2 opens the cell's editor (Chinese text arrives as input, not as key presses).
    await page.keyboard.press('F2');
    await page.keyboard.type('特定目标类');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('300');
    await page.keyboard.press('Enter');
    assert.equal(await cellText(page, 'BG11[1].c3'), '300.00');
    assert.equal(await cellText(page, 'BG11[TOTAL].c1'), '300.00');
    assert.equal((await page.locator('td[data-pos="1:0"]').innerText()).trim(), '信息化建设项目');
    assert.equal((await page.locator('td[data-pos="1:1"]').innerText()).trim(), '特定目标类');
    await page.screenshot({ path: `${artifacts}/budget-grid-11.png` });

    // The issue of section 一 jumps to the 上年预算数 in its editor.
    const prior = issueButton(page, 'B1.PRIOR');
    await prior.waitFor();
    await page.locator('.issues-panel').screenshot({ path: `${artifacts}/budget-issues-panel.png` });
    await prior.click();
    await page.waitForSelector('[data-part="section:b1"][aria-current="page"]');
    await page.waitForFunction(() => document.activeElement?.closest('[data-field="priorYear"]') !== null);
    assert.equal(await page.locator('[data-paragraph="b1.p4"]').count(), 0);
    for (const [label, value] of [
      ['上年收支预算总计', '1,500'],
      ['上年基本支出', '1,300'],
      ['上年项目支出', '200'],
      ['上年一般公共预算收入', '1,500'],
    ] as const) {
      const input = page.getByLabel(label, { exact: true });
      await input.fill(value);
      await input.press('Enter');
    }
    const change = page.locator('[data-paragraph="b1.p4"]');
    await change.waitFor();
    assert.match(await change.innerText(), /比上年增加150.5万元/);
    await page.getByLabel('收支预算总计增减原因').fill('新增信息化建设项目');
    await page.waitForFunction(() => document.querySelector('[data-paragraph="b1.p7"]')?.textContent?.includes('新增信息化建设项目') === true);
    await issueButton(page, 'B1.PRIOR').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${artifacts}/budget-section-b1.png` });

    // 绩效目标表: the project without a form gets one; its 总体目标 shows in the form preview.
    await showPart(page, 'targetForms');
    await page.getByRole('button', { name: '为“信息化建设项目”添加绩效目标表' }).click();
    await page.getByLabel('总体目标').fill('完成政务信息系统整合，提升办事效率。');
    await page.locator('.grid-preview', { hasText: '完成政务信息系统整合' }).waitFor();
    await page.getByRole('button', { name: '添加指标' }).click();
    await page.getByLabel('三级指标').fill('整合系统数量');
    await page.screenshot({ path: `${artifacts}/budget-target-forms.png` });

    // Export: errors remain (基本支出预算情况表 is empty), so a draft; the budget file names and words.
    const { docx, xlsx } = await exportDraftFiles(page, artifacts);
    assert.equal(docx.name, '2025年测试市测试局单位预算公开.docx');
    assert.equal(xlsx.name, '2025年测试市测试局单位预算公开（公开表）.xlsx');
    const docxBytes = readFileSync(docx.path);
    assertZip(docxBytes, ['word/document.xml'], docx.name);
    const text = await docxText(docxBytes);
    for (const words of ['收支总体情况表', '单位预算', '预算收支增减变化情况说明', '比上年增加150.5万元', '政策和项目预算绩效目标表', '完成政务信息系统整合']) {
      assert.ok(text.includes(words), `预算文档应含“${words}”`);
    }
    const workbook = await loadWorkbook(readFileSync(xlsx.path));
    assert.equal(workbook.worksheets.length, 12, '预算公开表工作簿应有 12 张表');

    // The exported 预算 公开表 imported from the start page is recognised as a budget workbook.
    const report = await importExported(page, xlsx.path);
    assert.match(await report.innerText(), /2025 年度 · 测试市测试局/);
    assert.match(await report.innerText(), /预算公开表/);
    assert.match(await report.innerText(), /项目支出预算情况表/);
    await report.getByRole('button', { name: '打开导入的项目' }).click();
    await page.locator('[data-part="targetForms"]').waitFor();
    await showPart(page, 'table:BG11');
    assert.equal((await page.locator('td[data-pos="1:0"]').innerText()).trim(), '信息化建设项目');
    assert.equal(await cellText(page, 'BG11[TOTAL].c1'), '300.00');
  },
};

const budgetSample: Scenario = {
  name: '预算示例：导航栏为预算各部分并显示问题数，绩效目标表编辑与预览，问题跳转到绩效目标表的录入项',
  async run({ page, baseUrl, artifacts }) {
    await page.goto(`${baseUrl}?sample=budget`);
    await page.waitForSelector('.edit-grid');
    const nav = page.locator('.navigator');
    const navText = await nav.innerText();
    for (const words of ['第一部分 单位概况', '收支总体情况表', '项目支出预算情况表', '一、预算收支增减变化情况说明', '六、绩效目标情况说明', '绩效目标表', '第四部分 名词解释']) {
      assert.ok(navText.includes(words), `导航栏应含“${words}”`);
    }
    assert.ok(!navText.includes('附件') && !navText.includes('上年决算数'), '预算项目不应有决算的部分');
    // The sample's two warnings are counted on their tables.
    assert.equal((await page.locator('[data-part="table:BG06"] .badge-warning').innerText()).trim(), '1');

    // A form's 总体目标 cleared: the warning is counted on 绩效目标表 and jumps to the field.
    await showPart(page, 'targetForms');
    const objective = page.getByLabel('总体目标').first();
    await objective.fill('');
    await page.locator('[data-part="targetForms"] .badge-warning').waitFor();
    const formIssue = issueButton(page, 'B6.FORM');
    await showPart(page, 'section:b2');
    await formIssue.click();
    await page.waitForSelector('[data-part="targetForms"][aria-current="page"]');
    await page.waitForFunction(() => document.activeElement?.closest('[data-field="budget.targetForms.0.objective"]') !== null);
    await objective.fill('通过绩效管理，明确经费使用标准。');
    await formIssue.waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-part="targetForms"] .badge').count(), 0);
    await page.locator('.grid-preview', { hasText: '明确经费使用标准' }).waitFor();
    await page.screenshot({ path: `${artifacts}/budget-sample-forms.png` });

    // 三、机关运行经费 in the officer's own words: a figure the tables do not hold is questioned.
    await showPart(page, 'section:b3');
    const own = page.locator('[data-paragraph="b3.p1"]');
    await own.getByLabel('使用自己的文字').check();
    await own.getByRole('textbox').fill('2025年机关运行经费预算999万元。');
    const ownIssue = issueButton(page, 'TXT.OWN.FIGURE');
    await ownIssue.waitFor();
    await page.locator('[data-part="section:b3"] .badge').waitFor();
    await own.getByLabel('使用自己的文字').uncheck();
    await ownIssue.waitFor({ state: 'detached' });

    // 五、国有资产: a vehicle count that does not add up is an error on the section and its group.
    await showPart(page, 'section:b5');
    const total = page.getByLabel('车辆总数');
    await total.fill('12');
    await total.press('Enter');
    await page.locator('[data-part="section:b5"] .badge-error').waitFor();
    await page.locator('[data-field="stateAssets.vehicles"] .field-issue', { hasText: '各类车辆之和' }).waitFor();
    await page.screenshot({ path: `${artifacts}/budget-section-b5.png` });

    // The “三公” table's two year groups are named by their years.
    await showPart(page, 'table:BG07');
    const header = await page.locator('.edit-grid thead').innerText();
    assert.ok(header.includes('2024年预算数') && header.includes('2025年预算数'), `“三公”表头应含两个年度：${header}`);

    // The paired 基本支出预算情况表.
    await showPart(page, 'table:BG10');
    assert.equal((await page.locator('tr', { has: page.locator('td', { hasText: /^30101$/ }) }).locator('td.cell-paired').first().innerText()).trim(), '50101');
    await page.screenshot({ path: `${artifacts}/budget-grid-10.png` });
  },
};

export const budgetScenarios: readonly Scenario[] = [newBudgetProject, budgetSample];
