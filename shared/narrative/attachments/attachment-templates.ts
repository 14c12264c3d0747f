// The Part 5 form layouts (templates/final-account/sections/officer-attachments.json), checked when
// first used.
import { z } from 'zod';
import data from '../../../templates/final-account/sections/officer-attachments.json';

const scopedText = z.union([z.string(), z.object({ unit: z.string(), department: z.string() })]);
const gradeWords = z.object({ 优: z.string(), 良: z.string(), 中: z.string(), 差: z.string() });

export const attachmentTemplatesSchema = z.object({
  description: z.string(),
  summary: z.object({
    title: z.string(),
    ownerLine: scopedText,
    amountUnit: z.string(),
    budgetColumn: z.object({ unit: z.boolean(), department: z.boolean() }),
    headers: z.object({ number: z.string(), name: z.string(), fundUser: z.string(), budget: z.string(), score: z.string(), grade: z.string() }),
    groups: z.object({ unit: z.array(z.string()), department: z.array(z.string()) }),
    defaultGroup: scopedText,
    totalLabel: z.string(),
    noScore: z.string(),
    gradeWords: z.object({ unit: gradeWords, department: gradeWords }),
  }),
  form: z.object({
    title: z.string(),
    yearLine: z.string(),
    amountUnit: z.string(),
    labels: z.object({
      name: z.string(),
      department: z.string(),
      implementingUnit: z.string(),
      phone: z.string(),
      execution: z.string(),
      initial: z.string(),
      budget: z.string(),
      actual: z.string(),
      weight: z.string(),
      rate: z.string(),
      score: z.string(),
      fundingRows: z.object({ total: z.string(), currentYear: z.string(), carryOver: z.string(), other: z.string() }),
      notApplicable: z.string(),
      targets: z.string(),
      expected: z.string(),
      achieved: z.string(),
      indicators: z.string(),
      level1: z.string(),
      level2: z.string(),
      level3: z.string(),
      target: z.string(),
      actualValue: z.string(),
      deviation: z.string(),
      level1WithWeight: z.string(),
      total: z.string(),
      explanation: z.string(),
    }),
    notes: z.array(z.string()),
  }),
});
export type AttachmentTemplates = z.infer<typeof attachmentTemplatesSchema>;

let cached: AttachmentTemplates | undefined;

export function attachmentTemplates(): AttachmentTemplates {
  if (cached === undefined) {
    const parsed = attachmentTemplatesSchema.safeParse(data);
    if (!parsed.success) throw new Error(`模板错误：officer-attachments.json 无效：${parsed.error.message}`);
    cached = parsed.data;
  }
  return cached;
}
