// Logic-less sentence templates: {name} placeholders and [optional …] groups. Templates are data and
// may come from another office, so nothing in them is executed.
import { Decimal, formatTextAmount, type Amount } from '../money/money';

export type TemplateValue = string | Amount | undefined;

/** Thrown when a required placeholder has no value; the caller turns it into an issue, never text. */
export class MissingTemplateValue extends Error {
  constructor(readonly placeholder: string) {
    super(`缺少“${placeholder}”`);
  }
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function renderPlain(text: string, values: Readonly<Record<string, TemplateValue>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new MissingTemplateValue(name);
    return typeof value === 'string' ? value : formatTextAmount(value);
  });
}

/** Splits "a[b{x}c]d" into plain and optional segments; brackets do not nest. */
function segments(template: string): { text: string; optional: boolean }[] {
  const out: { text: string; optional: boolean }[] = [];
  let rest = template;
  for (;;) {
    const open = rest.indexOf('[');
    if (open < 0) break;
    const close = rest.indexOf(']', open);
    if (close < 0) throw new Error(`句式模板中的“[”没有对应的“]”：${template}`);
    out.push({ text: rest.slice(0, open), optional: false }, { text: rest.slice(open + 1, close), optional: true });
    rest = rest.slice(close + 1);
  }
  out.push({ text: rest, optional: false });
  return out;
}

/**
 * Fills a sentence template. Amount values print as text amounts (8,683.15, 234.9, 0); strings as they
 * are. An optional group whose placeholders lack a value is dropped; a missing required placeholder
 * throws MissingTemplateValue.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, TemplateValue>>): string {
  return segments(template)
    .map((segment) => {
      if (!segment.optional) return renderPlain(segment.text, values);
      try {
        return renderPlain(segment.text, values);
      } catch (e) {
        if (e instanceof MissingTemplateValue) return '';
        throw e;
      }
    })
    .join('');
}

/** The placeholders a template uses, for checking template files when they load. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

export const HUNDRED = new Decimal(100);
