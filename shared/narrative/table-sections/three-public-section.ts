// Section 九: 财政拨款“三公”经费 — budget against outturn per line (公开09表) and what only the officer
// knows (groups, vehicles, receptions), with the checks of §10.
import { Decimal, formatMessageAmount, toleranceForFigures, ZERO, type Amount } from '../../money/money';
import type { ThreePublicInputs } from '../inputs/table-sections';
import type { TemplateValue } from '../sentence-template';
import { completionClause, type CompletionVariant } from './change-text';
import { present, type SectionWriter } from './section-writer';

type Reasons = ThreePublicInputs['reasons'];

function count(n: number | undefined): TemplateValue {
  return n === undefined ? undefined : new Decimal(n);
}

/** "…全年预算为…万元，支出决算为…万元，与2024年全年预算基本持平。完成全年预算的100%。" */
function budgetLine(w: SectionWriter, template: string, budget: Amount, actual: Amount, reasonKey: keyof Reasons, label: string): string {
  const words = w.words.threePublic.completion;
  const variants: Record<CompletionVariant, string> = {
    above: words.above,
    below: words.below,
    equal: words.equal[w.inputs.threePublicFlatWording],
    roughlyFlat: words.equal[w.inputs.threePublicFlatWording],
    noBudget: words.noBudget,
    bothZero: words.bothZero,
  };
  return (
    w.fill(template, { budget, actual }) +
    completionClause(w, {
      section: 's9',
      field: `threePublic.reasons.${reasonKey}`,
      label,
      actual,
      budget,
      reason: present(w.inputs.threePublic.reasons[reasonKey]),
      wording: 'auto',
      variants,
      flatTolerance: new Decimal(0),
    })
  );
}

export function writeThreePublicSection(w: SectionWriter): void {
  const words = w.words.threePublic;
  const input = w.inputs.threePublic;
  const cell = (name: keyof typeof words.cells): Amount => w.cell(words.cells[name]);
  const owner = w.fill(words.owner[w.context.project.scope]);
  const missing = (field: keyof ThreePublicInputs, what: string, when: boolean): void => {
    if (when && input[field] === undefined) w.issue('warning', 'TXT.3P.MISSING', 's9', `threePublic.${field}`, `“三公”经费说明缺少${what}，相应的句子已省略。`);
  };

  w.heading('s9', 1);
  w.heading('s9.1', 2);
  w.paragraph('s9.1.p1', () => budgetLine(w, words.total, cell('budgetTotal'), cell('actualTotal'), 'total', '“三公”经费合计'));

  w.heading('s9.2', 2);
  const travel = cell('actualTravel');
  missing('travelGroups', '因公出国（境）团组数', !travel.isZero());
  missing('travelTrips', '因公出国（境）人次', !travel.isZero());
  missing('travelContent', '因公出国（境）费开支内容', !travel.isZero());
  w.paragraph('s9.2.p1', () => {
    const detail = w.fill(words.travelDetail, { groups: count(input.travelGroups), trips: count(input.travelTrips), content: present(input.travelContent) });
    return budgetLine(w, words.travel, cell('budgetTravel'), travel, 'travel', '因公出国（境）费') + detail;
  });

  w.paragraph('s9.2.p2', () => budgetLine(w, words.vehicles, cell('budgetVehicles'), cell('actualVehicles'), 'vehicles', '公务用车购置及运行维护费') + w.words.list.detailLead);
  const purchase = cell('vehiclePurchase');
  // No appropriation spent on buying vehicles means none were bought with it (bought > 0 ⇔ c10 > 0).
  const bought = input.vehiclesBought ?? (purchase.isZero() ? 0 : undefined);
  missing('vehiclesBought', '使用财政拨款购置的公务用车数量', !purchase.isZero());
  w.paragraph('s9.2.p3', () => w.fill(words.purchase, { amount: purchase, owner, bought: count(bought) }));
  const upkeep = cell('vehicleUpkeep');
  missing('fleet', '公务用车保有量', !upkeep.isZero());
  missing('vehicleContent', '公务用车运行维护费开支内容', !upkeep.isZero());
  w.paragraph('s9.2.p4', () => w.fill(words.upkeep, { amount: upkeep, owner, content: present(input.vehicleContent), fleet: count(input.fleet) }));

  const reception = cell('actualReception');
  // Without any reception spending the split is 0 + 0; otherwise both parts must be entered.
  const domestic = w.entry(input.domesticReception) ?? (reception.isZero() ? ZERO : undefined);
  const abroad = w.entry(input.abroadReception) ?? (reception.isZero() ? ZERO : undefined);
  const split = domestic !== undefined && abroad !== undefined;
  if (!split) {
    w.issue('warning', 'TXT.3P.MISSING', 's9', input.domesticReception === undefined ? 'threePublic.domesticReception' : 'threePublic.abroadReception', '“三公”经费说明缺少国内接待费或国（境）外接待费，接待费明细已省略。');
  }
  missing('receptionBatches', '国内接待批次', domestic !== undefined && !domestic.isZero());
  missing('receptionPersons', '国内接待人次', domestic !== undefined && !domestic.isZero());
  missing('receptionContent', '国内接待费用途', domestic !== undefined && !domestic.isZero());
  missing('abroadBatches', '国（境）外接待批次', abroad !== undefined && !abroad.isZero());
  missing('abroadPersons', '国（境）外接待人次', abroad !== undefined && !abroad.isZero());
  w.paragraph('s9.2.p5', () => budgetLine(w, words.reception, cell('budgetReception'), reception, 'reception', '公务接待费') + (split ? w.words.list.detailLead : ''));
  if (split) {
    w.paragraph('s9.2.p6', () =>
      w.fill(words.domestic, {
        amount: domestic,
        content: present(input.receptionContent),
        batches: count(input.receptionBatches),
        persons: count(input.receptionPersons),
        fxBatches: count(input.foreignAffairsBatches),
        fxPersons: count(input.foreignAffairsPersons),
      }),
    );
    w.paragraph('s9.2.p7', () => w.fill(words.abroad, { amount: abroad, batches: count(input.abroadBatches), persons: count(input.abroadPersons) }));
  }
  checkThreePublic(w, { purchase, upkeep, reception, domestic: w.entry(input.domesticReception), abroad: w.entry(input.abroadReception) });
}

