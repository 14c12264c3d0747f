// After a crash or a closed tab: offers the autosaved copy that was never saved.
import { useEffect, useState } from 'react';
import { parseProject } from '../../../shared/project/load-project';
import type { Recovery } from '../platform/platform';
import { platform, useWorkspace, workspaceStore } from './app-context';

export function RecoveryBanner() {
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const open = useWorkspace((s) => s.workspace !== null);
  useEffect(() => {
    void platform.takeRecovery().then((result) => {
      if (result.ok) setRecovery(result.value);
    });
  }, []);
  if (recovery === null || open) return null;
  const restore = (): void => {
    const loaded = parseProject(recovery.text, '自动保存的副本');
    if (!loaded.ok) {
      workspaceStore.getState().notify('error', loaded.message);
      return;
    }
    const name = recovery.path?.split(/[\\/]/).pop() ?? '恢复的项目';
    workspaceStore.getState().open(loaded.project, recovery.path === undefined ? { name } : { name, path: recovery.path }, { dirty: true });
    setRecovery(null);
  };
  const discard = (): void => {
    void platform.discardRecovery();
    setRecovery(null);
  };
  return (
    <div className="recovery-banner" role="alert">
      发现上次未保存的内容（{recovery.savedAt === '' ? '时间不详' : new Date(recovery.savedAt).toLocaleString('zh-CN')}自动保存）。
      <button type="button" className="primary" onClick={restore}>
        恢复
      </button>
      <button type="button" onClick={discard}>
        放弃
      </button>
    </div>
  );
}
