// Which paths the renderer may name. A compromised renderer must not read or write arbitrary files:
// it may only use paths the user chose in a dialog, opened from the recent list or passed on the
// command line, and folders chosen for the export.
import { resolve } from 'node:path';

export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  private key(path: string): string {
    const full = resolve(path);
    return this.platform === 'win32' ? full.toLowerCase() : full;
  }

  grantFile(path: string): void {
    this.files.add(this.key(path));
  }

  hasFile(path: string): boolean {
    return this.files.has(this.key(path));
  }

  grantFolder(path: string): void {
    this.folders.add(this.key(path));
  }

  hasFolder(path: string): boolean {
    return this.folders.has(this.key(path));
  }
}
