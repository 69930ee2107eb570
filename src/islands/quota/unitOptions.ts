// The unit's place in the quota table (plan Mục IV.2), as the quota planner asks it: the choices of
// the "which unit are you" select, built from the quota data (one option per unit of a category
// listing several units, e.g. "Công an tỉnh", one per other category), and, for categories counted
// per board or team, the field asking how many. The PDF assembly asks the same without a list on
// the device: its page builds the same choices and wording with unitChoiceFields() and passes them.
import { groupNoun } from '../../domain/groupCount';
import { clauseLabel } from '../../domain/rules';
import type { QuotaCategory } from '../../schemas/quota';

/** The wording of the select. */
export const UNIT_CHOICE = { label: 'Đơn vị của bạn', placeholder: 'Chọn đơn vị' } as const;

export interface UnitOption {
  /** `<categoryId>` or `<categoryId>|<index of the unit>` */
  value: string;
  label: string;
  /** the clause, e.g. "Mục IV.2.a", used as the option group */
  group: string;
  categoryId: string;
  /** set for categories listing several units */
  unitName?: string;
}

export function unitOptions(categories: readonly Pick<QuotaCategory, 'id' | 'label' | 'units' | 'clause'>[]): UnitOption[] {
  return categories.flatMap((category) => {
    const group = clauseLabel(category.clause);
    if (category.units.length === 1) return [{ value: category.id, label: category.label, group, categoryId: category.id }];
    return category.units.map((unitName, index) => ({ value: `${category.id}|${index}`, label: unitName, group, categoryId: category.id, unitName }));
  });
}

/** The option matching the stored choice, or '' when none is chosen. */
export function selectedUnitValue(options: readonly UnitOption[], categoryId?: string, unitName?: string): string {
  const match = options.find((o) => o.categoryId === categoryId && (o.unitName === undefined || o.unitName === unitName));
  return match?.value ?? '';
}

/** The field asking the number of boards or teams of a category counted per board or team; undefined for the others. */
export function groupCountField(category: Pick<QuotaCategory, 'basis' | 'label' | 'sourceText' | 'clause'>): { label: string; hint: string } | undefined {
  const noun = groupNoun(category);
  if (!noun) return undefined;
  return {
    label: `Số ${noun} (${category.label})`,
    hint: `Số lượng được đề nghị tính theo từng ${noun}: “${category.sourceText}” (${clauseLabel(category.clause)}).`,
  };
}

/** The choices and the wording of both fields, for a page that asks them without the planner (the PDF assembly). */
export interface UnitChoiceFields {
  label: string;
  placeholder: string;
  options: UnitOption[];
  /** the number-of-boards field of each category counted per board or team */
  groupCounts: { categoryId: string; label: string; hint: string }[];
}

export function unitChoiceFields(categories: readonly QuotaCategory[]): UnitChoiceFields {
  return {
    ...UNIT_CHOICE,
    options: unitOptions(categories),
    groupCounts: categories.flatMap((category) => {
      const field = groupCountField(category);
      return field ? [{ categoryId: category.id, ...field }] : [];
    }),
  };
}
