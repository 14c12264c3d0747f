import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isRendererUrl, rendererFilePath, rendererResponse } from '../../electron/main/renderer-protocol';

function rendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ds-renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>预决算公开编制助手</title>');
  writeFileSync(join(dir, 'assets', 'index-1a2b.js'), 'console.log(1)');
  writeFileSync(join(dir, '..', 'secret.txt'), 'outside');
  return dir;
}

describe('the app:// renderer protocol', () => {
  it('serves the built page with the CSP and the right types', async () => {
    const dir = rendererDir();
    const page = await rendererResponse('app://renderer/index.html', dir);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('预决算公开编制助手');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await rendererResponse('app://renderer/assets/index-1a2b.js', dir);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses anything outside the renderer folder', async () => {
    const dir = rendererDir();
    for (const url of ['app://renderer/../secret.txt', 'app://renderer/%2e%2e/secret.txt', 'app://renderer/assets/..%2F..%2Fsecret.txt', 'app://other/index.html', 'https://renderer/index.html', 'app://renderer/%E0%A4%A']) {
      // Either refused or normalised to a name inside the folder, never the file beside it.
      const path = rendererFilePath(url, dir);
      expect(path === undefined || path.startsWith(`${dir}${sep}`), url).toBe(true);
      const response = await rendererResponse(url, dir);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
    expect(rendererFilePath('app://renderer/assets/..%2F..%2Fsecret.txt', dir)).toBeUndefined();
  });

  it('answers 404 for a missing file', async () => {
    expect((await rendererResponse('app://renderer/nothing.js', rendererDir())).status).toBe(404);
  });

  it('allows no network, eval, plug-ins or frames', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'none'");
  });

  it('trusts messages only from its own origin', () => {
    expect(isRendererUrl('app://renderer/index.html')).toBe(true);
    expect(isRendererUrl('app://renderer.evil/index.html')).toBe(false);
    expect(isRendererUrl('file:///C:/index.html')).toBe(false);
    expect(isRendererUrl(undefined)).toBe(false);
  });
});
