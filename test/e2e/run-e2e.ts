// npm run test:e2e: builds the web app, serves it, and drives it in headless Chromium through the
// officer's main path. Plain node runner (not vitest), so the unit test run stays fast.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser';
import { assertLazyLibraries, buildWeb, webDist } from './build-web';
import { serveFolder } from './static-server';
import { SCENARIOS } from './app.e2e';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = fileURLToPath(new URL('../../test-artifacts', import.meta.url));
mkdirSync(artifacts, { recursive: true });

if (!process.argv.includes('--no-build')) buildWeb(root);
assertLazyLibraries(webDist(root));
const server = await serveFolder(webDist(root));
const browser = await launchChromium();
let failed = 0;
try {
  // --grep 预算 runs only the scenarios whose name contains the words (while working on one path).
  const grep = process.argv.includes('--grep') ? process.argv[process.argv.indexOf('--grep') + 1] : undefined;
  for (const scenario of SCENARIOS.filter((s) => grep === undefined || s.name.includes(grep))) {
    const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const started = Date.now();
    try {
      await scenario.run({ page, baseUrl: server.url, artifacts });
      if (pageErrors.length > 0) throw new Error(`页面脚本错误：${pageErrors.join('；')}`);
      console.log(`✓ ${scenario.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      await page.screenshot({ path: `${artifacts}/failure-${SCENARIOS.indexOf(scenario)}.png` }).catch(() => undefined);
      console.error(`✗ ${scenario.name}\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed > 0) {
  console.error(`${failed} 个端到端场景失败`);
  process.exit(1);
}
