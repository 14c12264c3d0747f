// 名词解释 of the 项-level 科目 in the tables: the officer's own explanation wins over the catalog's
// and is kept for next year.
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace } from '../app/app-context';
import { catalogOf } from '../report/report-template';
import { editNarrative, FieldFrame } from './FieldInputs';

export function GlossaryFields({ issues }: { readonly issues: readonly Issue[] }) {
  const workspace = useWorkspace((s) => s.workspace);
  if (workspace === null) return null;
  const project = workspace.history.present;
  const catalog = catalogOf(project);
  const items = new Map<string, string>();
  for (const table of workspace.analysis.report.tables.values()) {
    if (table.definition.kind !== 'subject') continue;
    for (const row of table.rows) if (row.level === 3 && row.code !== undefined) items.set(row.code, row.label);
  }
  const codes = [...items.keys()].sort();
  return (
    <div className="field-group">
      <h3>项级科目的解释（不填则用科目表的说明）</h3>
      {codes.map((code) => (
        <FieldFrame key={code} label={`${code} ${items.get(code) ?? ''}`} field={code} issues={issues.filter((i) => i.location.kind === 'section' && i.location.field === code)}>
          <textarea
            value={project.narrative.glossaryNotes[code] ?? ''}
            placeholder={catalog.lookup('function', code)?.note ?? '科目表中没有说明，请填写。'}
            onChange={(e) => editNarrative(['glossaryNotes', code], e.target.value === '' ? undefined : e.target.value, true)}
          />
        </FieldFrame>
      ))}
    </div>
  );
}
