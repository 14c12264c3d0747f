// Sections 四 政府采购情况 and 五 国有资产占有使用情况 of the budget text (budget-narrative.md §4, §5):
// the procurement split and the vehicles reuse the fields the 决算 text has; the total comes from the
// 政府采购预算表, vehicles are counted at 31 December of the year before the budget year.
import { sum } from '../../money/money';
import { clauseOf, type BudgetWriter } from './budget-writer';

function procurement(w: BudgetWriter): void {
  const t = w.words.procurement;
  w.heading(t.heading, 1);
  const input = w.context.project.narrative.procurement;
  const total = w.cell(t.totalCell);
  const goods = w.entry(input.goods);
  const works = w.entry(input.works);
  const services = w.entry(input.services);
  if (total.isZero() && goods === undefined && works === undefined && services === undefined) {
    w.paragraph('b4.p1', 'b4', () => w.fill(t.none));
    return;
  }
  if (goods === undefined || works === undefined || services === undefined) {
    w.missing('B4.MISSING', 'b4', 'procurement', '政府采购货物、工程、服务预算', '，只写采购预算总额');
    w.paragraph('b4.p1', 'b4', () => w.fill(t.totalOnly, { total }));
    return;
  }
  const parts = sum([goods, works, services]);
  if (!parts.eq(total)) {
    w.issue('error', 'B4.SUM', 'b4', 'procurement', `四、政府采购情况：货物、工程、服务预算之和${parts.toFixed()}万元与政府采购预算表合计${total.toFixed()}万元不一致。`);
  }
  w.paragraph('b4.p1', 'b4', () => w.fill(t.amounts, { total, goods, works, services }));
}

function stateAssets(w: BudgetWriter): void {
  const t = w.words.stateAssets;
  w.heading(t.heading, 1);
  const input = w.context.project.narrative.stateAssets;
  const vehicles = input.vehicles;
  const entered = t.categories.flatMap((c) => {
    const count = vehicles[c.key];
    return count === undefined ? [] : [{ ...c, count }];
  });
  if (vehicles.total === undefined) {
    w.missing('B5.MISSING', 'b5', 'stateAssets.vehicles.total', '车辆总数');
  } else {
    const counted = entered.reduce((n, c) => n + c.count, 0);
    if (entered.length > 0 && counted !== vehicles.total) {
      w.issue('error', 'B5.VEHICLES', 'b5', 'stateAssets.vehicles', `五、国有资产占有使用情况：各类车辆之和${counted}辆与车辆总数${vehicles.total}辆不一致。`);
    }
    const other = t.categories.find((c) => c.key === 'other');
    const purpose = clauseOf(input.otherVehiclePurpose);
    if ((vehicles.other ?? 0) > 0 && purpose === undefined) w.missing('B5.MISSING', 'b5', 'stateAssets.otherVehiclePurpose', `${other?.name ?? '其他用车'}的用途`);
    const categories = entered.map((c) => w.fill(t.category, { name: c.name, count: String(c.count) })).join(t.categorySeparator);
    w.paragraph('b5.p1', 'b5', () =>
      w.fill(t.vehicles, { total: String(vehicles.total), categories, otherName: (vehicles.other ?? 0) > 0 ? other?.name : undefined, purpose }),
    );
  }
  if (input.highValueEquipment === undefined) w.missing('B5.MISSING', 'b5', 'stateAssets.highValueEquipment', '单位价值100万元以上的设备数量');
  else w.paragraph('b5.p2', 'b5', () => w.fill(t.equipment, { count: String(input.highValueEquipment) }));
  const planned = w.context.project.narrative.budget.plannedLargeEquipment;
  if (planned === undefined) w.missing('B5.MISSING', 'b5', 'budget.plannedLargeEquipment', '本年预算安排购置的单位价值100万元以上大型设备数量');
  else w.paragraph('b5.p3', 'b5', () => (planned === 0 ? w.fill(t.noPurchase) : w.fill(t.purchase, { count: String(planned) })));
}

export function budgetAssetSections(w: BudgetWriter): void {
  procurement(w);
  stateAssets(w);
}
