// Part 1 单位概况 / 部门概况: 一、单位职责 (部门职责) and 二、机构设置 (README §1–§2).
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { renderTemplate } from '../sentence-template';
import { officerTemplates, scoped } from './officer-templates';
import { countText, missingInput, paragraph } from './section-helpers';

function nonEmpty(list: readonly string[]): string[] {
  return list.map((item) => item.trim()).filter((item) => item !== '');
}

function organisationBlocks(context: NarrativeContext): Block[] {
  const t = officerTemplates().overview;
  const { overview } = context.project.narrative;
  const year = String(context.project.year);
  if (context.project.scope === 'unit') {
    const divisions = nonEmpty(overview.divisions);
    if (divisions.length === 0) return [];
    return [paragraph(context, 'p1.org.p1', renderTemplate(t.divisions, { count: countText(divisions.length), list: divisions.join('、') }))];
  }
  const blocks: Block[] = [];
  const constituents = nonEmpty(overview.constituentUnits);
  if (constituents.length > 0) {
    blocks.push(paragraph(context, 'p1.org.p1', renderTemplate(t.constituents, { name: context.name, list: constituents.join('、') })));
  }
  const budgetUnits = nonEmpty(overview.budgetUnits);
  if (budgetUnits.length > 0) {
    blocks.push(paragraph(context, 'p1.org.p2', renderTemplate(t.budgetUnitsIntro, { name: context.name, year })));
    budgetUnits.forEach((unit, i) => {
      blocks.push({ kind: 'paragraph', text: renderTemplate(t.budgetUnitItem, { n: countText(i + 1), unit }) });
    });
  }
  return blocks;
}

/** Part 1: the duties as the officer typed them, then the scope-specific 机构设置 sentence(s). */
export function overviewBlocks(context: NarrativeContext): Block[] {
  const t = officerTemplates().overview;
  const scope = context.project.scope;
  const duties = nonEmpty(context.project.narrative.overview.duties);
  return [
    { kind: 'heading', level: 1, text: scoped(t.dutiesHeading, scope) },
    ...duties.map((duty, i) => paragraph(context, `p1.duties.${i + 1}`, duty)),
    { kind: 'heading', level: 1, text: scoped(t.organisationHeading, scope) },
    ...organisationBlocks(context),
  ];
}

export function overviewIssues(context: NarrativeContext): Issue[] {
  const { overview } = context.project.narrative;
  const issues: Issue[] = [];
  const dutiesLabel = context.project.scope === 'unit' ? '单位职责' : '部门职责';
  if (nonEmpty(overview.duties).length === 0) issues.push(missingInput('P1.MISSING', 'overview', 'duties', dutiesLabel));
  if (context.project.scope === 'unit') {
    if (nonEmpty(overview.divisions).length === 0) issues.push(missingInput('P1.MISSING', 'overview', 'divisions', '内设职能科室'));
  } else {
    if (nonEmpty(overview.constituentUnits).length === 0) issues.push(missingInput('P1.MISSING', 'overview', 'constituentUnits', '部门决算包括的单位'));
    if (nonEmpty(overview.budgetUnits).length === 0) issues.push(missingInput('P1.MISSING', 'overview', 'budgetUnits', '纳入编制范围的二级预算单位'));
  }
  return issues;
}
