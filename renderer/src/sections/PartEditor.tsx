// The editor of a non-table part: 概况, 上年数, a 情况说明 section, 名词解释 or 附件.
import type { Publication } from '../../../shared/publication/model';
import type { PartId } from '../report/parts';
import { narrativeSections } from '../report/parts';
import { TextPreview } from './TextPreview';

export function PartEditor({ part, publication }: { readonly part: PartId; readonly publication: Publication }) {
  const sectionKey = part.startsWith('section:') ? part.slice('section:'.length) : undefined;
  const section = sectionKey === undefined ? undefined : narrativeSections(publication).find((s) => s.key === sectionKey);
  const blocks = section?.blocks ?? publication.parts.find((p) => p.id === part)?.blocks ?? [];
  return (
    <div className="section-editor">
      <h2>{section?.title ?? ''}</h2>
      <TextPreview blocks={blocks} />
    </div>
  );
}
