// What the end-to-end scenarios share: the scenario shape, a real paste event, grid cells by
// address, the navigator, the issues panel, a check that a download is a zip package, the draft
// export and the exported 公开表 imported again from the start page.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';

export interface ScenarioContext {
  readonly page: Page;
  readonly baseUrl: string;
  /** Screenshots and downloads go here (gitignored). */
  readonly artifacts: string;
}

export interface Scenario {
  readonly name: string;
  readonly run: (context: ScenarioContext) => Promise<void>;
}

/** Dispatches a real paste event carrying `text` as the clipboard's plain text, as Ctrl+V does. */
export async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

export function cell(page: Page, address: string) {
  return page.locator(`td[data-address="${address}"]`);
}

export async function cellText(page: Page, address: string): Promise<string> {
  return (await cell(page, address).innerText()).trim();
}

/** Opens a part of the report from the navigator. */
export async function showPart(page: Page, part: string): Promise<void> {
  await page.locator(`[data-part="${part}"]`).click();
}

export function issueButton(page: Page, rule: string) {
  return page.locator('.issue-list button', { has: page.locator('.issue-rule', { hasText: rule }) });
}

/** A .docx/.xlsx is a zip: local file header signature and the parts it must contain. */
export function assertZip(bytes: Buffer, parts: readonly string[], label: string): void {
  assert.ok(bytes.length > 2000, `${label} 不应为空（${bytes.length} 字节）`);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], `${label} 应为 zip 文件`);
  for (const part of parts) assert.ok(bytes.includes(Buffer.from(part)), `${label} 应含 ${part}`);
}

/**
 * Confirms the draft export in the open dialog and saves both downloads under their own names: an
 * import reads the year from the file name, as from a real download.
 */
export async function exportDraft(page: Page, artifacts: string): Promise<{ readonly name: string; readonly path: string }[]> {
  await page.getByRole('button', { name: '导出公开材料' }).click();
  const dialog = page.getByRole('dialog');
  assert.match(await dialog.innerText(), /草稿/);
  const both = new Promise<Download[]>((resolve) => {
    const seen: Download[] = [];
    page.on('download', (download) => {
      seen.push(download);
      if (seen.length === 2) resolve(seen);
    });
  });
  await dialog.getByRole('button', { name: '导出草稿' }).click();
  await dialog.getByText('草稿已导出').waitFor({ timeout: 60_000 });
  return Promise.all(
    (await both).map(async (download) => {
      const path = `${artifacts}/${download.suggestedFilename()}`;
      await download.saveAs(path);
      return { name: download.suggestedFilename(), path };
    }),
  );
}

export interface DraftFile {
  readonly name: string;
  readonly path: string;
}

/** The draft export, which must give one .docx and one .xlsx. */
export async function exportDraftFiles(page: Page, artifacts: string): Promise<{ readonly docx: DraftFile; readonly xlsx: DraftFile }> {
  const files = await exportDraft(page, artifacts);
  const docx = files.find((f) => f.name.endsWith('.docx'));
  const xlsx = files.find((f) => f.name.endsWith('.xlsx'));
  assert.ok(docx !== undefined && xlsx !== undefined, `应下载 .docx 和 .xlsx，实际：${files.map((f) => f.name).join('、')}`);
  return { docx, xlsx };
}

export async function loadWorkbook(bytes: Buffer<ArrayBuffer>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return workbook;
}

/** Closes the export dialog and the project, then picks the exported 公开表 on the start page; gives the import report. */
export async function importExported(page: Page, xlsxPath: string): Promise<Locator> {
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  page.once('dialog', (question) => void question.accept());
  await page.getByRole('button', { name: '关闭项目' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择本年公开表 .xlsx…' }).click();
  await (await chooser).setFiles(xlsxPath);
  const report = page.getByLabel('导入报告');
  await report.waitFor();
  return report;
}
