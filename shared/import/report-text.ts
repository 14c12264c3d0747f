// The import report as Chinese lines (CLI stdout, the app's import dialog).
import { templateFor } from '../report/report-kind';
import type { ReportTemplate } from '../report/template';
import { tableLabel } from '../tables/cell-address';
import { KIND_IMPORT } from './import-kind';
import type { FoundBy, ImportReport, TableFinding, WorkbookReport } from './import-types';

const FOUND_BY: Readonly<Record<FoundBy, string>> = {
  title: '按表名识别',
  label: '按表号识别',
  sheetName: '按工作表名识别',
  header: '按表头识别',
};

function tableLine(template: ReportTemplate, finding: TableFinding): string[] {
  const title = template.table(finding.table).title;
  const label = tableLabel(finding.table);
  const head = `  ${label === title ? title : `${label} ${title}`}：`;
  if (!finding.found) return [`${head}${finding.note}`];
  const unit = finding.amountUnit === 'yuan' ? '元（已换算为万元）' : '万元';
  const lines = [`${head}工作表“${finding.sheet}”${finding.range}，${FOUND_BY[finding.foundBy]}，金额单位${unit}，导入 ${finding.rowCount} 行`];
  for (const item of finding.ignored) lines.push(`    忽略：${item}`);
  return lines;
}

function workbookLines(template: ReportTemplate, title: string, report: WorkbookReport): string[] {
  const lines = [`${title}“${report.file}”：`, ...report.tables.flatMap((finding) => tableLine(template, finding))];
  if (report.ignoredSheets.length > 0) lines.push(`  未识别出表格的工作表（已忽略）：${report.ignoredSheets.map((s) => `“${s}”`).join('、')}`);
  return lines;
}

export function importReportLines(report: ImportReport, warnings: readonly string[] = []): string[] {
  const template = templateFor(report.kind);
  const words = KIND_IMPORT[report.kind];
  const lines = [
    `导入结果：${report.year} ${report.kind === 'budget' ? '年' : '年度'} ${report.unitName} ${words.scopeWords[report.scope]}` +
      `（年度${report.yearFrom === 'option' ? '按指定' : '取自表头'}，单位名称${report.unitNameFrom === 'option' ? '按指定' : '取自表头'}）`,
    ...workbookLines(template, `本年${words.word}表`, report.current),
  ];
  const prior = report.prior;
  if (prior !== undefined) {
    const labels = new Map(template.priorFigures.map((f) => [f.id, f.label]));
    const name = (id: string): string => labels.get(id) ?? id;
    lines.push(...workbookLines(template, `上年${words.word}表`, prior));
    lines.push(`  取得上年数 ${prior.figuresFound.length} 项：${prior.figuresFound.map(name).join('、') || '无'}`);
    if (prior.figuresMissing.length > 0) lines.push(`  缺少上年数 ${prior.figuresMissing.length} 项（所需的表未找到）：${prior.figuresMissing.map(name).join('、')}`);
  }
  if (warnings.length > 0) {
    lines.push(`请核对（${warnings.length} 条）：`);
    for (const warning of warnings) lines.push(`  ${warning}`);
  }
  return lines;
}
