// The built bundles, started against a stand-in for Electron (its binary cannot be installed here):
// the wiring of main.ts that unit tests of single modules cannot see.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../shared/ipc/channels';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
// Inside the repository so that require('electron') resolves to the stand-in's cache entry.
const outdir = join(root, 'test-artifacts', `electron-bundle-${process.pid}`);

interface Seen {
  readonly events: string[];
  readonly privileged: { scheme: string }[];
  readonly handled: string[];
  readonly ipc: string[];
  readonly on: string[];
  readonly sent: [string, string][];
  readonly windows: { url: string; webPreferences: Record<string, unknown> }[];
  readonly menus: number;
  readonly userModelId: string;
  readonly appEvents: string[];
}

async function start(...appArgs: string[]): Promise<Seen> {
  const userData = mkdtempSync(join(tmpdir(), 'ds-userdata-'));
  const runner = join(root, 'test', 'electron', 'fixtures', 'run-main-with-stand-in.mjs');
  const { stdout } = await run(process.execPath, [runner, join(outdir, 'main.cjs'), userData, ...appArgs]);
  return JSON.parse(stdout);
}

beforeAll(async () => {
  await run(process.execPath, [join(root, 'scripts', 'build-electron.mjs'), '--outdir', outdir]);
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the built desktop shell', () => {
  it('loads only Electron and Node built-ins at run time', () => {
    const requires = (file: string) => new Set([...readFileSync(join(outdir, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect([...requires('preload.cjs')]).toEqual(['electron']);
    for (const name of requires('main.cjs')) expect(name === 'electron' || name?.startsWith('node:'), name).toBe(true);
  });

  it('starts: app:// before ready, one instance, the secure window, every IPC channel, the menu', async () => {
    const seen = await start();
    expect(seen.events.slice(0, 3)).toEqual(['scheme', 'lock', 'whenReady']);
    expect(seen.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(seen.handled).toEqual(['app']);
    expect(seen.userModelId).toBe('cn.gov.disclosure-studio');
    expect(seen.windows).toHaveLength(1);
    expect(seen.windows[0]?.url).toBe('app://renderer/index.html');
    expect(seen.windows[0]?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(outdir, 'preload.cjs') });
    expect(seen.ipc.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(seen.on.sort()).toEqual(Object.values(SEND_CHANNELS).sort());
    expect(seen.menus).toBe(1);
    expect(seen.appEvents).toEqual(['second-instance', 'window-all-closed']);
  });

  it('opens a project passed on the command line once the page has loaded, and one from a second start', async () => {
    const seen = await start('/data/决算/烟台市人民政府办公室.dsproj');
    expect(seen.sent).toEqual([
      ['ds:menu', 'openRecent:/data/决算/烟台市人民政府办公室.dsproj'],
      ['ds:menu', 'openRecent:/data/second.dsproj'],
    ]);
    expect(seen.events.slice(3)).toEqual(['loaded', 'sent', 'focus', 'sent']);
  });
});