/** §10 checks between the officer's 三公 details and 公开09表. */
function checkThreePublic(w: SectionWriter, f: { purchase: Amount; upkeep: Amount; reception: Amount; domestic?: Amount; abroad?: Amount }): void {
  const input = w.inputs.threePublic;
  if (f.domestic !== undefined && f.abroad !== undefined) {
    const parts = f.domestic.plus(f.abroad);
    if (parts.minus(f.reception).abs().gt(toleranceForFigures(3))) {
      w.issue('error', 'TXT.3P.RECEPTION', 's9', 'threePublic.domesticReception', `国内接待费 ${formatMessageAmount(f.domestic)} 万元与国（境）外接待费 ${formatMessageAmount(f.abroad)} 万元之和 ${formatMessageAmount(parts)} 万元，不等于公开09表公务接待费决算数 ${formatMessageAmount(f.reception)} 万元。`);
    }
  }
  const within = (part: number | undefined, whole: number | undefined, field: keyof ThreePublicInputs, what: string): void => {
    if (part !== undefined && whole !== undefined && part > whole) {
      w.issue('error', 'TXT.3P.FOREIGN', 's9', `threePublic.${field}`, `外事接待${what} ${part} 超过国内接待${what} ${whole}（外事接待包含在国内接待中）。`);
    }
  };
  within(input.foreignAffairsBatches, input.receptionBatches, 'foreignAffairsBatches', '批次');
  within(input.foreignAffairsPersons, input.receptionPersons, 'foreignAffairsPersons', '人次');
  const bought = input.vehiclesBought;
  if (bought !== undefined && bought > 0 !== !f.purchase.isZero()) {
    const message =
      bought > 0 ? `填写了购置公务用车 ${bought} 辆，但公开09表公务用车购置费决算数为 0。` : `公开09表公务用车购置费决算数为 ${formatMessageAmount(f.purchase)} 万元，但填写的购置公务用车数量为 0。`;
    w.issue('warning', 'TXT.3P.BOUGHT', 's9', 'threePublic.vehiclesBought', message);
  }
  if (input.fleet === 0 && !f.upkeep.isZero()) {
    w.issue('warning', 'TXT.3P.FLEET', 's9', 'threePublic.fleet', `公开09表公务用车运行维护费决算数为 ${formatMessageAmount(f.upkeep)} 万元，但公务用车保有量填写为 0 辆。`);
  }
}
