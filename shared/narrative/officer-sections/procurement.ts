// Section 十一 政府采购 (final-account-narrative.md §12). The SME award is the sum of the awards the
// officer types per category, so the SME total and the category shares cannot disagree; a small/micro
// award above it is reported and printed at most at the SME total so the text stays consistent.
import { Decimal, formatMessageAmount, roundingTolerance, sum, ZERO, type Amount } from '../../money/money';
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import type { ProcurementInput } from '../inputs/officer-sections';
import { renderTemplate } from '../sentence-template';
import { percentNumber } from '../wording';
import { officerTemplates, scoped } from './officer-templates';
import { issue, missingInput, optionalAmount, paragraph } from './section-helpers';

export interface ProcurementFigures {
  readonly total: Amount;
  /** Σ goods + works + services (compared with a typed total). */
  readonly categorySum: Amount;
  readonly goods: Amount;
  readonly works: Amount;
  readonly services: Amount;
  readonly smeGoods: Amount;
  readonly smeWorks: Amount;
  readonly smeServices: Amount;
  /** 授予中小企业合同金额 = Σ per-category SME awards. */
  readonly sme: Amount;
  /** 授予小微企业合同金额 as typed. */
  readonly smallMicro: Amount;
  /** What the text prints: the typed figure, at most the SME total. */
  readonly printedSmallMicro: Amount;
}

export function procurementFigures(context: NarrativeContext): ProcurementFigures {
  const p = context.project.narrative.procurement;
  const read = (key: keyof ProcurementInput): Amount => optionalAmount(p[key]) ?? ZERO;
  const goods = read('goods');
  const works = read('works');
  const services = read('services');
  const categorySum = sum([goods, works, services]);
  const smeGoods = read('smeGoods');
  const smeWorks = read('smeWorks');
  const smeServices = read('smeServices');
  const sme = sum([smeGoods, smeWorks, smeServices]);
  const smallMicro = read('smallMicro');
  return {
    total: optionalAmount(p.total) ?? categorySum,
    categorySum,
    goods,
    works,
    services,
    smeGoods,
    smeWorks,
    smeServices,
    sme,
    smallMicro,
    printedSmallMicro: Decimal.min(smallMicro, sme),
  };
}

/** Share in percent text; a zero denominator prints 0 as the seeds do. */
function share(part: Amount, whole: Amount): string {
  return percentNumber(part, whole) ?? '0';
}

function procurementText(context: NarrativeContext, f: ProcurementFigures): string {
  const t = officerTemplates().procurement;
  const year = String(context.project.year);
  if (f.total.isZero() && f.categorySum.isZero()) return renderTemplate(t.none, { year, self: context.self });
  return [
    renderTemplate(t.amounts, { year, total: f.total, goods: f.goods, works: f.works, services: f.services }),
    renderTemplate(t.sme, { sme: f.sme, smePercent: share(f.sme, f.total), micro: f.printedSmallMicro, microPercent: share(f.printedSmallMicro, f.total) }),
    renderTemplate(t.categories, {
      goodsPercent: share(f.smeGoods, f.goods),
      worksPercent: f.works.isZero() ? undefined : share(f.smeWorks, f.works),
      servicesPercent: share(f.smeServices, f.services),
    }),
  ].join('');
}

export function procurementBlocks(context: NarrativeContext): Block[] {
  const t = officerTemplates().procurement;
  return [
    { kind: 'heading', level: 1, text: scoped(t.heading, context.project.scope) },
    paragraph(context, 's11.p1', procurementText(context, procurementFigures(context))),
  ];
}

const LABELS: Readonly<Record<keyof ProcurementInput, string>> = {
  total: '政府采购支出总额',
  goods: '政府采购货物支出',
  works: '政府采购工程支出',
  services: '政府采购服务支出',
  smeGoods: '货物采购授予中小企业合同金额',
  smeWorks: '工程采购授予中小企业合同金额',
  smeServices: '服务采购授予中小企业合同金额',
  smallMicro: '授予小微企业合同金额',
};

function missingFields(p: ProcurementInput, f: ProcurementFigures): (keyof ProcurementInput)[] {
  const missing: (keyof ProcurementInput)[] = [];
  const amounts: readonly (keyof ProcurementInput)[] = ['goods', 'works', 'services'];
  for (const key of amounts) if (p[key] === undefined) missing.push(key);
  if (p.smeGoods === undefined && !f.goods.isZero()) missing.push('smeGoods');
  if (p.smeWorks === undefined && !f.works.isZero()) missing.push('smeWorks');
  if (p.smeServices === undefined && !f.services.isZero()) missing.push('smeServices');
  if (p.smallMicro === undefined && !f.categorySum.isZero()) missing.push('smallMicro');
  return missing;
}

export function procurementIssues(context: NarrativeContext): Issue[] {
  const p = context.project.narrative.procurement;
  const f = procurementFigures(context);
  const issues: Issue[] = missingFields(p, f).map((key) => missingInput('S11.MISSING', 'procurement', key, LABELS[key], '，按0万元计'));
  const m = formatMessageAmount;
  if (p.total !== undefined && !f.total.eq(f.categorySum)) {
    const gap = f.total.minus(f.categorySum).abs();
    const withinTail = gap.lte(roundingTolerance(3));
    issues.push(
      issue(
        'S11.SUM',
        withinTail ? 'info' : 'error',
        'procurement',
        'total',
        `十一、政府采购：支出总额${m(f.total)}万元与货物${m(f.goods)}、工程${m(f.works)}、服务${m(f.services)}万元之和${m(f.categorySum)}万元相差${m(gap)}万元${withinTail ? '（尾数误差）' : ''}。`,
      ),
    );
  }
  const categories: readonly { sme: Amount; whole: Amount; key: keyof ProcurementInput; label: string }[] = [
    { sme: f.smeGoods, whole: f.goods, key: 'smeGoods', label: '货物' },
    { sme: f.smeWorks, whole: f.works, key: 'smeWorks', label: '工程' },
    { sme: f.smeServices, whole: f.services, key: 'smeServices', label: '服务' },
  ];
  for (const { sme, whole, key, label } of categories) {
    if (sme.gt(whole)) {
      issues.push(issue('S11.SME_CATEGORY', 'error', 'procurement', key, `十一、政府采购：${label}采购授予中小企业合同金额${m(sme)}万元大于${label}支出${m(whole)}万元。`));
    }
  }
  if (f.sme.gt(f.total)) {
    issues.push(issue('S11.SME_TOTAL', 'error', 'procurement', 'total', `十一、政府采购：授予中小企业合同金额${m(f.sme)}万元大于政府采购支出总额${m(f.total)}万元。`));
  }
  if (f.smallMicro.gt(f.sme)) {
    issues.push(
      issue(
        'S11.SMALL_MICRO',
        'error',
        'procurement',
        'smallMicro',
        `十一、政府采购：授予小微企业合同金额${m(f.smallMicro)}万元大于授予中小企业合同金额${m(f.sme)}万元（货物、工程、服务三类授予中小企业合同金额之和）。小微企业是中小企业的一部分，文中小微企业合同金额暂按${m(f.printedSmallMicro)}万元列示；请核对各类授予中小企业合同金额和小微企业合同金额。`,
      ),
    );
  }
  return issues;
}
