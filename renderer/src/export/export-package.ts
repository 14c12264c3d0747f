// Export: charts are rasterised on the page (the browser draws SVG only there), the worker writes the
// .docx and .xlsx, the platform puts the files where the officer chose. Progress is reported per step.
import { narrativeContext } from '../../../shared/narrative/context';
import { serializeProject } from '../../../shared/project/load-project';
import type { Project } from '../../../shared/project/schema';
import { buildPublication } from '../../../shared/publication/build-publication';
import { chartSpecs } from '../../../shared/publication/package-files';
import type { ChartPicture } from '../../../shared/export/docx/write-publication-docx';
import type { Analysis } from '../report/report-template';
import { catalogOf, templateOf } from '../report/report-template';
import type { PackageFile } from '../platform/platform';
import { runPackageJob, type PackageJob, type PackageJobResult } from './package-job';
import { rasteriseChart } from './rasterise-chart';

export interface ExportProgress {
  readonly done: number;
  readonly total: number;
  readonly step: string;
}

function inWorker(job: PackageJob): Promise<PackageJobResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./package-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Where module workers are unavailable the page writes the files itself.
    return runPackageJob(job);
  }
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<PackageJobResult>) => {
      resolve(event.data);
      worker.terminate();
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(runPackageJob(job));
    });
    worker.postMessage(job);
  });
}

export interface BuiltPackage {
  readonly files: readonly PackageFile[];
  readonly draft: boolean;
}

export async function buildPackage(project: Project, analysis: Analysis, onProgress: (progress: ExportProgress) => void): Promise<BuiltPackage> {
  const context = narrativeContext(project, analysis.report, templateOf(project), catalogOf(project));
  const specs = chartSpecs(buildPublication(context, { draft: false }));
  // Charts, then writing the two documents, then saving them.
  const total = specs.length + 2;
  const charts: (readonly [string, ChartPicture])[] = [];
  for (const [i, spec] of specs.entries()) {
    onProgress({ done: i, total, step: `绘制图表 ${i + 1}/${specs.length}` });
    charts.push([spec.id, await rasteriseChart(spec)]);
  }
  onProgress({ done: specs.length, total, step: '生成 Word 文档和 Excel 公开表' });
  const result = await inWorker({ projectText: serializeProject(project), charts });
  if (!result.ok) throw new Error(result.message);
  onProgress({ done: specs.length + 1, total, step: '保存文件' });
  return {
    draft: result.draft,
    files: [
      { name: `${result.baseName}.docx`, bytes: result.docx },
      { name: `${result.baseName}（公开表）.xlsx`, bytes: result.xlsx },
    ],
  };
}
