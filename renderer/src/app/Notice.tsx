// The last notice (saved, pasted, refused input) at the bottom of the window; it fades after a while.
import { useEffect, useState } from 'react';
import { useWorkspace } from './app-context';

const VISIBLE_MS = 6000;

export function Notice() {
  const notice = useWorkspace((s) => s.notice);
  const [hidden, setHidden] = useState<number | null>(null);
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => setHidden(notice.serial), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (notice === null || hidden === notice.serial) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.text}
      <button type="button" className="link" aria-label="关闭提示" onClick={() => setHidden(notice.serial)}>
        ×
      </button>
    </div>
  );
}
