// Why stored drafts could not be read, in Vietnamese, for the notice that offers them for
// download. Only loaded with that notice (the tool pages load it on demand).
import * as z from 'zod/mini';
import { DRAFTS_VERSION, drafts } from './drafts';
import { describeIssues, shownValue } from '../schemas/issues';

const readsVersion = `trang này đọc phiên bản dữ liệu ${DRAFTS_VERSION}`;

/** What is wrong with the stored text `raw`: one clause, without a final full stop. */
export function describeUnreadable(raw: string): string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'nội dung không phải JSON (có thể đã bị hỏng khi lưu)';
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return 'nội dung không phải bản nháp của trang này';
  const { version } = json as { version?: unknown };
  if (version === undefined) return `nội dung không ghi phiên bản dữ liệu; ${readsVersion}`;
  if (typeof version === 'number' && version > DRAFTS_VERSION) return `bản nháp được lưu bởi phiên bản mới hơn của trang (phiên bản dữ liệu ${version}); ${readsVersion}`;
  if (version !== DRAFTS_VERSION) return `bản nháp có phiên bản dữ liệu “${shownValue(version)}”; ${readsVersion}`;
  const parsed = z.safeParse(drafts, json);
  return parsed.success ? 'nội dung đọc được' : `có dữ liệu không hợp lệ: ${describeIssues(parsed.error.issues, json, 3).join('; ')}`;
}
