import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveProjectFile } from '../../electron/main/project-files';
import { RecoveryStore } from '../../electron/main/recovery';
import { projectVersions } from './project-versions';

const dirs = (): { userData: string; docs: string } => ({
  userData: mkdtempSync(join(tmpdir(), 'ds-recovery-')),
  docs: mkdtempSync(join(tmpdir(), 'ds-docs-')),
});

describe('the recovery file', () => {
  it('offers an unsaved new project after a crash', async () => {
    const { userData } = dirs();
    const { b } = projectVersions();
    const at = new Date('2026-03-01T09:30:00.000Z');
    await new RecoveryStore(userData, () => at).write({ text: b });
    // Next start: a fresh store over the same folder.
    expect(await new RecoveryStore(userData).take()).toEqual({ ok: true, value: { text: b, savedAt: at.toISOString() } });
  });

  it('offers the autosave when it is newer than the saved project', async () => {
    const { userData, docs } = dirs();
    const { a, b } = projectVersions();
    const file = join(docs, 'p.dsproj');
    await saveProjectFile(file, a);
    const savedAt = new Date(Date.now() - 60_000);
    utimesSync(file, savedAt, savedAt);
    await new RecoveryStore(userData).write({ path: file, text: b });
    const taken = await new RecoveryStore(userData).take();
    expect(taken.ok && taken.value?.text).toBe(b);
    expect(taken.ok && taken.value?.path).toBe(file);
  });

  it('drops an autosave older than the saved project', async () => {
    const { userData, docs } = dirs();
    const { a, b } = projectVersions();
    const file = join(docs, 'p.dsproj');
    await new RecoveryStore(userData, () => new Date(Date.now() - 60_000)).write({ path: file, text: b });
    await saveProjectFile(file, a);
    const store = new RecoveryStore(userData);
    expect(await store.take()).toEqual({ ok: true, value: null });
    expect(() => readFileSync(store.file)).toThrow();
  });

  it('drops an autosave identical to the saved project', async () => {
    const { userData, docs } = dirs();
    const { a } = projectVersions();
    const file = join(docs, 'p.dsproj');
    await saveProjectFile(file, a);
    const past = new Date(Date.now() - 60_000);
    utimesSync(file, past, past);
    await new RecoveryStore(userData).write({ path: file, text: a });
    expect(await new RecoveryStore(userData).take()).toEqual({ ok: true, value: null });
  });

  it('drops a damaged recovery file instead of offering it', async () => {
    const { userData } = dirs();
    const store = new RecoveryStore(userData);
    writeFileSync(store.file, '{"version":1,"savedAt":"2026-03-01T09:30:00.000Z","text":"{\\"schemaVersion\\":1');
    expect(await store.take()).toEqual({ ok: true, value: null });
    expect(() => readFileSync(store.file)).toThrow();
  });

  it('ignores autosaves that arrive after a normal close', async () => {
    const { userData } = dirs();
    const store = new RecoveryStore(userData);
    await store.write({ text: projectVersions().a });
    await store.close();
    await store.write({ text: projectVersions().b });
    expect(await new RecoveryStore(userData).take()).toEqual({ ok: true, value: null });
  });

  it('discards on request', async () => {
    const { userData } = dirs();
    const store = new RecoveryStore(userData);
    await store.write({ text: projectVersions().a });
    expect(await store.discard()).toEqual({ ok: true, value: undefined });
    expect(await store.take()).toEqual({ ok: true, value: null });
  });
});
