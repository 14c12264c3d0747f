// electron-builder.yml against electron-builder's own JSON schema, plus what the product needs of
// the installer: per-user NSIS without admin rights, Chinese, shortcuts, .dsproj, the app icon.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_EXTENSION } from '../../shared/ipc/contract';

const root = new URL('../../', import.meta.url);
const config: unknown = parse(readFileSync(new URL('electron-builder.yml', root), 'utf8'));
const schema: unknown = JSON.parse(readFileSync(new URL('node_modules/app-builder-lib/scheme.json', root), 'utf8'));

const needed = z.object({
  appId: z.string(),
  directories: z.object({ buildResources: z.string() }),
  files: z.array(z.string()),
  fileAssociations: z.array(z.object({ ext: z.string(), name: z.string() })),
  win: z.object({ target: z.array(z.object({ target: z.string() })), icon: z.string() }),
  nsis: z.object({
    oneClick: z.boolean(),
    perMachine: z.boolean(),
    allowElevation: z.boolean(),
    createDesktopShortcut: z.union([z.boolean(), z.literal('always')]),
    createStartMenuShortcut: z.boolean(),
    installerLanguages: z.array(z.string()),
    installerIcon: z.string(),
  }),
});

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(z.record(z.string(), z.unknown()).parse(schema));
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('builds a per-user Chinese NSIS installer with shortcuts and the .dsproj association', () => {
    const c = needed.parse(config);
    expect(c.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(c.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, createDesktopShortcut: 'always', createStartMenuShortcut: true, installerLanguages: ['zh_CN'] });
    expect(c.fileAssociations.map((a) => a.ext)).toEqual([PROJECT_EXTENSION]);
    expect(c.appId).toBe('cn.gov.disclosure-studio');
  });

  it('packs the two bundles and the renderer build, not node_modules or the installer folder', () => {
    const c = needed.parse(config);
    expect(c.files).toContain('dist/electron/**/*');
    expect(c.files).toContain('dist/renderer/**/*');
    expect(c.files).toContain('!node_modules/**/*');
    expect(c.files.some((f) => f.startsWith('dist/**'))).toBe(false);
  });

  it('has the app icon: an .ico with a 256 × 256 image', () => {
    const c = needed.parse(config);
    const ico = readFileSync(new URL(c.win.icon, root));
    expect(existsSync(new URL(`${c.directories.buildResources}/${c.nsis.installerIcon}`, root))).toBe(true);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
    // The 256 image is a PNG of that size (width and height in its IHDR chunk).
    const entry = sizes.indexOf(256);
    const png = ico.subarray(ico.readUInt32LE(6 + 16 * entry + 12));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });
});
