import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../shared/node/atomic-write';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(dir, '项目.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, '{"new":true}');
    expect(readFileSync(file, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(dir)).toEqual(['项目.json']);
  });

  it('creates missing folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'a', 'b', 'out.xlsx');
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
  });

  it('keeps the old file when the target cannot be replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    // A folder in the way of the rename: the write fails and nothing else changes.
    const target = join(dir, 'blocked');
    writeFileSync(join(dir, 'keep.txt'), 'keep');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(target, 'inner'), { recursive: true }));
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'keep.txt']);
  });
});
