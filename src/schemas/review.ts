// Sở Nội vụ's review of the units' dossiers (the page /so-noi-vu/tong-hop/): the reviewer's mark on
// each proposed collective or individual, and the numbers of its own letter and of the decision,
// kept on the reviewer's device (src/storage/reviewStore.ts) and exported as one JSON file. zod/mini:
// validated in the browser on every read. Versioned: a reader refuses a version it does not know.
// Marks name their unit and nominee as values, never as object keys; readers keep them in arrays
// and Maps.
import * as z from 'zod/mini';
import { readVersionedFile, type FileRefusal } from './versionedFile';
import { markKey } from './reviewKey';

/** Marks a JSON file (or the stored record) as this site's review. */
export const REVIEW_FORMAT = 'thi-dua-bau-cu-2026/tham-dinh-ho-so';
/** Version of the shape below; bump it (and keep reading the older ones) when the shape changes. */
export const REVIEW_VERSION = 1;

/** The reviewer's decision on a nominee; its wording is in content/forms/tham-dinh.yaml. */
export const REVIEW_STATUSES = ['accepted', 'returned', 'pending'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * Why a nominee is returned, from the plan's grounds: not a subject of the award (Mục III.1.a),
 * criteria not met (Mục III.3.2), dossier incomplete (Mục V.1.b), an exclusion applies (Mục
 * III.1.b). Their wording and clauses are in content/forms/tham-dinh.yaml.
 */
export const RETURN_GROUNDS = ['not-subject', 'criteria-not-met', 'dossier-incomplete', 'excluded'] as const;
export type ReturnGround = (typeof RETURN_GROUNDS)[number];

/** Longest unit key kept (a folded unit name). */
const MAX_KEY = 300;
/** More marks than the province could ever propose: a file that is not a real review. */
export const MAX_MARKS = 20_000;

const text = (max: number) => z.string().check(z.refine((value) => value.length <= max, `tối đa ${max} ký tự`));
const filled = (max: number) => z.string().check(z.refine((value) => value.trim() !== '' && value.length <= max, `không được để trống, tối đa ${max} ký tự`));
const isoTime = () => z.string().check(z.refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), 'phải là thời điểm ISO 8601'));

/** The reviewer's mark on one nominee of one unit's dossier. */
export const reviewMark = z
  .object({
    /** the unit, as the review recognises it: its name with the usual abbreviations written out, without diacritics, lower case (src/review/identity.ts) */
    unitKey: filled(MAX_KEY),
    /** the unit's name as its dossier gives it, for people reading the export */
    unitName: filled(1000),
    /** the nominee's id in the unit's ho-so.json (compared only, never used as an object key) */
    nomineeId: filled(64),
    /** the nominee's name when the mark was made: a mark whose name no longer matches the file's is stale (src/review/marks.ts) */
    nomineeName: text(1000),
    /** accepted, returned or pending */
    status: z.enum(REVIEW_STATUSES),
    /** returned: the ground; absent otherwise */
    ground: z.optional(z.enum(RETURN_GROUNDS)),
    /** when the mark was last changed */
    markedAt: isoTime(),
  })
  .check(
    z.refine((mark) => (mark.status === 'returned') === (mark.ground !== undefined), {
      message: 'trả lại thì phải có lý do; chấp nhận hoặc chưa quyết định thì không có lý do',
      path: ['ground'],
    }),
  );

/** What the reviewer types for the Sở's own documents; kept as typed, read when a document is made. */
export const reviewDocumentFields = z.object({
  /** number of the Sở's letter (Tờ trình), without its symbol; empty leaves a blank */
  letterNumber: z._default(text(40), ''),
  /** date of the letter as typed ("05/4/2026", "4/2026"); empty leaves a blank */
  letterDate: z._default(text(40), ''),
  /** authority line of the signature, e.g. "KT. GIÁM ĐỐC" */
  signerAuthority: z._default(text(200), ''),
  /** title of the signer, e.g. "PHÓ GIÁM ĐỐC" */
  signerTitle: z._default(text(200), ''),
  /** name of the signer */
  signerName: z._default(text(200), ''),
  /** number of the award decision, once known; empty leaves a blank */
  decisionNumber: z._default(text(40), ''),
  /** date of the award decision as typed; empty leaves a blank */
  decisionDate: z._default(text(40), ''),
});

export type ReviewDocumentFields = z.infer<typeof reviewDocumentFields>;
export type ReviewMark = z.infer<typeof reviewMark>;

/** One mark per nominee of a unit. */
const oneMarkEach = (data: { marks: ReviewMark[] }) => new Set(data.marks.map((mark) => markKey(mark.unitKey, mark.nomineeId))).size === data.marks.length;

/** The whole review, as stored on the device and as exported. */
export const review = z
  .object({
    /** always REVIEW_FORMAT */
    format: z.literal(REVIEW_FORMAT),
    /** version of this schema (REVIEW_VERSION) */
    version: z.literal(REVIEW_VERSION),
    /** goes up by one on every save, so that a tab can tell that another one saved since */
    revision: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0, 'phải là số nguyên không âm')),
    /** when it was last saved (ISO 8601); absent before the first save */
    savedAt: z.optional(isoTime()),
    /** the marks, in the order they were first made */
    marks: z.array(reviewMark).check(z.refine((marks) => marks.length <= MAX_MARKS, `tối đa ${MAX_MARKS} đánh dấu`)),
    /** the numbers, dates and signer of the Sở's documents */
    documents: z._default(reviewDocumentFields, () => z.parse(reviewDocumentFields, {})),
  })
  .check(z.refine(oneMarkEach, { message: 'một tập thể, cá nhân của một đơn vị chỉ có một đánh dấu', path: ['marks'] }));

export type Review = z.infer<typeof review>;

export { markKey };

/** A review with no mark. */
export const emptyReview = (): Review => z.parse(review, { format: REVIEW_FORMAT, version: REVIEW_VERSION, revision: 0, marks: [] });

/** Why a review could not be read, in Vietnamese: one sentence, then the first problems ("path: reason"). */
export type ReviewRefusal = FileRefusal;

export type ReviewResult = { ok: true; review: Review } | ReviewRefusal;

/**
 * Reads a review (text, bytes or parsed JSON) and validates it: the review, or why it was refused.
 * Unknown fields are dropped, never copied.
 */
export function readReview(input: string | Uint8Array | unknown): ReviewResult {
  const read = readVersionedFile(input, { format: REVIEW_FORMAT, version: REVIEW_VERSION, schema: review, noun: 'dữ liệu thẩm định', fullName: 'dữ liệu thẩm định' });
  return read.ok ? { ok: true, review: read.value } : read;
}
