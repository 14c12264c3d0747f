// Part 5 附件 (final-account-narrative.md §18): the summary table, one self-evaluation form per project
// in project order, and the optional prose summary with its signature and date (seed 000).
import { amount, formatMessageAmount, sum } from '../../money/money';
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { issue, paragraph } from '../officer-sections/section-helpers';
import { evaluationFormBlock } from './evaluation-form';
import { evaluateProjects } from './scoring';
import { summaryTableBlock } from './summary-table';

function reportBlocks(context: NarrativeContext): Block[] {
  const report = context.project.narrative.selfEvaluationReport;
  const title = report.title.map((line) => line.trim()).filter((line) => line !== '');
  const paragraphs = report.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  if (title.length === 0 && paragraphs.length === 0) return [];
  const blocks: Block[] = [{ kind: 'pageBreak' }];
  for (const line of title) blocks.push({ kind: 'paragraph', text: line, align: 'center', indent: false });
  paragraphs.forEach((text, i) => blocks.push(paragraph(context, `a5.report.${i + 1}`, text)));
  for (const line of [report.signature.trim(), report.date.trim()]) {
    if (line !== '') blocks.push({ kind: 'paragraph', text: line, align: 'right', indent: false });
  }
  return blocks;
}

export function attachmentBlocks(context: NarrativeContext): Block[] {
  const evaluations = evaluateProjects(context);
  if (evaluations.length === 0) return [];
  return [
    summaryTableBlock(context, evaluations),
    ...evaluations.flatMap((e): Block[] => [{ kind: 'pageBreak' }, evaluationFormBlock(e, context.project.year)]),
    ...reportBlocks(context),
  ];
}

/**
 * The prose summary states the number of projects and their total budget (共计3个项目, 预算总金额共计4420万元);
 * both must match the summary table (§18.3). Project-level checks are in performanceIssues.
 */
export function attachmentIssues(context: NarrativeContext): Issue[] {
  const text = context.project.narrative.selfEvaluationReport.paragraphs.join('\n');
  if (text.trim() === '') return [];
  const evaluations = evaluateProjects(context);
  const issues: Issue[] = [];
  for (const match of text.matchAll(/共计\s*(\d+)\s*个项目/gu)) {
    if (match[1] !== undefined && Number(match[1]) !== evaluations.length) {
      issues.push(issue('A5.REPORT_COUNT', 'warning', 'selfEvaluationReport', 'paragraphs', `第五部分 附件：绩效自评工作情况总结写共计${match[1]}个项目，汇总表有${evaluations.length}个项目。`));
    }
  }
  const total = sum(evaluations.map((e) => e.budget));
  for (const match of text.matchAll(/预算总金额共计\s*([\d,]+(?:\.\d+)?)\s*万元/gu)) {
    const written = match[1];
    if (written !== undefined && !amount(written.replace(/,/g, '')).eq(total.toDecimalPlaces(2))) {
      issues.push(
        issue('A5.REPORT_TOTAL', 'warning', 'selfEvaluationReport', 'paragraphs', `第五部分 附件：绩效自评工作情况总结写预算总金额共计${written}万元，汇总表合计为${formatMessageAmount(total)}万元。`),
      );
    }
  }
  return issues;
}
