import { clauseLabel } from '../../domain/rules';

/**
 * Full spoken name of an anchor on the plan page, down to the bullet:
 * `muc-iii-3-2-a-g1-y3` → "Mục III.3.2.a, gạch đầu dòng thứ 1, dấu cộng thứ 3".
 */
export function clauseName(id: string): string {
  const dash = id.match(/-g(\d+)/)?.[1];
  const plus = id.match(/-y(\d+)/)?.[1];
  return [clauseLabel(id), dash && `gạch đầu dòng thứ ${dash}`, plus && `dấu cộng thứ ${plus}`].filter(Boolean).join(', ');
}
