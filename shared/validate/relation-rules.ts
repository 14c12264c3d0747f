// Checks the relations of the rule set (templates/…/rules.json) on the published values.
import { add, toWanYuan, amount, ZERO, toleranceForFigures, formatMessageAmount, type Amount } from '../money/money';
import { roundedFigureCounter } from './rounding-envelope';
import { parseCellRef, cellAddress, type CellAddress, type CellRef } from '../tables/cell-address';
import type { DerivedReport, DerivedTable } from '../derive/derived-model';
import type { Project } from '../project/schema';
import type { RelationRule } from './rule-definition';
import { cellLocation, describeCell, formatDifference, type Issue } from './issue';

const PRIOR_PREFIX = 'PY:';

interface Term {
  readonly value: Amount;
  readonly negate: boolean;
  /** Where the value comes from, to count its rounded figures when a difference needs a tolerance. */
  readonly address?: CellAddress;
}

/** The rows a per-row rule runs over: every 科目 row (or 类 line) of the tables it names with *. */
function bindings(rule: RelationRule, report: DerivedReport, memo: Map<string, readonly (string | undefined)[]>): readonly (string | undefined)[] {
  if (!rule.each) return [undefined];
  const tables = new Set<DerivedTable>();
  for (const term of [...rule.lhs, ...rule.rhs]) {
    if (term.startsWith(PRIOR_PREFIX)) continue;
    const ref = parseCellRef(term);
    const table = ref.wildcard ? report.tables.get(ref.table) : undefined;
    if (table) tables.add(table);
  }
  // Several rules run over the same tables (one per column): collect and sort their rows once.
  const memoKey = `${rule.each}:${[...tables].map((t) => t.id).sort().join(',')}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const keys = new Set<string>();
  for (const table of tables) {
    for (const row of table.rows) {
      if (rule.each === 'subjectRows' && row.level !== undefined) keys.add(row.key);
      if (rule.each === 'categories' && row.code !== undefined) keys.add(row.code);
    }
  }
  const sorted = [...keys].sort();
  memo.set(memoKey, sorted);
  return sorted;
}

function bind(term: string, binding: string | undefined): CellRef {
  const ref = parseCellRef(term);
  return ref.wildcard && binding !== undefined ? { ...ref, row: binding, wildcard: false } : ref;
}

function resolveAddress(ref: CellRef, report: DerivedReport): CellAddress {
  if (!ref.byCode) return cellAddress(ref.table, ref.row, ref.column);
  const row = report.tables.get(ref.table)?.rowByCode(ref.row);
  return cellAddress(ref.table, row?.key ?? ref.row, ref.column);
}

/**
 * A rule term parsed once: a cell reference (with its table, looked up once) or a prior-year figure id.
 * `rowWise` marks a * reference read straight from the bound row, the per-row rules' hot path.
 */
type ParsedTerm =
  | { readonly prior: string; readonly rowWise: false }
  | { readonly ref: CellRef; readonly table: DerivedTable | undefined; readonly rowWise: boolean };

function parseTerm(term: string, report: DerivedReport): ParsedTerm {
  if (term.startsWith(PRIOR_PREFIX)) return { prior: term.slice(PRIOR_PREFIX.length), rowWise: false };
  const ref = parseCellRef(term);
  return { ref, table: report.tables.get(ref.table), rowWise: ref.wildcard && !ref.byCode };
}

export function checkRelations(rules: readonly RelationRule[], report: DerivedReport, project: Project): Issue[] {
  const issues: Issue[] = [];
  const figuresAt = roundedFigureCounter(report);
  const bindingMemo = new Map<string, readonly (string | undefined)[]>();
  const priorValue = (id: string): Amount | undefined => {
    const text = project.priorYear.figures[id];
    return text === undefined ? undefined : toWanYuan(amount(text), project.entryUnit);
  };
  const termValue = (term: ParsedTerm, binding: string | undefined): Term => {
    if ('prior' in term) {
      return { value: priorValue(term.prior) ?? ZERO, negate: false };
    }
    const ref = term.ref;
    if (ref.wildcard && binding !== undefined && !ref.byCode) {
      const address = cellAddress(ref.table, binding, ref.column);
      return { value: term.table?.row(binding)?.cells.get(ref.column)?.value ?? ZERO, negate: ref.negate, address };
    }
    const bound = ref.wildcard && binding !== undefined ? { ...ref, row: binding, wildcard: false } : ref;
    const address = resolveAddress(bound, report);
    return { value: report.value(address), negate: ref.negate, address };
  };
  const figuresOf = (t: Term): number => (t.value.isZero() ? 0 : t.address ? figuresAt(t.address) : 1);
  const total = (terms: readonly Term[]): Amount => terms.reduce((acc, t) => (t.value.isZero() ? acc : t.negate ? acc.minus(t.value) : acc.plus(t.value)), ZERO);
  // Per-row rules run over thousands of rows: read the bare values first and build the terms (with
  // their addresses, for the rounding envelope) only for the few rows that do not balance.
  const valueOf = (term: ParsedTerm, binding: string | undefined): Amount => {
    if (!term.rowWise || binding === undefined) return termValue(term, binding).value;
    return term.table?.row(binding)?.cells.get(term.ref.column)?.value ?? ZERO;
  };
  const signedTotal = (terms: readonly ParsedTerm[], binding: string | undefined): Amount => {
    let acc = ZERO;
    for (const term of terms) {
      const value = valueOf(term, binding);
      if (value.isZero()) continue;
      acc = 'ref' in term && term.ref.negate ? acc.minus(value) : add(acc, value);
    }
    return acc;
  };

  for (const rule of rules) {
    if (rule.needsPrior?.some((id) => priorValue(id) === undefined)) continue;
    const lhsTerms = rule.lhs.map((t) => parseTerm(t, report));
    const rhsTerms = rule.rhs.map((t) => parseTerm(t, report));
    const whenZero = (rule.whenZero ?? []).map((t) => parseTerm(t, report));
    for (const binding of bindings(rule, report, bindingMemo)) {
      if (whenZero.some((term) => !valueOf(term, binding).isZero())) continue;
      // Balanced, or on the allowed side of an inequality (03 above 05 on most rows): nothing to report,
      // so no terms, addresses or rounding envelope are built for it.
      const side = signedTotal(lhsTerms, binding).cmp(signedTotal(rhsTerms, binding));
      if (side === 0 || (rule.op === '>=' && side > 0) || (rule.op === '<=' && side < 0)) continue;
      const lhs = lhsTerms.map((t) => termValue(t, binding));
      const rhs = rhsTerms.map((t) => termValue(t, binding));
      const left = total(lhs);
      const right = total(rhs);
      const diff = left.minus(right);
      if (diff.isZero()) continue;
      const figures = [...lhs, ...rhs].reduce((n, t) => n + figuresOf(t), 0);
      const tolerance = rule.tolerance === 'exact' || project.entryUnit === 'yuan' ? ZERO : toleranceForFigures(figures);
      if (rule.op !== '=' && (rule.op === '<=' ? diff : diff.neg()).lte(tolerance)) continue;
      const at = resolveAddress(bind(rule.at, binding), report);
      const where = describeCell(report, at);
      const location = cellLocation(at);
      switch (rule.op) {
        case '=':
          if (diff.abs().lte(tolerance)) {
            issues.push({
              id: rule.id,
              severity: 'info',
              location,
              message: `${where}：${rule.title}，${formatDifference(right, left)}，在尾数误差允许范围（涉及 ${figures} 个各自四舍五入到 0.01 万元的数，允许 ±${formatMessageAmount(tolerance)} 万元）内。`,
            });
          } else {
            issues.push({ id: rule.id, severity: rule.severity, location, message: `${where}：${rule.title}，${formatDifference(right, left)}。` });
          }
          break;
        case '<=':
        case '>=': {
          const excess = rule.op === '<=' ? diff : diff.neg();
          const verb = rule.op === '<=' ? '超过' : '低于';
          issues.push({
            id: rule.id,
            severity: rule.severity,
            location,
            message: `${where}：${rule.title}；现为 ${formatMessageAmount(left)}，${verb} ${formatMessageAmount(right)} 共 ${formatMessageAmount(excess)} 万元。`,
          });
          break;
        }
      }
    }
  }
  return issues;
}
