import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';
import { RETURN_GROUNDS, REVIEW_STATUSES } from './review';
import { fileStem, template } from './template';

// The wording of Sở Nội vụ's review (/so-noi-vu/tong-hop/) and of the documents it makes: the
// annex of the award decision, the Sở's letter to the Chairman, the summary table of the units,
// and the workbook. Kept as data in content/forms/ beside the units' forms (their ids start with
// "review" or name the document), validated by the same union (src/schemas/form.ts).

/** The slots every review document fills from the campaign (content/rules). */
const campaignSlots = ['awardName', 'addressee', 'campaignName'] as const;

/** How the review names things, its grounds, its vote threshold and the units it expects. */
export const reviewForm = z.object({
  id: z.literal('review'),
  /** the reviewer's three decisions */
  statuses: z.object(Object.fromEntries(REVIEW_STATUSES.map((status) => [status, vietnameseText])) as Record<(typeof REVIEW_STATUSES)[number], typeof vietnameseText>),
  /** the grounds for returning a nominee, each once, with the plan clause it rests on */
  returnGrounds: z
    .array(z.object({ id: z.enum(RETURN_GROUNDS), label: vietnameseText, clause: clauseId }))
    .refine((grounds) => grounds.length === RETURN_GROUNDS.length && RETURN_GROUNDS.every((id) => grounds.some((g) => g.id === id)), {
      message: `mỗi lý do trả lại có đúng một dòng: ${RETURN_GROUNDS.join(', ')}`,
    }),
  /**
   * The quota categories whose `units` (content/rules/quotas.yaml) are the province's units by
   * name, each expected to send a dossier: the page lists those that sent nothing.
   */
  knownUnitCategories: z.array(recordId),
  /** the workbook for award software that imports Excel */
  workbook: z.object({
    fileStem,
    /** sheet names (at most 31 characters, no []:*?/\) */
    sheets: z.object({
      accepted: vietnameseText,
      all: vietnameseText,
      units: vietnameseText,
    }).refine((sheets) => Object.values(sheets).every((name) => name.length <= 31 && !/[[\]:*?/\\]/.test(name)), {
      message: 'tên trang tính tối đa 31 ký tự, không có []:*?/\\',
    }),
    /** column headers of the nominee sheets */
    nomineeColumns: z.object({
      index: vietnameseText,
      category: vietnameseText,
      proposingUnit: vietnameseText,
      kind: vietnameseText,
      name: vietnameseText,
      position: vietnameseText,
      workUnit: vietnameseText,
      birthYear: vietnameseText,
      gender: vietnameseText,
      leadership: vietnameseText,
      selfCheck: vietnameseText,
      votes: vietnameseText,
      status: vietnameseText,
      ground: vietnameseText,
    }),
    /** column headers of the units sheet */
    unitColumns: z.object({
      index: vietnameseText,
      unit: vietnameseText,
      category: vietnameseText,
      file: vietnameseText,
      collectives: vietnameseText,
      individuals: vietnameseText,
      accepted: vietnameseText,
      returned: vietnameseText,
      pending: vietnameseText,
      state: vietnameseText,
    }),
    /** "Có" / "Không" */
    yes: vietnameseText,
    no: vietnameseText,
  }),
});

/** The annex of the Chairman's award decision: the accepted collectives and individuals. */
export const decisionAnnexForm = z.object({
  id: z.literal('decision-annex'),
  fileStem,
  /** document type, e.g. DANH SÁCH */
  title: vietnameseText,
  /** the line under it, bold */
  subject: template(campaignSlots),
  /** "(Kèm theo Quyết định số …/QĐ-UBND ngày … của …)", in italics */
  attachmentLine: template(['number', 'date', 'longDate', 'addressee']),
  /** headers: STT, name, position and unit */
  columns: z.tuple([vietnameseText, vietnameseText, vietnameseText]),
  /** how an individual is named in the list, by gender ("Ông", "Bà") */
  honorifics: z.object({ nam: vietnameseText, nu: vietnameseText }),
  /** closing line with the counts */
  total: template(['counts'], ['counts']),
});

