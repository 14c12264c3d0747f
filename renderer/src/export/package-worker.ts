// Web Worker: builds the publication package off the page's thread.
import { runPackageJob, type PackageJob } from './package-job';

addEventListener('message', (event: MessageEvent<PackageJob>) => {
  void runPackageJob(event.data).then((result) => {
    postMessage(result, { transfer: result.ok ? [result.docx.buffer, result.xlsx.buffer] : [] });
  });
});
