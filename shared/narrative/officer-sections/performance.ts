// Section 十三 预算绩效情况说明 (final-account-narrative.md §14): unit variant with (一)–(三),
// department variant with (一)–(五); the per-project summaries come from the Part 5 forms.
import { formatMessageAmount, sum } from '../../money/money';
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import { evaluateProjects, GRADES, type ProjectEvaluation } from '../attachments/scoring';
import type { NarrativeContext } from '../context';
import { renderTemplate } from '../sentence-template';
import { percentNumber } from '../wording';
import { officerTemplates, scoped } from './officer-templates';
import { countText, issue, missingInput, optionalAmount, paragraph, scoreText, sentences } from './section-helpers';

function gradeCounts(evaluations: readonly ProjectEvaluation[]): string {
  const t = officerTemplates().performance;
  return GRADES.map((grade) => ({ grade, count: evaluations.filter((e) => e.grade === grade).length }))
    .filter((g) => g.count > 0)
    .map((g) => renderTemplate(t.gradeCount, { count: countText(g.count), grade: g.grade }))
    .join(t.gradeCountSeparator);
}

function projectLine(context: NarrativeContext, e: ProjectEvaluation, n: number): Block {
  const t = officerTemplates().performance;
  const achievement = e.input.achievement.trim() !== '' ? e.input.achievement : e.input.targets.actual;
  const text = renderTemplate(scoped(t.project, context.project.scope), {
    n: countText(n),
    project: e.projectName,
    score: scoreText(e.total),
    budget: e.budget,
    actual: e.actual,
    rate: e.rate,
    achievement: sentences(achievement),
  });
  return paragraph(context, `s13.project.${n}`, text);
}

export function performanceBlocks(context: NarrativeContext): Block[] {
  const t = officerTemplates().performance;
  const scope = context.project.scope;
  const input = context.project.narrative.performance;
  const evaluations = evaluateProjects(context);
  const year = String(context.project.year);
  const common = { year, name: context.name, self: context.self };
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: scoped(t.heading, scope) }];
  if (evaluations.length === 0) {
    blocks.push(paragraph(context, 's13.p1', renderTemplate(scoped(t.noProjects, scope), common), scoped(t.workRunIn, scope)));
  } else {
    const total = sum(evaluations.map((e) => e.budget));
    const whole = optionalAmount(input.projectBudgetTotal) ?? total;
    const count = countText(evaluations.length);
    blocks.push(paragraph(context, 's13.p1', renderTemplate(scoped(t.work, scope), { ...common, count, amount: total, percent: percentNumber(total, whole) }), scoped(t.workRunIn, scope)));
    if (input[t.workNoteKey[scope]].trim() === '') blocks.push(paragraph(context, 's13.p2', scoped(t.workNote, scope)));
    blocks.push(
      paragraph(context, 's13.p3', renderTemplate(scoped(t.results, scope), { ...common, count, grades: gradeCounts(evaluations), summary: sentences(input.summary) }), scoped(t.resultsRunIn, scope)),
    );
    const item = scoped(t.formsListItem, scope);
    const list = evaluations.map((e) => renderTemplate(item, { project: e.input.name.trim() })).join(scoped(t.formsListSeparator, scope));
    blocks.push(paragraph(context, 's13.p4', renderTemplate(scoped(t.formsList, scope), { ...common, list, count })));
    evaluations.forEach((e, i) => blocks.push(projectLine(context, e, i + 1)));
    blocks.push(paragraph(context, 's13.p5', renderTemplate(scoped(t.seeAttachment, scope), common)));
  }
  const sections = scope === 'unit' ? t.unitSections : t.departmentSections;
  sections.forEach((section, i) => {
    const own = sentences(input[section.key]);
    blocks.push(paragraph(context, `s13.p${6 + i}`, own ?? section.none, section.runIn));
  });
  return blocks;
}

/** Re-checks the project count of an officer-replaced 十三(一) (涵盖项目{n}个); amounts are checked with all own text. */
function ownTextIssues(context: NarrativeContext, evaluations: readonly ProjectEvaluation[]): Issue[] {
  const own = context.project.narrative.ownText['s13.p1'];
  const count = own === undefined ? undefined : /涵盖项目\s*(\d+)\s*个/u.exec(own)?.[1];
  if (count === undefined || Number(count) === evaluations.length) return [];
  return [issue('S13.OWN_TEXT', 'error', 'performance', 'ownText.s13.p1', `十三、预算绩效：自行改写的（一）写涵盖项目${count}个，绩效自评表共${evaluations.length}个项目。`)];
}

export function performanceIssues(context: NarrativeContext): Issue[] {
  const input = context.project.narrative.performance;
  const evaluations = evaluateProjects(context);
  const issues: Issue[] = evaluations.flatMap((e) => e.issues);
  if (evaluations.length === 0) {
    issues.push(missingInput('S13.MISSING', 'performance', 'projects', '绩效自评项目', '，文中写未开展绩效自评'));
    return issues;
  }
  const total = sum(evaluations.map((e) => e.budget));
  const whole = optionalAmount(input.projectBudgetTotal);
  if (whole === undefined) {
    issues.push(missingInput('S13.MISSING', 'performance', 'projectBudgetTotal', `${context.scopeWord}预算项目支出总额`, '，按自评项目全年预算数之和计算（占100%）'));
  } else if (total.gt(whole)) {
    issues.push(
      issue('S13.COVERAGE', 'error', 'performance', 'projectBudgetTotal', `十三、预算绩效：自评项目全年预算数之和${formatMessageAmount(total)}万元大于预算项目支出总额${formatMessageAmount(whole)}万元。`),
    );
  }
  if (input.summary.trim() === '') issues.push(missingInput('S13.MISSING', 'performance', 'summary', '自评情况总体评述（从自评情况看，…）', '，该句从略'));
  const groups = input.groups.map((g) => g.trim()).filter((g) => g !== '');
  input.projects.forEach((project, i) => {
    const group = project.group.trim();
    if (group !== '' && groups.length > 0 && !groups.includes(group)) {
      issues.push(issue('A5.GROUP', 'warning', 'performance', `projects[${i}].group`, `十三、预算绩效：项目“${project.name}”的分组“${group}”不在汇总表分组（${groups.join('、')}）中，列入第一组。`));
    }
  });
  issues.push(...ownTextIssues(context, evaluations));
  return issues;
}
