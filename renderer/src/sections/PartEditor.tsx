// The editor of a part of the text — 概况, 上年数, a 情况说明 section, 名词解释, 附件, the 预算 绩效目标表:
// its structured inputs beside a live preview of the text they produce. An issue jumping here focuses
// its field.
import { useEffect, useMemo, useRef } from 'react';
import { narrativeContext } from '../../../shared/narrative/context';
import { buildPublication } from '../../../shared/publication/build-publication';
import type { Block, Publication } from '../../../shared/publication/model';
import type { Project } from '../../../shared/project/schema';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace } from '../app/app-context';
import { narrativeSections, partOfIssue, type PartId } from '../report/parts';
import { analyse, catalogOf, templateOf } from '../report/report-template';
import { BudgetLinesEditor } from './BudgetLinesEditor';
import { budgetFiguresBySection, fieldsFor, issueFieldFor } from './budget-section-fields';
import { BudgetTargetForms } from './BudgetTargetForms';
import { CatalogSourceField } from './CatalogSourceField';
import { FieldInput, FieldIssues } from './FieldInputs';
import { GlossaryFields } from './GlossaryFields';
import { ParagraphPreview } from './ParagraphPreview';
import { PerformanceProjects } from './PerformanceProjects';
import { PriorFigureFields } from './PriorFigureFields';
import { priorFiguresBySection } from './prior-figure-use';
import { fieldContains } from './section-fields';

/** Paragraph texts as the product writes them, before the officer's own text replaces any. */
function generatedTexts(project: Project, publication: Publication): Map<string, string> {
  const own = Object.keys(project.narrative.ownText).length > 0;
  let source = publication;
  if (own) {
    const plain: Project = { ...project, narrative: { ...project.narrative, ownText: {} } };
    const context = narrativeContext(plain, analyse(plain).report, templateOf(plain), catalogOf(plain));
    source = buildPublication(context, { draft: publication.draft });
  }
  const texts = new Map<string, string>();
  for (const part of source.parts) for (const block of part.blocks) if (block.kind === 'paragraph' && block.id !== undefined) texts.set(block.id, block.text);
  return texts;
}

/** The element a field issue points at: the field itself, or the nearest enclosing one. */
function fieldElement(root: HTMLElement, field: string): HTMLElement | undefined {
  let name = field;
  for (;;) {
    const found = [...root.querySelectorAll<HTMLElement>('[data-field]')].find((e) => e.dataset.field === name);
    if (found !== undefined) return found;
    const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
    if (cut <= 0) return undefined;
    name = name.slice(0, cut);
  }
}

function sectionIssues(issues: readonly Issue[], part: PartId): Issue[] {
  if (part === 'priorYear') return issues.filter((i) => i.location.kind === 'section' && /^(priorYear|reasons)\./.test(i.location.field ?? ''));
  return issues.filter((i) => partOfIssue(i) === part);
}

export function PartEditor({ part, publication }: { readonly part: PartId; readonly publication: Publication }) {
  const workspace = useWorkspace((s) => s.workspace);
  const target = useWorkspace((s) => s.target);
  const root = useRef<HTMLDivElement>(null);
  const project = workspace?.history.present;
  const generated = useMemo(() => (project === undefined ? new Map<string, string>() : generatedTexts(project, publication)), [project, publication]);

  useEffect(() => {
    if (target === null || target.kind !== 'field' || target.part !== part || target.field === undefined || root.current === null) return;
    const element = fieldElement(root.current, target.field);
    if (element === undefined) return;
    element.scrollIntoView({ block: 'center' });
    const input = element.matches('input, textarea, select') ? element : element.querySelector<HTMLElement>('input, textarea, select');
    input?.focus({ preventScroll: true });
    // Only a new jump request moves the focus.
  }, [target?.serial, part]);

  if (workspace === null || project === undefined) return null;
  const issues = sectionIssues(workspace.analysis.issues, part);
  const template = templateOf(project);
  const budget = project.kind === 'budget';
  // The 绩效目标表 are printed at the end of section 六; their page previews those forms.
  const sectionKey = part === 'targetForms' ? 'b6' : part.startsWith('section:') ? part.slice('section:'.length) : undefined;
  const section = sectionKey === undefined ? undefined : narrativeSections(publication).find((s) => s.key === sectionKey);
  const publicationPart = publication.parts.find((p) => p.id === part);
  const title = part === 'targetForms' ? '政策和项目预算绩效目标表' : (section?.title ?? publicationPart?.title ?? (part === 'priorYear' ? '上年决算数与增减原因' : ''));
  const sectionBlocks: readonly Block[] = section?.blocks ?? publicationPart?.blocks ?? [];
  const blocks = part === 'targetForms' ? sectionBlocks.filter((b) => b.kind === 'grid') : sectionBlocks;
  const bySection = budget ? budgetFiguresBySection() : priorFiguresBySection(project);
  const usedFigures = part === 'priorYear' ? template.priorFigures.map((f) => f.id) : sectionKey === undefined || part === 'targetForms' ? [] : (bySection.get(sectionKey) ?? []);
  const figures = template.priorFigures.filter((f) => usedFigures.includes(f.id));
  const groups = fieldsFor(project.kind, part)
    .map((g) => ({ ...g, fields: g.fields.filter((f) => f.scope === undefined || f.scope === project.scope) }))
    .filter((g) => g.fields.length > 0);
  const ownEditor = (part === 'glossary' && !budget) || part === 'attachments' || part === 'targetForms';

  return (
    <div className="section-editor" ref={root}>
      <h2>{title}</h2>
      <div className={blocks.length === 0 ? 'section-columns single' : part === 'targetForms' ? 'section-columns wide-inputs' : 'section-columns'}>
        <div className="field-list" aria-label="录入项">
          <PriorFigureFields figures={figures} issues={issues} />
          {groups.map((group) => (
            <div key={group.title} className="field-group" data-field={group.field}>
              <h3>{group.title}</h3>
              {group.field === undefined ? null : <FieldIssues issues={issues.filter((i) => i.location.kind === 'section' && i.location.field === group.field)} />}
              {group.fields.map((spec) => {
                const field = issueFieldFor(project.kind, spec.path);
                const fieldIssues = issues.filter((i) => i.location.kind === 'section' && fieldContains(field, i.location.field));
                return spec.kind === 'budgetLines' ? (
                  <BudgetLinesEditor key={field} label={spec.label} path={spec.path} issues={fieldIssues} />
                ) : (
                  <FieldInput key={field} spec={spec} field={field} issues={fieldIssues} />
                );
              })}
            </div>
          ))}
          {part === 'glossary' ? <CatalogSourceField /> : null}
          {part === 'glossary' && !budget ? <GlossaryFields issues={issues} /> : null}
          {part === 'attachments' ? <PerformanceProjects issues={issues} /> : null}
          {part === 'targetForms' ? <BudgetTargetForms issues={issues} /> : null}
          {figures.length === 0 && groups.length === 0 && !ownEditor ? (
            <p className="hint">{part === 'glossary' ? '名词解释为统一的固定条目' : '本节文字全部由表格数据生成'}；如需改写，可在右侧逐段使用自己的文字。</p>
          ) : null}
        </div>
        {blocks.length > 0 ? <ParagraphPreview blocks={blocks} generated={generated} issues={issues} showGrids={part === 'targetForms'} /> : null}
      </div>
    </div>
  );
}
