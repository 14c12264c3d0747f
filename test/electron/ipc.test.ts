import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type InvokeHandlers } from '../../electron/main/handlers';
import { PathGrants } from '../../electron/main/path-grants';
import { RecentList } from '../../electron/main/recent';
import { RecoveryStore } from '../../electron/main/recovery';
import { invokeContract, sendContract, type DocumentState } from '../../shared/ipc/contract';
import { renderChartPng } from '../../shared/node/rasterise-svg';
import { buildPackageFiles } from '../../shared/publication/package-files';
import { loadSample } from '../helpers/samples';
import { scriptedDialogs, type DialogScript } from './scripted-dialogs';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener>();
  return {
    handlers,
    listeners,
    ipcMain: {
      handle: (channel: string, fn: Listener) => handlers.set(channel, fn),
      on: (channel: string, fn: Listener) => listeners.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
      removeAllListeners: (channel: string) => listeners.delete(channel),
    },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain }));

const { registerIpc } = await import('../../electron/main/ipc');

const OWN_PAGE = { senderFrame: { url: 'app://renderer/index.html' } };

function counted(h: InvokeHandlers, calls: string[]): InvokeHandlers {
  return {
    openProject: () => (calls.push('openProject'), h.openProject()),
    openProjectPath: (p) => (calls.push('openProjectPath'), h.openProjectPath(p)),
    saveProject: (r) => (calls.push('saveProject'), h.saveProject(r)),
    autosave: (r) => (calls.push('autosave'), h.autosave(r)),
    takeRecovery: () => (calls.push('takeRecovery'), h.takeRecovery()),
    discardRecovery: () => (calls.push('discardRecovery'), h.discardRecovery()),
    recentProjects: () => (calls.push('recentProjects'), h.recentProjects()),
    pickWorkbook: (p) => (calls.push('pickWorkbook'), h.pickWorkbook(p)),
    pickExportFolder: () => (calls.push('pickExportFolder'), h.pickExportFolder()),
    writePackage: (r) => (calls.push('writePackage'), h.writePackage(r)),
    openFolder: (p) => (calls.push('openFolder'), h.openFolder(p)),
  };
}

interface Rig {
  readonly calls: string[];
  readonly states: DocumentState[];
  readonly confirms: number[];
  readonly script: DialogScript;
  readonly dir: string;
  readonly unregister: () => void;
}

function rig(overrides: Partial<InvokeHandlers> = {}): Rig {
  const dir = mkdtempSync(join(tmpdir(), 'ds-ipc-'));
  const { script, dialogs } = scriptedDialogs();
  const real = createHandlers({
    dialogs,
    recent: new RecentList(dir),
    recovery: new RecoveryStore(dir),
    grants: new PathGrants(),
    documentsDir: dir,
    recentChanged: () => undefined,
  });
  const calls: string[] = [];
  const states: DocumentState[] = [];
  const confirms: number[] = [];
  const unregister = registerIpc(
    { ...counted(real, calls), ...overrides },
    { setDocumentState: (s) => states.push(s), confirmClose: () => confirms.push(1) },
    (url) => url?.startsWith('app://renderer/') === true,
  );
  return { calls, states, confirms, script, dir, unregister };
}

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = fake.handlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(event, ...args));
}

beforeEach(() => {
  fake.handlers.clear();
  fake.listeners.clear();
});

const c = invokeContract;
const badPayloads: readonly (readonly [string, readonly unknown[]])[] = [
  [c.openProject.channel, [1]],
  [c.openProjectPath.channel, []],
  [c.openProjectPath.channel, ['项目/相对路径.dsproj']],
  [c.openProjectPath.channel, [42]],
  [c.openProjectPath.channel, ['C:\\项目\u0000.dsproj']],
  [c.saveProject.channel, [{}]],
  [c.saveProject.channel, [{ text: 5 }]],
  [c.saveProject.channel, [{ text: '{}', path: 'relative.dsproj' }]],
  [c.saveProject.channel, [{ text: '{}', saveAs: 'yes' }]],
  [c.autosave.channel, [{ path: '/tmp/p.dsproj' }]],
  [c.takeRecovery.channel, ['now']],
  [c.discardRecovery.channel, [true]],
  [c.recentProjects.channel, [1]],
  [c.pickWorkbook.channel, ['budget']],
  [c.pickWorkbook.channel, ['catalog', 'extra']],
  [c.pickWorkbook.channel, []],
  [c.pickExportFolder.channel, [{}]],
  [c.writePackage.channel, [{ folder: '/tmp', files: [] }]],
  [c.writePackage.channel, [{ folder: '/tmp', files: [{ name: '../evil.docx', bytes: new Uint8Array(1) }] }]],
  [c.writePackage.channel, [{ folder: '/tmp', files: [{ name: 'a\\b.docx', bytes: new Uint8Array(1) }] }]],
  [c.writePackage.channel, [{ folder: '/tmp', files: [{ name: 'a.docx', bytes: [1, 2, 3] }] }]],
  [c.writePackage.channel, [{ folder: '/tmp', files: [{ name: 'a.docx', bytes: 'AQID' }] }]],
  [c.openFolder.channel, ['']],
  [c.openFolder.channel, [null]],
];

