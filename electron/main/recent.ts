// 最近打开的项目: the last ten project files opened or saved, kept in userData.
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../shared/node/atomic-write';
import { recentProjectSchema, type RecentProject } from '../../shared/ipc/contract';

export const RECENT_LIMIT = 10;

/** Windows paths compare without regard to case. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export class RecentList {
  readonly file: string;
  private entries: RecentProject[] | undefined;

  constructor(
    userDataDir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.file = join(userDataDir, 'recent-projects.json');
  }

  async list(): Promise<RecentProject[]> {
    if (this.entries === undefined) this.entries = await this.load();
    return [...this.entries];
  }

  async has(path: string): Promise<boolean> {
    return (await this.list()).some((e) => samePath(e.path, path, this.platform));
  }

  async add(path: string): Promise<RecentProject[]> {
    const rest = (await this.list()).filter((e) => !samePath(e.path, path, this.platform));
    const entry = { path, name: basename(path, extname(path)), openedAt: this.now().toISOString() };
    return this.store([entry, ...rest].slice(0, RECENT_LIMIT));
  }

  async remove(path: string): Promise<RecentProject[]> {
    return this.store((await this.list()).filter((e) => !samePath(e.path, path, this.platform)));
  }

  async clear(): Promise<RecentProject[]> {
    return this.store([]);
  }

  private async store(entries: RecentProject[]): Promise<RecentProject[]> {
    this.entries = entries;
    // The list is a convenience: failing to write it must not fail the open or save that caused it.
    await writeFileAtomic(this.file, JSON.stringify(entries, null, 2)).catch(() => undefined);
    return [...entries];
  }

  private async load(): Promise<RecentProject[]> {
    try {
      const parsed = z.array(recentProjectSchema).safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.slice(0, RECENT_LIMIT) : [];
    } catch {
      return [];
    }
  }
}
