// Export and import of the drafts as a JSON file: everything, or one nominee (its quota-plan
// entry, its self-check and its report). An import is validated whole before anything is
// written; a refused file leaves the drafts exactly as they were. A rescue file (stored drafts
// that could not be read, as found) is read like the stored drafts, by readRescue (unreadable.ts):
// what can be read of it, field by field, shown to the user before anything is replaced.
import * as z from 'zod/mini';
import type { Nominee } from '../schemas/nominee';
import { withEntry, withoutEntry } from '../schemas/recordKey';
import { DRAFTS_VERSION, drafts as draftsSchema, type Drafts } from './drafts';
import { describeIssues, shownValue } from '../schemas/issues';
import { readMarkedJson } from '../schemas/markedJson';
import { EXPORT_FORMAT, nomineeTransfer, type NomineeTransfer } from './transferFormat';

/** Larger files are refused before being read (the browser keeps about 5 MB per site anyway). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Why a larger file is refused. */
export const TOO_LARGE = `Tệp quá lớn để là tệp bản nháp (tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`;

/** What a whole-drafts file has besides the drafts' own fields (format and version are checked first). */
const allHeader = z.object({ exportedAt: z.string() });

export type ImportRefusal = {
  ok: false;
  kind: 'too-large' | 'not-json' | 'not-ours' | 'version' | 'schema';
  /** one sentence in Vietnamese */
  message: string;
  /** the first problems, "path: reason" */
  problems: string[];
};

export type ImportResult =
  | { ok: true; scope: 'all'; drafts: Drafts }
  /** a rescue file: the stored drafts it keeps, as found, for readRescue (unreadable.ts) */
  | { ok: true; scope: 'unreadable'; stored: string }
  | { ok: true; scope: 'nominee'; transfer: NomineeTransfer }
  | ImportRefusal;

const refuse = (kind: ImportRefusal['kind'], message: string, problems: string[] = []): ImportRefusal => ({ ok: false, kind, message, problems });

const versionRange = `trang này chỉ đọc được phiên bản dữ liệu ${DRAFTS_VERSION}`;

function refuseVersion(version: unknown): ImportRefusal {
  if (version === undefined) return refuse('version', 'Tệp không ghi phiên bản dữ liệu (thiếu trường “version”).', ['version: thiếu (bắt buộc phải có)']);
  if (typeof version === 'number' && version > DRAFTS_VERSION) {
    return refuse('version', `Tệp được tạo bởi phiên bản mới hơn của trang (phiên bản dữ liệu ${version}); ${versionRange}.`);
  }
  return refuse('version', `Phiên bản dữ liệu “${shownValue(version)}” của tệp không đọc được; ${versionRange}.`);
}

/**
 * Reads an exported file and validates it whole: JSON, format marker, version, then every field.
 * Nothing is written here.
 */
export function readTransfer(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return refuse('too-large', TOO_LARGE);
  const read = readMarkedJson(text, EXPORT_FORMAT);
  if (!read.ok && read.kind === 'not-json') {
    return refuse('not-json', 'Tệp không phải là tệp JSON hợp lệ (nội dung bị hỏng hoặc không phải tệp xuất từ trang này).');
  }
  if (!read.ok) {
    return refuse('not-ours', `Tệp không phải tệp bản nháp của trang này: trường “format” phải là “${EXPORT_FORMAT}”.`, [
      `format: ${read.hasFormat ? 'giá trị không hợp lệ' : 'thiếu (bắt buộc phải có)'}`,
    ]);
  }
  const json = read.json;
  const version = json.version;
  if (version !== DRAFTS_VERSION) return refuseVersion(version);
  const invalid = (issues: z.core.$ZodIssue[]) =>
    refuse('schema', 'Tệp có dữ liệu không hợp lệ, nên không nhập được:', describeIssues(issues, json));

  if (json.scope === 'nominee') {
    const parsed = z.safeParse(nomineeTransfer, json);
    return parsed.success ? { ok: true, scope: 'nominee', transfer: parsed.data } : invalid(parsed.error.issues);
  }
  if (json.scope === 'unreadable') {
    const { stored } = json;
    if (typeof stored !== 'string') return refuse('schema', 'Tệp có dữ liệu không hợp lệ, nên không nhập được:', [`stored: ${stored === undefined ? 'thiếu (bắt buộc phải có)' : 'sai kiểu dữ liệu, phải là chuỗi ký tự'}`]);
    return { ok: true, scope: 'unreadable', stored };
  }
  if (json.scope !== 'all') return refuse('schema', 'Tệp có dữ liệu không hợp lệ, nên không nhập được:', ['scope: giá trị không hợp lệ (chỉ chấp nhận: all, nominee, unreadable)']);

  const header = z.safeParse(allHeader, json);
  const parsed = z.safeParse(draftsSchema, json);
  if (parsed.success && header.success) return { ok: true, scope: 'all', drafts: parsed.data };
  return invalid([...(header.success ? [] : header.error.issues), ...(parsed.success ? [] : parsed.error.issues)]);
}

/** The drafts with an imported nominee put in: replaces the nominee of the same id, or adds it at the end of the list. */
export function mergeNominee(drafts: Drafts, transfer: NomineeTransfer): Drafts {
  const { nominee, selfCheck, report, changedAt } = transfer;
  const nominees = drafts.quotaPlan.nominees.some((n) => n.id === nominee.id)
    ? drafts.quotaPlan.nominees.map((n) => (n.id === nominee.id ? nominee : n))
    : [...drafts.quotaPlan.nominees, nominee];
  // null-prototype records, like those the schemas give (recordKey.ts)
  const selfChecks = selfCheck ? withEntry(drafts.selfChecks, nominee.id, selfCheck) : withoutEntry(drafts.selfChecks, nominee.id);
  const reports = report ? withEntry(drafts.dossier.reports, nominee.id, report) : withoutEntry(drafts.dossier.reports, nominee.id);
  const times = changedAt ? withEntry(drafts.changedAt.nominees, nominee.id, changedAt) : drafts.changedAt.nominees;
  return {
    ...drafts,
    selfChecks,
    quotaPlan: { ...drafts.quotaPlan, nominees },
    dossier: { ...drafts.dossier, reports },
    changedAt: { ...drafts.changedAt, nominees: times },
  };
}

/** The drafts without anything of one nominee (list entry, self-check, report). */
export function removeNominee(drafts: Drafts, id: string): Drafts {
  return {
    ...drafts,
    selfChecks: withoutEntry(drafts.selfChecks, id),
    quotaPlan: { ...drafts.quotaPlan, nominees: drafts.quotaPlan.nominees.filter((n) => n.id !== id) },
    dossier: { ...drafts.dossier, reports: withoutEntry(drafts.dossier.reports, id) },
    changedAt: { ...drafts.changedAt, nominees: withoutEntry(drafts.changedAt.nominees, id), selfChecks: withoutEntry(drafts.changedAt.selfChecks, id) },
  };
}

/** Is the nominee of this file already in the drafts (an import would replace it)? */
export const hasNominee = (drafts: Drafts, nominee: Nominee) => drafts.quotaPlan.nominees.some((n) => n.id === nominee.id);
