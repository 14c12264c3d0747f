// Section 十二 国有资产占用 (final-account-narrative.md §13) and the 尾数 line that closes 十–十二.
import type { Block } from '../../publication/model';
import type { Issue } from '../../validate/issue';
import type { NarrativeContext } from '../context';
import { VEHICLE_CATEGORIES, type VehicleCategory } from '../inputs/officer-sections';
import { renderTemplate } from '../sentence-template';
import { officerTemplates, scoped } from './officer-templates';
import { countText, issue, missingInput, paragraph } from './section-helpers';

const CATEGORY_LABELS: Readonly<Record<VehicleCategory, string>> = {
  leader: '符合规定领导干部用车',
  confidential: '机要通信用车',
  emergency: '应急保障用车',
  lawEnforcement: '执法执勤用车',
  special: '特种专业技术用车',
  retired: '离退休干部用车',
  other: '其他用车',
};

export interface VehicleFigures {
  /** The typed total, or Σ categories when none was typed. */
  readonly total: number;
  readonly categorySum: number;
  readonly byCategory: Readonly<Record<VehicleCategory, number>>;
}

export function vehicleFigures(context: NarrativeContext): VehicleFigures {
  const v = context.project.narrative.stateAssets.vehicles;
  const byCategory: Record<VehicleCategory, number> = { leader: 0, confidential: 0, emergency: 0, lawEnforcement: 0, special: 0, retired: 0, other: 0 };
  let categorySum = 0;
  for (const key of VEHICLE_CATEGORIES) {
    byCategory[key] = v[key] ?? 0;
    categorySum += byCategory[key];
  }
  return { total: v.total ?? categorySum, categorySum, byCategory };
}

export function stateAssetsBlocks(context: NarrativeContext): Block[] {
  const t = officerTemplates().stateAssets;
  const assets = context.project.narrative.stateAssets;
  const f = vehicleFigures(context);
  const purpose = assets.otherVehiclePurpose.trim();
  const text = renderTemplate(t.vehicles, {
    year: String(context.project.year),
    self: context.self,
    total: countText(f.total),
    ...Object.fromEntries(VEHICLE_CATEGORIES.map((key) => [key, countText(f.byCategory[key])])),
    otherPurpose: f.byCategory.other > 0 && purpose !== '' ? purpose.replace(/[。；;]+$/u, '') : undefined,
    equipment: countText(assets.highValueEquipment ?? 0),
  });
  return [
    { kind: 'heading', level: 1, text: scoped(t.heading, context.project.scope) },
    paragraph(context, 's12.p1', text),
    { kind: 'paragraph', id: 's12.p2', text: t.roundingNote },
  ];
}

/**
 * Checks of 十二. The 公务用车保有量 of section 九 (narrative.threePublic.fleet), where typed, normally
 * equals the vehicle total (9 = 9 in seed 000, 20 = 20 in seed 003).
 */
export function stateAssetsIssues(context: NarrativeContext): Issue[] {
  const assets = context.project.narrative.stateAssets;
  const fleetInSectionNine = context.project.narrative.threePublic.fleet;
  const v = assets.vehicles;
  const f = vehicleFigures(context);
  const issues: Issue[] = [];
  if (v.total === undefined) issues.push(missingInput('S12.MISSING', 'stateAssets', 'vehicles.total', '车辆总数', `，按各类车辆之和${f.categorySum}辆列示`));
  for (const key of VEHICLE_CATEGORIES) {
    if (v[key] === undefined) issues.push(missingInput('S12.MISSING', 'stateAssets', `vehicles.${key}`, CATEGORY_LABELS[key], '，按0辆计'));
  }
  if (assets.highValueEquipment === undefined) {
    issues.push(missingInput('S12.MISSING', 'stateAssets', 'highValueEquipment', '单价100万元（含）以上设备台（套）数', '，按0台（套）计'));
  }
  if (f.byCategory.other > 0 && assets.otherVehiclePurpose.trim() === '') {
    issues.push(missingInput('S12.MISSING', 'stateAssets', 'otherVehiclePurpose', '其他用车的主要用途'));
  }
  if (f.total !== f.categorySum) {
    const parts = VEHICLE_CATEGORIES.map((key) => `${CATEGORY_LABELS[key]}${f.byCategory[key]}辆`).join('、');
    issues.push(issue('S12.VEHICLE_SUM', 'error', 'stateAssets', 'vehicles.total', `十二、国有资产占用：车辆总数${f.total}辆与各类车辆之和${f.categorySum}辆（${parts}）不一致。`));
  }
  if (fleetInSectionNine !== undefined && fleetInSectionNine !== f.total) {
    issues.push(
      issue(
        'S12.FLEET',
        'warning',
        'stateAssets',
        'vehicles.total',
        `十二、国有资产占用：车辆总数${f.total}辆与九、“三公”经费中财政拨款开支运行维护费的公务用车保有量${fleetInSectionNine}辆不同，请确认（不由财政拨款开支运行维护费的车辆可以解释差额）。`,
      ),
    );
  }
  return issues;
}
