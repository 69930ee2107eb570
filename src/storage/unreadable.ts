// Why stored drafts could not be read, in Vietnamese, for the notice that offers them for
// download, and what the import reads of them once downloaded (a rescue file). Only loaded with
// that notice or that import.
import { DRAFTS_VERSION, type Drafts } from './drafts';
import { shownValue } from '../schemas/issues';
import { parseStored } from './store';

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
  // what the salvage left out is listed apart, as the pages name it (src/islands/shared/droppedParts.ts)
  return 'mọi phần đều có dữ liệu không hợp lệ';
}

/**
 * What can be read of the stored drafts `stored` that a rescue file keeps: all of them, or what the
 * field-by-field salvage keeps (`salvaged`); else why nothing can be, in Vietnamese.
 */
export function readRescue(stored: string): { ok: true; drafts: Drafts; salvaged: boolean } | { ok: false; message: string } {
  const read = parseStored(stored);
  if (read.state === 'current' || read.state === 'salvaged') return { ok: true, drafts: read.drafts, salvaged: read.state === 'salvaged' };
  const why = read.state === 'empty' ? 'bản nháp trống' : describeUnreadable(stored);
  return { ok: false, message: `Tệp giữ một bản nháp cũ nhưng không đọc được phần nào: ${why}. Hãy giữ tệp để nhờ hỗ trợ kỹ thuật xem lại.` };
}
