// Where the 科目 names and 说明 come from, with 导入科目表 beside it: on the 名词解释 page the
// officer sees the catalog's notes and can bring in the region's official list.
import { catalogSchemeLabels, catalogSchemes } from '../../../shared/catalog/catalog-entry';
import { useWorkspace } from '../app/app-context';
import { importCatalogFile } from '../app/file-actions';

export function CatalogSourceField() {
  const imported = useWorkspace((s) => s.workspace?.history.present.catalog ?? []);
  const counts = catalogSchemes
    .map((scheme) => ({ scheme, count: imported.filter((e) => e.scheme === scheme).length }))
    .filter((c) => c.count > 0)
    .map((c) => `${catalogSchemeLabels[c.scheme]} ${c.count} 个`);
  return (
    <div className="field-group catalog-source">
      <h3>科目表</h3>
      <p className="hint">
        表中科目的名称和名词解释的说明取自科目表。有财政部门下发的官方科目表（.xlsx 或 .csv）时可导入，同一编码以导入的为准，随项目文件保存。
        {counts.length > 0 ? ` 本项目已有科目：${counts.join('，')}。` : ''}
      </p>
      <button type="button" onClick={() => void importCatalogFile()}>
        导入科目表…
      </button>
    </div>
  );
}
