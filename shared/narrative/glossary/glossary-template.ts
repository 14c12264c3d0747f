// The 名词解释 template (templates/final-account/glossary.json): the 15 fixed terms and the entry
// patterns, checked when first used.
import { z } from 'zod';
import data from '../../../templates/final-account/glossary.json';

export const glossaryTemplateSchema = z.object({
  description: z.string(),
  /** "{n}、{term}：{definition}" */
  fixedEntry: z.string(),
  /** "{n}、{category}（类）{section}（款）{item}（项）：{note}" */
  subjectEntry: z.string(),
  fixedTerms: z.array(z.object({ term: z.string().min(1), definition: z.string().min(1) })).min(1),
});
export type GlossaryTemplate = z.infer<typeof glossaryTemplateSchema>;

let cached: GlossaryTemplate | undefined;

export function glossaryTemplate(): GlossaryTemplate {
  if (cached === undefined) {
    const parsed = glossaryTemplateSchema.safeParse(data);
    if (!parsed.success) throw new Error(`模板错误：glossary.json 无效：${parsed.error.message}`);
    cached = parsed.data;
  }
  return cached;
}
