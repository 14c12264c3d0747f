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

type Values = Readonly<Record<string, TemplateValue>>;

/** A placeholder's value: from `values`, else from `fallback` (the scope words every sentence may use). */
function valueOf(name: string, values: Values, fallback: Values | undefined): TemplateValue {
  const value = values[name];
  return value === undefined && fallback !== undefined ? fallback[name] : value;
}

/** Odd positions of `parts` are placeholder names, even positions literal text. */
function renderPlain(parts: readonly string[], values: Values, fallback: Values | undefined): string {
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = valueOf(name, values, fallback);
    if (value === undefined || value === '') throw new MissingTemplateValue(name);
    out += (typeof value === 'string' ? value : formatTextAmount(value)) + (parts[i + 1] ?? '');
  }
  return out;
}

interface Segment {
  readonly optional: boolean;
  /** Literal text and placeholder names alternating (String.split with a capturing group). */
  readonly parts: readonly string[];
  readonly placeholders: readonly string[];
}

/** Splits "a[b{x}c]d" into plain and optional segments; brackets do not nest. */
function splitSegments(template: string): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, optional: boolean): void => {
    out.push({ optional, parts: text.split(PLACEHOLDER), placeholders: templatePlaceholders(text) });
  };
  let rest = template;
  for (;;) {
    const open = rest.indexOf('[');
    if (open < 0) break;
    const close = rest.indexOf(']', open);
    if (close < 0) throw new Error(`句式模板中的“[”没有对应的“]”：${template}`);
    push(rest.slice(0, open), false);
    push(rest.slice(open + 1, close), true);
    rest = rest.slice(close + 1);
  }
  push(rest, false);
  return out;
}

// Templates are few and filled thousands of times (one line per 项), so each is split once.
const segmentCache = new Map<string, readonly Segment[]>();

function segments(template: string): readonly Segment[] {
  let cached = segmentCache.get(template);
  if (cached === undefined) {
    cached = splitSegments(template);
    if (segmentCache.size > 1000) segmentCache.clear();
    segmentCache.set(template, cached);
  }
  return cached;
}

function hasValue(name: string, values: Values, fallback: Values | undefined): boolean {
  const value = valueOf(name, values, fallback);
  return value !== undefined && value !== '';
}

/**
 * Fills a sentence template. Amount values print as text amounts (8,683.15, 234.9, 0); strings as they
 * are. An optional group whose placeholders lack a value is dropped; a missing required placeholder
 * throws MissingTemplateValue. `fallback` supplies values `values` leaves undefined.
 */
export function renderTemplate(template: string, values: Values, fallback?: Values): string {
  let out = '';
  for (const segment of segments(template)) {
    if (segment.optional && !segment.placeholders.every((name) => hasValue(name, values, fallback))) continue;
    out += renderPlain(segment.parts, values, fallback);
  }
  return out;
}

/** The placeholders a template uses, for checking template files when they load. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

export const HUNDRED = new Decimal(100);
