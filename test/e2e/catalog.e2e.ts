// 导入科目表 in the unit sample: a GBK-encoded CSV (as Excel on Chinese Windows saves it) renames a
// 项 of 公开03表 and gives it a 说明; the confirmation dialog, the notice, the new name in the grid
// and on the 名词解释 page, and undo bringing the old name back.
import assert from 'node:assert/strict';
import { encodeGbk } from '../helpers/gbk';
import { showPart, type Scenario } from './e2e-helpers';

const CATALOG_CSV =
  '科目编码,科目名称,说明\r\n' +
  '2010302,一般行政管理事务（综合）,反映行政单位综合性行政管理事务的支出。\r\n' +
  '99,无效行\r\n';

export const catalogImport: Scenario = {
  name: '示例项目导入科目表：GBK 编码的 CSV，确认科目体系，表格与名词解释换用新名称和说明，撤销恢复原名称',
  async run({ page, baseUrl, artifacts }) {
    await page.goto(`${baseUrl}?sample=unit`);
    await page.waitForSelector('.edit-grid');
    await showPart(page, 'table:FA03');
    const grid = page.locator('.edit-grid');
    assert.match(await grid.innerText(), /一般行政管理事务/);
    assert.doesNotMatch(await grid.innerText(), /一般行政管理事务（综合）/);

    // 名词解释 is where the catalog's notes show; the button is there.
    await showPart(page, 'glossary');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入科目表…' }).click();
    await (await chooser).setFiles({ name: '2025年支出功能分类科目.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(CATALOG_CSV)) });

    const dialog = page.getByRole('dialog', { name: '导入科目表' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, /2025年支出功能分类科目\.csv/);
    assert.match(text, /读到 1 个科目 · 识别结果/);
    assert.match(text, /第3行：科目编码“99”不是3、5或7位数字，已跳过/);
    assert.ok(await dialog.getByRole('radio', { name: /^支出功能分类/ }).isChecked());
    await page.screenshot({ path: `${artifacts}/catalog-import-dialog.png` });

    // Switching the scheme shows what would be read under it; the officer goes back to 功能分类.
    await dialog.getByRole('radio', { name: /^部门预算支出经济分类/ }).check();
    assert.ok(await dialog.getByRole('button', { name: '导入 0 个科目' }).isDisabled());
    await dialog.getByRole('radio', { name: /^支出功能分类/ }).check();
    await dialog.getByRole('button', { name: '导入 1 个科目' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.match(await page.locator('.notice').innerText(), /已导入 1 个科目（支出功能分类），1 行未导入或有疑问：第3行/);

    const note = page.locator('[data-field="2010302"]');
    assert.match(await note.innerText(), /2010302 一般行政管理事务（综合）/);
    assert.equal(await note.locator('textarea').getAttribute('placeholder'), '反映行政单位综合性行政管理事务的支出。');
    assert.match(await page.locator('.hint', { hasText: '本项目已有科目' }).innerText(), /支出功能分类 1 个/);

    await showPart(page, 'table:FA03');
    await page.waitForFunction(() => document.querySelector('.edit-grid')?.textContent?.includes('一般行政管理事务（综合）') === true);
    assert.match(await page.locator('.doc-title').innerText(), /未保存/);
    await page.screenshot({ path: `${artifacts}/catalog-import-grid.png` });

    await page.getByRole('button', { name: '撤销' }).click();
    await page.waitForFunction(() => document.querySelector('.edit-grid')?.textContent?.includes('一般行政管理事务（综合）') === false);
    assert.match(await grid.innerText(), /一般行政管理事务/);
  },
};
