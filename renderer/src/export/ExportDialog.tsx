// Export dialog: with errors present the officer confirms that a draft (草稿) is wanted; then the
// destination, a progress bar while the package is written, and "open folder" at the end.
import { useState } from 'react';
import { errorMessage } from '../../../shared/ipc/error-message';
import { platform, useWorkspace } from '../app/app-context';
import type { ExportTarget } from '../platform/platform';
import type { ExportProgress } from './export-package';

type Stage =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'running'; readonly progress: ExportProgress }
  | { readonly kind: 'done'; readonly target: ExportTarget; readonly paths: readonly string[]; readonly draft: boolean }
  | { readonly kind: 'failed'; readonly message: string };

export function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const workspace = useWorkspace((s) => s.workspace);
  const [stage, setStage] = useState<Stage>({ kind: 'confirm' });
  if (workspace === null) return null;
  const errors = workspace.analysis.issues.filter((i) => i.severity === 'error').length;

  const run = async (): Promise<void> => {
    const chosen = await platform.chooseExportTarget();
    if (!chosen.ok) {
      setStage({ kind: 'failed', message: errorMessage(chosen.code, chosen.detail) });
      return;
    }
    if (chosen.value === null) return;
    const target = chosen.value;
    try {
      setStage({ kind: 'running', progress: { done: 0, total: 1, step: '准备' } });
      // The writers (docx, exceljs, echarts) load on first export; the first paint does not wait for them.
      const { buildPackage } = await import('./export-package');
      const built = await buildPackage(workspace.history.present, workspace.analysis, (progress) => setStage({ kind: 'running', progress }));
      const written = await platform.writePackage(target, built.files);
      if (!written.ok) {
        setStage({ kind: 'failed', message: errorMessage(written.code, written.detail) });
        return;
      }
      setStage({ kind: 'done', target, paths: written.value.paths, draft: built.draft });
    } catch (error) {
      setStage({ kind: 'failed', message: `导出失败：${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <h2 id="export-title">导出公开材料</h2>
        {stage.kind === 'confirm' ? (
          <>
            {errors > 0 ? (
              <p className="warning-text">
                当前还有 <strong>{errors}</strong> 个错误。导出的文件将在页眉标注“草稿”，不能直接公开。确定要导出草稿吗？
              </p>
            ) : (
              <p>将生成 Word 文档（.docx）和公开表工作簿（.xlsx）。</p>
            )}
            <div className="dialog-buttons">
              <button type="button" className="primary" autoFocus onClick={() => void run()}>
                {errors > 0 ? '导出草稿' : platform.kind === 'web' ? '导出（下载）' : '选择文件夹并导出'}
              </button>
              <button type="button" onClick={onClose}>
                取消
              </button>
            </div>
          </>
        ) : null}
        {stage.kind === 'running' ? (
          <div className="export-progress">
            <progress max={stage.progress.total} value={stage.progress.done} aria-label="导出进度" />
            <p>{stage.progress.step}……</p>
          </div>
        ) : null}
        {stage.kind === 'done' ? (
          <>
            <p className="done-text">{stage.draft ? '草稿已导出：' : '已导出：'}</p>
            <ul className="export-files">
              {stage.paths.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <p className="hint">位置：{stage.target.label}</p>
            <div className="dialog-buttons">
              {platform.canOpenFolder ? (
                <button type="button" className="primary" onClick={() => void platform.openFolder(stage.target)}>
                  打开文件夹
                </button>
              ) : null}
              <button type="button" onClick={onClose}>
                关闭
              </button>
            </div>
          </>
        ) : null}
        {stage.kind === 'failed' ? (
          <>
            <p className="error-text">{stage.message}</p>
            <div className="dialog-buttons">
              <button type="button" onClick={onClose}>
                关闭
              </button>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
