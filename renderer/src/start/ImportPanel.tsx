// Import from .xlsx: this year's published tables (and optionally last year's for the comparison
// figures), 决算 or 预算 as the titles say, then the import report — the kind, which tables were found
// where, what was ignored — before opening.
import { useState } from 'react';
import type { ImportResult } from '../../../shared/import/import-types';
import { REPORT_KINDS } from '../../../shared/report/report-kind';
import { tableLabel } from '../../../shared/tables/cell-address';
import { importWorkbooks, openImported, pickWorkbook } from '../app/file-actions';

type Done = Extract<ImportResult, { ok: true }>;

export function ImportPanel() {
  const [withPrior, setWithPrior] = useState(false);
  const [year, setYear] = useState('');
  const [unitName, setUnitName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const start = async (): Promise<void> => {
    const current = await pickWorkbook('current');
    if (current === null) return;
    const prior = withPrior ? await pickWorkbook('prior') : null;
    setBusy(true);
    try {
      const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
      setResult(await importWorkbooks(current, prior, { ...(yearNumber === undefined ? {} : { year: yearNumber }), ...(unitName.trim() === '' ? {} : { unitName: unitName.trim() }) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-panel">
      <label className="inline">
        <input type="checkbox" checked={withPrior} onChange={(e) => setWithPrior(e.target.checked)} />
        同时导入上年公开表（用于同比说明）
      </label>
      <div className="field-row import-options">
        <label className="field">
          <span>年度（表中读不出时填写）</span>
          <input value={year} inputMode="numeric" placeholder="例如 2024" onChange={(e) => setYear(e.target.value)} />
        </label>
        <label className="field">
          <span>单位名称（表中读不出时填写）</span>
          <input value={unitName} onChange={(e) => setUnitName(e.target.value)} />
        </label>
      </div>
      <button type="button" disabled={busy} onClick={() => void start()}>
        {busy ? '正在读取…' : '选择本年公开表 .xlsx…'}
      </button>
      {result === null ? null : result.ok ? <ImportReportView result={result} onOpen={() => openImported(result.project)} /> : <p className="error-text">{result.message}</p>}
    </div>
  );
}

function ImportReportView({ result, onOpen }: { readonly result: Done; readonly onOpen: () => void }) {
  const { report, warnings } = result;
  return (
    <div className="import-report" aria-label="导入报告">
      <p>
        {report.year} 年度 · {report.unitName}（{report.scope === 'department' ? '部门汇总' : '单位本级'}） · <strong className="import-kind">{REPORT_KINDS[report.kind].word}公开表</strong>
      </p>
      <table className="report-table">
        <tbody>
          {report.current.tables.map((t) => (
            <tr key={t.table}>
              <th>{tableLabel(t.table)}</th>
              {t.found ? (
                <td>
                  工作表“{t.sheet}”{t.range}，{t.rowCount} 行{t.ignored.length > 0 ? `；未读取：${t.ignored.join('；')}` : ''}
                </td>
              ) : (
                <td className="warning-text">未找到：{t.note}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {report.current.ignoredSheets.length > 0 ? <p className="hint">未识别的工作表：{report.current.ignoredSheets.join('、')}</p> : null}
      {report.prior !== undefined ? (
        <p className="hint">
          上年数：已取得 {report.prior.figuresFound.length} 项{report.prior.figuresMissing.length > 0 ? `，缺少 ${report.prior.figuresMissing.length} 项` : ''}
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="warning-list">
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="primary" onClick={onOpen}>
        打开导入的项目
      </button>
    </div>
  );
}
