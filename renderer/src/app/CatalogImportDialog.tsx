// Confirmation of 导入科目表: the file, the scheme its codes point to (the officer may change it), how
// many 科目 were read under that scheme and the first rows that were not.
import { useState } from 'react';
import { useStore } from 'zustand';
import { catalogSchemeLabels, catalogSchemes, schemeLeadingDigit, type CatalogScheme } from '../../../shared/catalog/catalog-entry';
import { PROBLEMS_SHOWN } from '../../../shared/catalog/catalog-source';
import { workspaceStore } from './app-context';
import { applyCatalogImport, catalogImportStore, closeCatalogImport, type CatalogReading } from './catalog-import';

export function CatalogImportDialog() {
  const reading = useStore(catalogImportStore, (s) => s.reading);
  // A new file starts with its own detected scheme.
  return reading === null ? null : <CatalogImportForm key={reading.fileName + reading.detected} reading={reading} />;
}

function CatalogImportForm({ reading }: { readonly reading: CatalogReading }) {
  const [scheme, setScheme] = useState<CatalogScheme>(reading.detected);
  const result = reading.readings[scheme];
  const problems = result.problems.slice(0, PROBLEMS_SHOWN);
  const confirm = (): void => {
    if (applyCatalogImport(workspaceStore, reading, scheme)) closeCatalogImport();
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog catalog-import" role="dialog" aria-modal="true" aria-labelledby="catalog-import-title">
        <h2 id="catalog-import-title">导入科目表</h2>
        <p>
          文件：<strong>{reading.fileName}</strong>
        </p>
        <fieldset className="scheme-choice">
          <legend>科目体系（按编码首位识别，可更改）</legend>
          {catalogSchemes.map((s) => (
            <label key={s}>
              <input type="radio" name="catalog-scheme" checked={s === scheme} onChange={() => setScheme(s)} />
              {catalogSchemeLabels[s]}（{schemeLeadingDigit[s]}开头）
              <span className="hint">
                {' '}
                读到 {reading.readings[s].entries.length} 个科目{s === reading.detected ? ' · 识别结果' : ''}
              </span>
            </label>
          ))}
        </fieldset>
        <p aria-live="polite">
          将导入 <strong>{result.entries.length}</strong> 个{catalogSchemeLabels[scheme]}科目；同一编码的科目名称和说明以本表为准，随项目文件保存。
        </p>
        {problems.length > 0 ? (
          <div className="warning-text">
            <p>{result.problems.length} 行未导入或有疑问{result.problems.length > problems.length ? `，前 ${problems.length} 行` : ''}：</p>
            <ul className="catalog-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" className="primary" autoFocus disabled={result.entries.length === 0} onClick={confirm}>
            导入 {result.entries.length} 个科目
          </button>
          <button type="button" onClick={closeCatalogImport}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
}
