// ho-so.json: the dossier's data, embedded as a file attachment in the merged PDF that a unit
// sends through iDesk (src/pdf/merge.ts), so that Sở Nội vụ's tools can read the dossier back
// without retyping it. Versioned: a reader refuses a version it does not know. zod/mini, since
// the schema runs in the browser (the assembly page writes it, the reviewer's page reads it).
// Keys from the data never reach an object's prototype: ids are checked against a safe pattern
// and the reserved names, and readers keep nominees and documents in arrays or Maps.
import * as z from 'zod/mini';
import { readVersionedFile, type FileRefusal } from './versionedFile';
import { GENDERS, NOMINEE_TYPES } from './nominee';
import { OUTCOMES } from './selfCheck';

/** Marks a JSON file as this site's dossier data. */
export const DOSSIER_DATA_FORMAT = 'thi-dua-bau-cu-2026/ho-so-de-nghi-khen-thuong';
/** Version of the shape below; bump it (and keep reading the older ones) when the shape changes. */
export const DOSSIER_DATA_VERSION = 1;
/** Name of the attachment inside the merged PDF. */
export const DOSSIER_DATA_FILE_NAME = 'ho-so.json';
/** Media type of the attachment. */
export const DOSSIER_DATA_MIME_TYPE = 'application/json';

/** Names that must never be used as keys of a plain object. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** An id safe as an object key and in HTML ids: letters, digits, "_" and "-", never a reserved name. */
export const isSafeId = (id: string): boolean => SAFE_ID.test(id) && !RESERVED_IDS.has(id);

const safeId = () => z.string().check(z.refine(isSafeId, 'mã không hợp lệ (chỉ chữ cái, chữ số, “_”, “-”; tối đa 64 ký tự)'));
const filled = () => z.string().check(z.refine((text) => text.trim() !== '', 'không được để trống'));
const whole = (min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, `phải là số nguyên từ ${min} đến ${max}`));

/** "2026", "2026-03" or "2026-03-20": ISO 8601 with the precision the unit typed. */
export const PARTIAL_ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const isRealDate = (text: string): boolean => {
  const match = PARTIAL_ISO_DATE.exec(text);
  if (!match) return false;
  if (!match[3]) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};
const partialDate = () => z.string().check(z.refine(isRealDate, 'phải là ngày dạng năm-tháng-ngày, ví dụ 2026-03-20 (hoặc 2026-03, 2026)'));
const fullDate = () => z.string().check(z.refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text), 'phải là ngày đủ ngày, tháng, năm dạng năm-tháng-ngày, ví dụ 1985-03-05'));

/** The proposing unit. */
export const dossierUnit = z.object({
  /** full name of the unit, as on its letter (Tờ trình) */
  name: filled(),
  /** symbol of its document numbers, e.g. UBND, SNV; empty when not given */
  symbol: z.string(),
  /** id of its quota category in content/rules/quotas.yaml (plan Mục IV.2); null when not chosen */
  categoryId: z.nullable(z.string()),
  /** the category's label as the plan's quota table names it; null when not chosen */
  categoryLabel: z.nullable(z.string()),
  /** the unit chosen inside a category that lists several units (e.g. "Công an tỉnh"); null when none */
  categoryUnit: z.nullable(z.string()),
  /** boards or teams counted, for categories whose quota is per board or team; null otherwise */
  groupCount: z.nullable(whole()),
});

/** A nominee's self-check, evaluated again from its saved answers when the PDF was assembled. */
export const dossierSelfCheck = z.object({
  /** the outcome (src/schemas/selfCheck.ts OUTCOMES, worded in src/domain/outcomes.ts) */
  outcome: z.enum(OUTCOMES),
  /** what made the outcome: the exclusions that apply or the criteria not met, each with its clause id */
  reasons: z.array(
    z.object({
      /** the criterion's or exclusion's wording */
      text: z.string(),
      /** anchor id of the plan's clause (e.g. muc-iii-3-2-a), null when none */
      clause: z.nullable(z.string()),
    }),
  ),
});

