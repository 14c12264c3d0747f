// The report's parts in print order, each with a badge of its errors and warnings.
import { groupTitles, type Part, type PartGroup } from '../report/parts';
import type { Publication } from '../../../shared/publication/model';
import { useWorkspace, workspaceStore } from './app-context';

const GROUP_ORDER: readonly PartGroup[] = ['overview', 'tables', 'narrative', 'glossary', 'attachments'];

export function Navigator({ parts, publication }: { readonly parts: readonly Part[]; readonly publication: Publication | undefined }) {
  const current = useWorkspace((s) => s.part);
  const titles = groupTitles(publication);
  return (
    <nav className="navigator" aria-label="报告目录">
      {GROUP_ORDER.filter((group) => parts.some((p) => p.group === group)).map((group) => (
        <div key={group} className="nav-group">
          <h3>{titles[group]}</h3>
          <ul>
            {parts
              .filter((p) => p.group === group)
              .map((p) => (
                <li key={p.id}>
                  <button type="button" className={p.id === current ? 'nav-item current' : 'nav-item'} aria-current={p.id === current ? 'page' : undefined} data-part={p.id} onClick={() => workspaceStore.getState().showPart(p.id)}>
                    <span className="nav-label">{p.label}</span>
                    {p.errors > 0 ? <span className="badge badge-error" title={`${p.errors} 个错误`}>{p.errors}</span> : null}
                    {p.warnings > 0 ? <span className="badge badge-warning" title={`${p.warnings} 个警告`}>{p.warnings}</span> : null}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
