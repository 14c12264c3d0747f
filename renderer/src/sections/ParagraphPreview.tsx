// The generated text of a part beside its inputs. Each paragraph the officer may replace has an
// explicit "use my own text" switch; own text is re-checked against the tables (the issues of
// ownText.<id> appear under it) and the generated text stays visible for comparison.
import type { Block } from '../../../shared/publication/model';
import type { Issue } from '../../../shared/validate/issue';
import { useWorkspace, workspaceStore } from '../app/app-context';
import { setOwnText } from '../state/project-edits';
import { FieldIssues } from './FieldInputs';

/** Paragraphs that are the officer's typed text already (the self-evaluation report): no switch. */
const TYPED_PARAGRAPHS: readonly string[] = ['a5.report.', 'bp1.duties.'];

function setOwn(id: string, text: string | undefined): void {
  workspaceStore.getState().edit((project) => setOwnText(project, id, text), text === undefined ? undefined : `ownText.${id}`);
}

interface Props {
  readonly blocks: readonly Block[];
  /** The text the product writes for each paragraph id, before own text replaces it. */
  readonly generated: ReadonlyMap<string, string>;
  readonly issues: readonly Issue[];
  /** Forms (预算 绩效目标表) drawn as tables; elsewhere a grid is only named. */
  readonly showGrids?: boolean;
}

function GridPreview({ block }: { readonly block: Extract<Block, { kind: 'grid' }> }) {
  return (
    <figure className="grid-preview">
      <figcaption>{block.title}</figcaption>
      <table>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan} style={{ textAlign: cell.align ?? 'left', fontWeight: cell.bold === true ? 'bold' : undefined }}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function ParagraphPreview({ blocks, generated, issues, showGrids = false }: Props) {
  const ownText = useWorkspace((s) => s.workspace?.history.present.narrative.ownText ?? {});
  return (
    <div className="text-preview" aria-label="生成的文字">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return block.level === 1 ? <h3 key={i}>{block.text}</h3> : <h4 key={i}>{block.text}</h4>;
          case 'paragraph': {
            const id = block.id;
            const body = (
              <>
                {block.runIn === undefined ? null : <span className="run-in">{block.runIn}</span>}
                {block.text}
              </>
            );
            if (id === undefined || TYPED_PARAGRAPHS.some((prefix) => id.startsWith(prefix))) return <p key={i}>{body}</p>;
            const own = ownText[id];
            const field = `ownText.${id}`;
            const paragraphIssues = issues.filter((issue) => issue.location.kind === 'section' && issue.location.field === field);
            return (
              <div key={i} className={own === undefined ? 'paragraph-block' : 'paragraph-block own'} data-field={field} data-paragraph={id}>
                <div className="paragraph-tools">
                  <label>
                    <input type="checkbox" checked={own !== undefined} onChange={(e) => setOwn(id, e.target.checked ? (generated.get(id) ?? block.text) : undefined)} />
                    使用自己的文字
                  </label>
                  {own === undefined ? null : <span>（自动生成的文字见下方灰字）</span>}
                </div>
                {own === undefined ? (
                  <p>{body}</p>
                ) : (
                  <>
                    <textarea aria-label={`段落 ${id} 自己的文字`} value={own} onChange={(e) => setOwn(id, e.target.value)} />
                    <p className="generated-text">{generated.get(id) ?? ''}</p>
                  </>
                )}
                <FieldIssues issues={paragraphIssues} />
              </div>
            );
          }
          case 'chart':
            return (
              <p key={i} className="chart-caption">
                〔{block.caption}〕
              </p>
            );
          case 'grid':
            return showGrids ? (
              <GridPreview key={i} block={block} />
            ) : (
              <p key={i} className="chart-caption">
                〔{block.title}〕
              </p>
            );
          case 'table':
          case 'pageBreak':
            return null;
        }
      })}
    </div>
  );
}
