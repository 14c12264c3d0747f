// Writes the publication package into a folder: {name}.docx and {name}（公开表）.xlsx, atomically.
import { join } from 'node:path';
import type { Project } from '../project/schema';
import { buildPackageFiles, type PackageFiles } from '../publication/package-files';
import { writeFileAtomic } from './atomic-write';
import { renderChartPng } from './rasterise-svg';

export interface WrittenPackage extends Omit<PackageFiles, 'docx' | 'xlsx'> {
  readonly docxPath: string;
  readonly xlsxPath: string;
}

export async function generatePackage(project: Project, outDir: string, options: { readonly draft?: boolean } = {}): Promise<WrittenPackage> {
  const files = await buildPackageFiles(project, (spec) => renderChartPng(spec), options);
  const docxPath = join(outDir, `${files.baseName}.docx`);
  const xlsxPath = join(outDir, `${files.baseName}（公开表）.xlsx`);
  await writeFileAtomic(docxPath, files.docx);
  await writeFileAtomic(xlsxPath, files.xlsx);
  return { docxPath, xlsxPath, baseName: files.baseName, issues: files.issues, draft: files.draft };
}
