// The generated text of a part as it will print: headings, paragraphs, chart captions, forms.
import type { Block } from '../../../shared/publication/model';

export function TextPreview({ blocks }: { readonly blocks: readonly Block[] }) {
  return (
    <div className="text-preview">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return block.level === 1 ? <h3 key={i}>{block.text}</h3> : <h4 key={i}>{block.text}</h4>;
          case 'paragraph':
            return (
              <p key={i} data-paragraph={block.id}>
                {block.runIn === undefined ? null : <span className="run-in">{block.runIn}</span>}
                {block.text}
              </p>
            );
          case 'chart':
            return (
              <p key={i} className="chart-caption">
                〔{block.caption}〕
              </p>
            );
          case 'grid':
            return (
              <p key={i} className="chart-caption">
                〔表格：{block.title}〕
              </p>
            );
          case 'table':
            return (
              <p key={i} className="chart-caption">
                〔{block.table}〕
              </p>
            );
          case 'pageBreak':
            return null;
        }
      })}
    </div>
  );
}