/** One proposed collective or individual, in the order of the nominee list. */
export const dossierNominee = z.object({
  /** id within this file, which `documents` refer to; random, never personal data */
  id: safeId(),
  /** collective (tập thể) or individual (cá nhân) */
  kind: z.enum(NOMINEE_TYPES),
  /** nominee kind of content/rules/nominee-kinds.yaml (xa-phuong, co-quan-don-vi, ca-nhan); null when unknown */
  nomineeKind: z.nullable(z.string()),
  /** full name of the collective or the person, no abbreviations */
  name: filled(),
  /** individual: position (chức vụ); null for a collective or when not given */
  position: z.nullable(z.string()),
  /** individual: unit where the person works; null for a collective or when not given */
  unit: z.nullable(z.string()),
  /** individual: year of birth; null when not given or unreadable */
  birthYear: z.nullable(whole(1900, 2100)),
  /**
   * individual: full date of birth ("YYYY-MM-DD"), in the year `birthYear`, where the unit typed
   * one; null or absent otherwise. Optional within version 1: files made before it was kept, and
   * PDFs whose data was entered by hand, have none.
   */
  birthDate: z.optional(z.nullable(fullDate())),
  /** individual: gender; null when not given */
  gender: z.nullable(z.enum(GENDERS)),
  /** individual: holds a leadership or management post; null when not answered */
  holdsLeadershipPost: z.nullable(z.boolean()),
  /** collective: share of women in percent; null when not given */
  womenSharePercent: z.nullable(z.number().check(z.refine((n) => n >= 0 && n <= 100, 'phải từ 0 đến 100'))),
  /** the self-check; null when none was made for this nominee */
  selfCheck: z.nullable(dossierSelfCheck),
  /** votes in favour at the council's review meeting; null when not given */
  votesInFavour: z.nullable(whole()),
  /** council members present at that vote; null when not given */
  membersPresent: z.nullable(whole()),
});

/** The council's review meeting (Biên bản họp xét khen thưởng). */
export const dossierMeeting = z.object({
  /** number of the minutes without its symbol; null when written by hand */
  minutesNumber: z.nullable(z.string()),
  /** date of the meeting (ISO, with the precision typed); null when written by hand */
  date: z.nullable(partialDate()),
  /** members of the council */
  membersTotal: z.nullable(whole()),
  /** members present */
  membersPresent: z.nullable(whole()),
});

/** The submission letter (Tờ trình). */
export const dossierLetter = z.object({
  /** number of the letter without its symbol; null when written by hand */
  number: z.nullable(z.string()),
  /** date of the letter (ISO, with the precision typed); null when written by hand */
  date: z.nullable(partialDate()),
});

