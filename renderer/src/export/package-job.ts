// The messages between the page and the package worker: the project and its chart pictures in, the
// two files out. The .docx/.xlsx writing runs in the worker so the page stays responsive.
import type { ChartPicture } from '../../../shared/export/docx/write-publication-docx';
import { parseProject } from '../../../shared/project/load-project';
import { buildPackageFiles } from '../../../shared/publication/package-files';

export interface PackageJob {
  readonly projectText: string;
  readonly charts: readonly (readonly [string, ChartPicture])[];
}

export type PackageJobResult =
  | { readonly ok: true; readonly docx: Uint8Array; readonly xlsx: Uint8Array; readonly baseName: string; readonly draft: boolean }
  | { readonly ok: false; readonly message: string };

export async function runPackageJob(job: PackageJob): Promise<PackageJobResult> {
  const loaded = parseProject(job.projectText, '当前项目');
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const charts = new Map(job.charts);
  try {
    const files = await buildPackageFiles(loaded.project, (spec) => {
      const picture = charts.get(spec.id);
      if (picture === undefined) throw new Error(`缺少图表“${spec.id}”的图片`);
      return picture;
    });
    return { ok: true, docx: files.docx, xlsx: files.xlsx, baseName: files.baseName, draft: files.draft };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
