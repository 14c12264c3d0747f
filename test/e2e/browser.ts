// Chromium for the end-to-end tests and the app benchmarks: the Debian package driven by
// playwright-core (no browser download).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function launchChromium(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
  if (executablePath === undefined) throw new Error('找不到 Chromium：请安装 Debian 软件包 chromium，或用 CHROMIUM_PATH 指定可执行文件。');
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}