/** The kinds of document in a dossier, in the order a reviewer reads them. */
export const DOCUMENT_KINDS = ['submission-letter', 'nominee-list', 'meeting-minutes', 'achievement-report', 'related'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One document of the merged PDF, with its pages. */
export const dossierDocument = z.object({
  /** submission-letter, nominee-list, meeting-minutes, achievement-report or related (văn bản liên quan) */
  kind: z.enum(DOCUMENT_KINDS),
  /** the title, as the PDF's bookmark shows it */
  title: filled(),
  /** achievement-report: id of its nominee in `nominees`; null for the other documents */
  nomineeId: z.nullable(safeId()),
  /** first page in the merged PDF, counted from 1 */
  firstPage: whole(1),
  /** last page in the merged PDF */
  lastPage: whole(1),
});

/** Checks between fields: unique ids, a date of birth in the year of birth, reports pointing at nominees, pages in order and within the file. */
const consistent = z.superRefine<{
  nominees: { id: string; birthYear: number | null; birthDate?: string | null }[];
  documents: z.infer<typeof dossierDocument>[];
  pageCount: number | null;
}>((data, ctx) => {
  const ids = new Set<string>();
  data.nominees.forEach((nominee, index) => {
    if (ids.has(nominee.id)) ctx.addIssue({ code: 'custom', path: ['nominees', index, 'id'], message: `mã “${nominee.id}” bị trùng`, input: nominee.id });
    ids.add(nominee.id);
    if (nominee.birthDate && Number(nominee.birthDate.slice(0, 4)) !== nominee.birthYear) {
      ctx.addIssue({ code: 'custom', path: ['nominees', index, 'birthDate'], message: `phải thuộc năm sinh (“birthYear”: ${nominee.birthYear ?? 'null'})`, input: nominee.birthDate });
    }
  });
  let next = 1;
  data.documents.forEach((document, index) => {
    const path = ['documents', index];
    if (document.kind === 'achievement-report' ? document.nomineeId === null || !ids.has(document.nomineeId) : document.nomineeId !== null) {
      ctx.addIssue({ code: 'custom', path: [...path, 'nomineeId'], message: 'báo cáo thành tích phải chỉ đúng một tập thể, cá nhân trong “nominees”; văn bản khác để null', input: document.nomineeId });
    }
    if (document.firstPage !== next || document.lastPage < document.firstPage) {
      ctx.addIssue({ code: 'custom', path: [...path, 'firstPage'], message: `trang không liền mạch: văn bản này phải bắt đầu ở trang ${next}`, input: document.firstPage });
    }
    next = Math.max(next, document.lastPage + 1);
  });
  if (data.pageCount === null) {
    // the data downloaded from /ho-so/ without a PDF: no document, no page
    if (data.documents.length > 0) ctx.addIssue({ code: 'custom', path: ['pageCount'], message: 'phải là số trang khi có văn bản', input: data.pageCount });
  } else if (data.documents.length > 0 && next - 1 !== data.pageCount) {
    ctx.addIssue({ code: 'custom', path: ['pageCount'], message: `không khớp với trang cuối của các văn bản (${next - 1})`, input: data.pageCount });
  }
});

/** The whole of ho-so.json. */
export const dossierData = z
  .object({
    /** always DOSSIER_DATA_FORMAT: this file is the dossier data of this site */
    format: z.literal(DOSSIER_DATA_FORMAT),
    /** version of this schema (DOSSIER_DATA_VERSION) */
    version: z.literal(DOSSIER_DATA_VERSION),
    /** when the PDF was assembled: ISO 8601 date and time */
    generatedAt: z.string().check(z.refine((text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)), 'phải là thời điểm ISO 8601')),
    /** number of the plan the dossier answers, e.g. "0125/KH-UBND" */
    plan: filled(),
    /** the proposing unit */
    unit: dossierUnit,
    /** the collectives and individuals proposed, in the order of the list: collectives, then individuals */
    nominees: z.array(dossierNominee),
    /** the council's review meeting */
    meeting: dossierMeeting,
    /** the submission letter */
    letter: dossierLetter,
    /** the documents of the merged PDF, in page order */
    documents: z.array(dossierDocument),
    /**
     * pages of the merged PDF; null for the data downloaded on its own from /ho-so/ ("Tải dữ liệu
     * hồ sơ (JSON)"), which has no document
     */
    pageCount: z.nullable(whole(1)),
  })
  .check(consistent);

export type DossierData = z.infer<typeof dossierData>;
export type DossierUnit = z.infer<typeof dossierUnit>;
export type DossierDataNominee = z.infer<typeof dossierNominee>;
export type DossierDocument = z.infer<typeof dossierDocument>;
export type DossierSelfCheck = z.infer<typeof dossierSelfCheck>;

/** Why a file was refused, in Vietnamese: one sentence, then the first problems ("path: reason"). */
export type DossierDataRefusal = FileRefusal;

export type DossierDataResult = { ok: true; data: DossierData } | DossierDataRefusal;

/**
 * Reads ho-so.json (its text, its bytes, or already parsed JSON) and validates it: the data, or
 * why it was refused. Unknown fields are dropped, never copied.
 */
export function readDossierData(input: string | Uint8Array | unknown): DossierDataResult {
  const read = readVersionedFile(input, {
    format: DOSSIER_DATA_FORMAT,
    version: DOSSIER_DATA_VERSION,
    schema: dossierData,
    noun: 'dữ liệu hồ sơ',
    fullName: 'dữ liệu hồ sơ đề nghị khen thưởng',
  });
  return read.ok ? { ok: true, data: read.value } : read;
}
