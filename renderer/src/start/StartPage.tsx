// The start page: a new project, open, recent projects, import from .xlsx, roll over last year's
// project, and the bundled samples.
import { useEffect, useState } from 'react';
import type { RecentProject } from '../platform/platform';
import { platform } from '../app/app-context';
import { openProjectFile, openRecentProject, openSample, rollOverFromFile } from '../app/file-actions';
import { NewProjectForm } from './NewProjectForm';
import { ImportPanel } from './ImportPanel';

export function StartPage() {
  const [recent, setRecent] = useState<readonly RecentProject[]>([]);
  useEffect(() => {
    void platform.recentProjects().then((result) => {
      if (result.ok) setRecent(result.value);
    });
  }, []);
  return (
    <main className="start-page">
      <header className="start-header">
        <h1>预决算公开编制助手</h1>
        <p>录入公开表与情况说明所需信息，实时检查表内表间关系，生成可公开的 Word 文档和 Excel 公开表。</p>
      </header>
      <div className="start-columns">
        <section className="start-card" aria-labelledby="new-title">
          <h2 id="new-title">新建项目</h2>
          <NewProjectForm />
        </section>
        <div className="start-side">
          <section className="start-card" aria-labelledby="open-title">
            <h2 id="open-title">打开</h2>
            <div className="button-column">
              <button type="button" onClick={() => void openProjectFile()}>
                打开项目文件…
              </button>
              <button type="button" onClick={() => void rollOverFromFile()}>
                由上年项目结转…
              </button>
            </div>
            {recent.length > 0 ? (
              <>
                <h3>最近打开</h3>
                <ul className="recent-list">
                  {recent.map((r) => (
                    <li key={r.path}>
                      <button type="button" className="link" title={r.path} onClick={() => void openRecentProject(r.path)}>
                        {r.name}
                      </button>
                      <span className="hint">{new Date(r.openedAt).toLocaleString('zh-CN')}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section className="start-card" aria-labelledby="import-title">
            <h2 id="import-title">从 Excel 导入</h2>
            <ImportPanel />
          </section>
          <section className="start-card" aria-labelledby="sample-title">
            <h2 id="sample-title">示例</h2>
            <div className="button-column">
              <button type="button" onClick={() => void openSample('unit')}>
                示例：2024年度单位决算（本级）
              </button>
              <button type="button" onClick={() => void openSample('department')}>
                示例：2024年度部门决算（汇总）
              </button>
              <button type="button" onClick={() => void openSample('budget')}>
                示例：2025年度单位预算（本级）
              </button>
            </div>
          </section>
        </div>
      </div>
    </main>
  );
}
