// The import report as Chinese lines (CLI stdout, the app's import dialog).
import { finalAccountTemplate } from '../report/final-account';
import { tableLabel } from '../tables/cell-address';
import type { FoundBy, ImportReport, TableFinding, WorkbookReport } from './import-types';

const FOUND_BY: Readonly<Record<FoundBy, string>> = {
  title: '按表名识别',
  label: '按表号识别',
  sheetName: '按工作表名识别',
  header: '按表头识别',
};

const SCOPE: Readonly<Record<ImportReport['scope'], string>> = { unit: '单位（本级）决算', department: '部门（汇总）决算' };

function tableLine(finding: TableFinding): string[] {
  const title = finalAccountTemplate().table(finding.table).title;
  const head = `  ${tableLabel(finding.table)} ${title}：`;
  if (!finding.found) return [`${head}${finding.note}`];
  const unit = finding.amountUnit === 'yuan' ? '元（已换算为万元）' : '万元';
  const lines = [`${head}工作表“${finding.sheet}”${finding.range}，${FOUND_BY[finding.foundBy]}，金额单位${unit}，导入 ${finding.rowCount} 行`];
  for (const item of finding.ignored) lines.push(`    忽略：${item}`);
  return lines;
}

function workbookLines(title: string, report: WorkbookReport): string[] {
  const lines = [`${title}“${report.file}”：`, ...report.tables.flatMap(tableLine)];
  if (report.ignoredSheets.length > 0) lines.push(`  未识别出表格的工作表（已忽略）：${report.ignoredSheets.map((s) => `“${s}”`).join('、')}`);
  return lines;
}

export function importReportLines(report: ImportReport, warnings: readonly string[] = []): string[] {
  const lines = [
    `导入结果：${report.year} 年度 ${report.unitName} ${SCOPE[report.scope]}` +
      `（年度${report.yearFrom === 'option' ? '按指定' : '取自表头'}，单位名称${report.unitNameFrom === 'option' ? '按指定' : '取自表头'}）`,
    ...workbookLines('本年决算表', report.current),
  ];
  const prior = report.prior;
  if (prior !== undefined) {
    const labels = new Map(finalAccountTemplate().priorFigures.map((f) => [f.id, f.label]));
    const name = (id: string): string => labels.get(id) ?? id;
    lines.push(...workbookLines('上年决算表', prior));
    lines.push(`  取得上年数 ${prior.figuresFound.length} 项：${prior.figuresFound.map(name).join('、') || '无'}`);
    if (prior.figuresMissing.length > 0) lines.push(`  缺少上年数 ${prior.figuresMissing.length} 项（所需的表未找到）：${prior.figuresMissing.map(name).join('、')}`);
  }
  if (warnings.length > 0) {
    lines.push(`请核对（${warnings.length} 条）：`);
    for (const warning of warnings) lines.push(`  ${warning}`);
  }
  return lines;
}