/** The Sở's letter (Tờ trình) to the Chairman, with the totals. */
export const reviewLetterForm = z.object({
  id: z.literal('review-letter'),
  fileStem,
  /** symbol after the number, e.g. TTr-SNV */
  numberSymbol: vietnameseText,
  title: vietnameseText,
  subject: template(campaignSlots),
  addresseeLine: template(['addressee'], ['addressee']),
  /** what the Sở received */
  intake: template(['planNumber', 'planDate', 'planIssuer', 'units', 'counts', 'awardName', 'campaignName'], ['units', 'counts']),
  /** the outcome of the review; each line printed only when its count is not zero */
  accepted: template(['counts'], ['counts']),
  returned: template(['counts'], ['counts']),
  pending: template(['counts'], ['counts']),
  /**
   * after `accepted`, when individuals are accepted: how many of them are women and hold no
   * leadership post; {details} joins the two parts below, those whose count is 0 left out
   */
  acceptedIndividuals: template(['individuals', 'details'], ['details']),
  acceptedWomen: template(['count'], ['count']),
  acceptedNonLeaders: template(['count'], ['count']),
  /** before the totals table */
  totalsIntro: template(['quotaClause']),
  /** headers: STT, category, units that sent a dossier, proposed, accepted */
  totalsColumns: z.tuple([vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText]),
  /** the last row of the table */
  totalsRow: vietnameseText,
  /** the proposal, with the counts of the accepted */
  proposal: template([...campaignSlots, 'counts'], ['counts']),
  /** closing sentence, ending with "./." */
  closing: template(campaignSlots),
  /** recipients before the archive line */
  recipients: z.array(vietnameseText).min(1),
  /** the drafting division's abbreviation in "Lưu: VT, …" */
  drafter: vietnameseText,
});

/** The summary table of every unit and its status. */
export const reviewSummaryForm = z.object({
  id: z.literal('review-summary'),
  fileStem,
  title: vietnameseText,
  subject: template(campaignSlots),
  /** headers: STT, unit, category, file, collectives, individuals, accepted, returned, pending, state */
  columns: z.tuple([vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText]),
  /** a unit's state in the last column */
  states: z.object({
    /** nothing blocking found */
    ready: vietnameseText,
    /** {count} problems that block */
    issues: template(['count'], ['count']),
    /** the unit of a known list sent nothing */
    missing: vietnameseText,
  }),
  /** what the file column says */
  sources: z.object({ pdf: vietnameseText, json: vietnameseText }),
  /** the unit's category was not chosen */
  noCategory: vietnameseText,
  /** the line after the table */
  total: template(['units', 'missing'], ['units']),
});

/** Every review wording, as the review island and its document builders receive it (plain data). */
export interface ReviewForms {
  review: z.infer<typeof reviewForm>;
  decisionAnnex: z.infer<typeof decisionAnnexForm>;
  reviewLetter: z.infer<typeof reviewLetterForm>;
  reviewSummary: z.infer<typeof reviewSummaryForm>;
}

export type ReviewForm = ReviewForms['review'];
export type DecisionAnnexForm = ReviewForms['decisionAnnex'];
export type ReviewLetterForm = ReviewForms['reviewLetter'];
export type ReviewSummaryForm = ReviewForms['reviewSummary'];

/** The review schemas, for the union of every form (src/schemas/form.ts). */
export const REVIEW_FORM_SCHEMAS = [reviewForm, decisionAnnexForm, reviewLetterForm, reviewSummaryForm] as const;

const reviewFormKeys = {
  review: 'review',
  'decision-annex': 'decisionAnnex',
  'review-letter': 'reviewLetter',
  'review-summary': 'reviewSummary',
} as const satisfies Record<ReviewForms[keyof ReviewForms]['id'], keyof ReviewForms>;

/** Whether a form record is one of the review's. */
export const isReviewForm = (record: { id: string }): record is ReviewForms[keyof ReviewForms] => Object.hasOwn(reviewFormKeys, record.id);

/** Gathers the review's form records (the others are skipped); throws naming a missing or repeated one. */
export function assembleReviewForms(records: readonly { id: string }[]): ReviewForms {
  const forms: Partial<Record<keyof ReviewForms, unknown>> = {};
  for (const record of records) {
    if (!isReviewForm(record)) continue;
    const key = reviewFormKeys[record.id];
    if (forms[key]) throw new Error(`content/forms: mẫu "${record.id}" bị trùng`);
    forms[key] = record;
  }
  const missing = Object.entries(reviewFormKeys).filter(([, key]) => !forms[key]).map(([id]) => id);
  if (missing.length > 0) throw new Error(`content/forms: thiếu mẫu ${missing.join(', ')}`);
  return forms as ReviewForms;
}