describe('IPC validation', () => {
  it('registers every verb of the contract and removes them again', () => {
    const { unregister } = rig();
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(invokeContract).map((v) => v.channel).sort());
    expect([...fake.listeners.keys()].sort()).toEqual(Object.values(sendContract).map((v) => v.channel).sort());
    unregister();
    expect(fake.handlers.size + fake.listeners.size).toBe(0);
  });

  for (const [channel, args] of badPayloads) {
    it(`rejects ${channel} ${JSON.stringify(args)?.slice(0, 60)} with 'invalid' before any handler runs`, async () => {
      const { calls, script } = rig();
      const result = await invoke(channel, OWN_PAGE, ...args);
      expect(result).toMatchObject({ ok: false, code: 'invalid' });
      expect(calls).toEqual([]);
      expect(script.shown).toEqual([]);
    });
  }

  it('passes the catalog purpose through to its dialog and reads the chosen CSV', async () => {
    const { calls, script, dir } = rig();
    const file = join(dir, '科目表.csv');
    writeFileSync(file, '科目编码,科目名称\n2010301,行政运行\n');
    script.workbook.push(file);
    const result = await invoke(c.pickWorkbook.channel, OWN_PAGE, 'catalog');
    expect(result).toMatchObject({ ok: true, value: { name: '科目表.csv' } });
    expect(script.shown).toEqual(['workbook catalog']);
    expect(calls).toEqual(['pickWorkbook']);
  });

  it('denies messages from any page but our own', async () => {
    const { calls } = rig();
    expect(await invoke(c.recentProjects.channel, { senderFrame: { url: 'https://example.com/' } })).toEqual({ ok: false, code: 'denied' });
    expect(await invoke(c.recentProjects.channel, { senderFrame: null })).toEqual({ ok: false, code: 'denied' });
    expect(calls).toEqual([]);
  });

  it('answers an unexpected failure with the verb’s failure code', async () => {
    rig({ saveProject: () => Promise.reject(new Error('disk gone')) });
    expect(await invoke(c.saveProject.channel, OWN_PAGE, { text: '{}' })).toEqual({ ok: false, code: 'writeFailed', detail: 'disk gone' });
  });

  it('checks one-way messages too', () => {
    const { states, confirms } = rig();
    const setState = fake.listeners.get(sendContract.setDocumentState.channel);
    const confirm = fake.listeners.get(sendContract.confirmClose.channel);
    setState?.(OWN_PAGE, { title: 7, dirty: 'yes' });
    setState?.({ senderFrame: { url: 'https://example.com/' } }, { title: '烟台', dirty: true });
    setState?.(OWN_PAGE, { title: '烟台市人民政府办公室', dirty: true });
    confirm?.(OWN_PAGE, 'extra');
    confirm?.(OWN_PAGE);
    expect(states).toEqual([{ title: '烟台市人民政府办公室', dirty: true }]);
    expect(confirms).toEqual([1]);
  });

  it('passes the real publication package through to the chosen folder', async () => {
    const { calls, script, dir } = rig();
    const files = await buildPackageFiles(loadSample('final-2024-unit'), (spec) => renderChartPng(spec));
    script.folder.push(dir);
    expect(await invoke(c.pickExportFolder.channel, OWN_PAGE)).toEqual({ ok: true, value: { path: dir } });
    const request = {
      folder: dir,
      files: [
        { name: `${files.baseName}.docx`, bytes: files.docx },
        { name: `${files.baseName}（公开表）.xlsx`, bytes: files.xlsx },
      ],
    };
    const result = await invoke(c.writePackage.channel, OWN_PAGE, request);
    const docx = join(dir, '2024年度烟台市人民政府办公室本级决算公开.docx');
    const xlsx = join(dir, '2024年度烟台市人民政府办公室本级决算公开（公开表）.xlsx');
    expect(result).toEqual({ ok: true, value: { paths: [docx, xlsx] } });
    expect(Buffer.from(files.docx).equals(readFileSync(docx))).toBe(true);
    expect(Buffer.from(files.xlsx).equals(readFileSync(xlsx))).toBe(true);
    expect(calls).toEqual(['pickExportFolder', 'writePackage']);
  });
});
