// A new project: report kind, year, unit name, 单位/部门 scope and the unit amounts are typed in.
import { useState, type FormEvent } from 'react';
import type { Project } from '../../../shared/project/schema';
import { REPORT_KINDS } from '../../../shared/report/report-kind';
import { createProject } from '../app/file-actions';

const KINDS: readonly { readonly kind: Project['kind']; readonly label: string }[] = Object.values(REPORT_KINDS).map((k) => ({ kind: k.kind, label: `部门${k.word}公开` }));

/** The 决算 of last year is published this year, the 预算 of this year too. */
function defaultYear(kind: Project['kind']): string {
  return String(new Date().getFullYear() - (kind === 'budget' ? 0 : 1));
}

export function NewProjectForm() {
  const [kind, setKind] = useState<Project['kind']>('finalAccount');
  const [year, setYear] = useState(defaultYear('finalAccount'));
  const [unitName, setUnitName] = useState('');
  const [scope, setScope] = useState<Project['scope']>('unit');
  const [entryUnit, setEntryUnit] = useState<Project['entryUnit']>('wanYuan');
  const [problem, setProblem] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const yearNumber = Number(year);
    if (!/^\d{4}$/.test(year.trim())) return setProblem('年度应为四位数字，例如 2024。');
    if (unitName.trim() === '') return setProblem('请填写单位（部门）名称。');
    setProblem('');
    createProject({ kind, year: yearNumber, unitName, scope, entryUnit });
  };

  return (
    <form className="new-project" onSubmit={submit}>
      <label>
        报告类型
        <select
          value={kind}
          onChange={(e) => {
            const next = KINDS.find((k) => k.kind === e.target.value)?.kind ?? 'finalAccount';
            // A year the officer has not changed follows the kind.
            if (year === defaultYear(kind)) setYear(defaultYear(next));
            setKind(next);
          }}
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        年度
        <input value={year} inputMode="numeric" onChange={(e) => setYear(e.target.value)} />
      </label>
      <label>
        单位（部门）名称
        <input value={unitName} placeholder="例如：烟台市人民政府办公室" onChange={(e) => setUnitName(e.target.value)} />
      </label>
      <fieldset>
        <legend>公开范围</legend>
        <label className="inline">
          <input type="radio" name="scope" checked={scope === 'unit'} onChange={() => setScope('unit')} />
          单位（本级）
        </label>
        <label className="inline">
          <input type="radio" name="scope" checked={scope === 'department'} onChange={() => setScope('department')} />
          部门（汇总）
        </label>
      </fieldset>
      <fieldset>
        <legend>录入金额单位</legend>
        <label className="inline">
          <input type="radio" name="unit" checked={entryUnit === 'wanYuan'} onChange={() => setEntryUnit('wanYuan')} />
          万元
        </label>
        <label className="inline">
          <input type="radio" name="unit" checked={entryUnit === 'yuan'} onChange={() => setEntryUnit('yuan')} />
          元（公开时换算为万元）
        </label>
      </fieldset>
      {problem === '' ? null : <p className="error-text">{problem}</p>}
      <button type="submit" className="primary">
        创建项目
      </button>
    </form>
  );
}
