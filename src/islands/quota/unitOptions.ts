// The choices of the "which unit are you" select, built from the quota data: one option per unit
// of a category listing several units (e.g. "Công an tỉnh"), one per other category.
import { clauseLabel } from '../../domain/rules';
import type { QuotaCategory } from '../../schemas/quota';

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

export function unitOptions(categories: readonly QuotaCategory[]): UnitOption[] {
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
