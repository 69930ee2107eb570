// Turns zod issues into short Vietnamese lines naming the field path and the reason, for the
// import messages ("quotaPlan.nominees[0].type: giá trị không hợp lệ").
import type * as z from 'zod/mini';
import { RECORD_KEY_RULE, RESERVED_KEYS } from './recordKey';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'đối tượng { … }',
  record: 'đối tượng { … }',
  array: 'danh sách [ … ]',
};

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The reason of a refused key or id (the rule of src/schemas/recordKey.ts). */
const KEY_RULE_TEXT = `${RECORD_KEY_RULE} (chỉ gồm chữ cái không dấu, chữ số, “-” và “_”, tối đa 64 ký tự; không được là ${RESERVED_KEYS.join(', ')})`;

/** `quotaPlan.nominees[0].type`; record keys that are not identifiers are quoted. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment).length > 40 ? `${String(segment).slice(0, 40)}…` : String(segment))}]`;
  }
  return text || '(toàn bộ tệp)';
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);

/** The reason of one issue, in Vietnamese; `data` is the checked input (to tell a missing field from a wrong one). */
export function issueReason(issue: Issue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined) return 'thiếu (bắt buộc phải có)';
      return `sai kiểu dữ liệu, phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length > 0
        ? `giá trị không hợp lệ (chỉ chấp nhận: ${issue.values.map((v) => String(v)).join(', ')})`
        : 'giá trị không hợp lệ';
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? 'không được để trống' : `nhỏ hơn mức tối thiểu ${String(issue.minimum)}`;
    case 'too_big':
      return `vượt quá mức tối đa ${String(issue.maximum)}`;
    case 'invalid_key':
      return KEY_RULE_TEXT;
    case 'custom':
      // the schemas' own rules (the key rule, unique ids) carry their Vietnamese reason
      return issue.message === RECORD_KEY_RULE ? KEY_RULE_TEXT : issue.message;
    default:
      return 'giá trị không hợp lệ';
  }
}

/**
 * A value from a file, shown in a message: at most 20 characters, and never by String(), which
 * throws on an object such as {"toString": null}.
 */
export const shownValue = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined')).slice(0, 20);

/** One line per issue ("path: reason"), the first `max` only, in the order zod found them. */
export function describeIssues(issues: readonly Issue[], data: unknown, max = 5): string[] {
  const lines = issues.slice(0, max).map((issue) => `${formatPath(issue.path)}: ${issueReason(issue, data)}`);
  if (issues.length > max) lines.push(`… và ${issues.length - max} lỗi khác.`);
  return lines;
}
