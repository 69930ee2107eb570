import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';
import { STARTER_SLOTS } from './starterSlots';
import { REVIEW_FORM_SCHEMAS } from './reviewForm';
import { fileStem, template } from './template';

export { templateSlots } from './template';

// The wording of the dossier's documents (headings, guidance notes, fixed sentences, column
// headers, signature titles), kept as data in content/forms/*.yaml because the official text of
// the Nghị định 152/2025 form is not confirmed and must be correctable without code changes.
// One file per document, told apart by `id`. Sentences with `{name}` slots are templates: the
// schema accepts only the slots the document fills, so a typo fails the build.

/** A text for each kind of nominee. */
const byNomineeType = <S extends z.ZodType>(schema: S) => z.object({ collective: schema, individual: schema });

/** Whose name goes under a signature block. */
export const signerRole = z.enum(['unit-head', 'nominee', 'council-chair', 'council-secretary', 'none']);

/** One signature block: title in capitals, an optional note in italics, then the signer's name. */
export const signatureBlock = z.object({
  /** printed in capitals, bold, e.g. THỦ TRƯỞNG ĐƠN VỊ */
  title: vietnameseText,
  /** printed in italics under the title, e.g. (Ký, đóng dấu) */
  note: vietnameseText.optional(),
  /** whose name is printed under the space for the signature; none leaves it blank */
  signer: signerRole,
});

/** A row of one or two signature blocks side by side (one block is centred). */
const signatureRow = z.array(signatureBlock).min(1).max(2);

/** Wording shared by every document. */
export const commonForm = z.object({
  id: z.literal('common'),
  /** stem of the dossier ZIP's name, e.g. ho-so-de-nghi-khen-thuong → ho-so-de-nghi-khen-thuong-<unit>.zip */
  dossierFileStem: fileStem,
  /** Quốc hiệu, printed in capitals */
  nationalTitle: vietnameseText,
  /** Tiêu ngữ, with spaced hyphens between the phrases */
  motto: vietnameseText,
  /** the number line; {number} is padded and left blank when empty */
  numberLine: template(['number', 'symbol'], ['number', 'symbol']),
  /** the place and date line, right column */
  dateLine: template(['place', 'day', 'month', 'year'], ['day', 'month', 'year']),
  /** word that opens each legal basis */
  legalBasisPrefix: vietnameseText,
  /** "Nơi nhận:" */
  recipientsLabel: vietnameseText,
  /** the last recipient line ("Lưu: VT") */
  archiveLine: vietnameseText,
  /** how counts of nominees are written in sentences */
  counts: z.object({
    both: template(['collectives', 'individuals'], ['collectives', 'individuals']),
    collectivesOnly: template(['collectives'], ['collectives']),
    individualsOnly: template(['individuals'], ['individuals']),
  }),
  /** names of the two groups of nominees (group headings, minutes, list) */
  nomineeGroups: byNomineeType(vietnameseText),
  /** gender as printed in the list */
  genders: z.object({ nam: vietnameseText, nu: vietnameseText }),
});

/** One section of the achievement report. */
export const reportSection = z.object({
  /** key of the section's text in AchievementReportInput.sections */
  id: recordId,
  /** heading as printed, e.g. I. THÔNG TIN CHUNG */
  heading: vietnameseText,
  /** text: free text; awards: the table of earlier awards, then any free text */
  kind: z.enum(['text', 'awards']),
  /** what to write, shown beside the editor (never printed) */
  guidance: byNomineeType(vietnameseText),
  /** starting text lines proposed in the editor; slots are filled from the nominee */
  starter: byNomineeType(z.array(template(STARTER_SLOTS))).optional(),
  /** printed when the section is left empty; omit to leave a blank paragraph */
  emptyText: vietnameseText.optional(),
});

/** Achievement report (Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề). */
export const achievementReportForm = z.object({
  id: z.literal('achievement-report'),
  fileStem,
  /** the form's name, shown on the site */
  formName: vietnameseText,
  /** unconfirmed: the wording still has to be checked against the official text */
  wordingStatus: z.enum(['verified', 'unconfirmed']),
  /** caveat shown on the site with the editor */
  wordingNote: vietnameseText,
  /** document type, e.g. BÁO CÁO THÀNH TÍCH */
  title: vietnameseText,
  /** the award proposed, in capitals */
  awardLine: vietnameseText,
  /** the campaign line in parentheses */
  campaignLine: template(['campaignName'], ['campaignName']),
  sections: z.array(reportSection).min(1),
  /** column headers of the table of earlier awards: year, award, decision and issuer */
  awardsColumns: z.tuple([vietnameseText, vietnameseText, vietnameseText]),
  /** signature rows, top to bottom */
  signatures: byNomineeType(z.array(signatureRow).min(1)),
  /** starting text of section II from the self-check (see src/dossier/starter.ts) */
  facts: z.object({
    /** the section the facts go into */
    section: recordId,
    turnout: template(['registered', 'voted', 'turnout'], ['registered', 'voted', 'turnout']),
    criteriaIntro: template(['criteriaClause', 'planNumber']),
    criterion: template(['text'], ['text']),
  }),
});

/** A legal basis of the letter, written from a record of legal-references.yaml or the plan. */
export const legalBasisLine = z.object({
  /** id in content/rules/legal-references.yaml, or `plan` for the plan itself */
  source: recordId,
  /**
   * the citation; {subject} is the reference's subject without a trailing remark in brackets,
   * {title} the plan's title with a lower-case first letter
   */
  text: template(['kind', 'number', 'date', 'longDate', 'issuer', 'subject', 'title']),
});

const campaignSlots = ['unitName', 'addressee', 'awardName', 'campaignName'] as const;
/** The slots every document fills from the unit and the campaign (campaignSlots() of src/documents/slots.ts). */
export type CampaignSlot = (typeof campaignSlots)[number];

/** Submission letter (Tờ trình). */
export const submissionLetterForm = z.object({
  id: z.literal('submission-letter'),
  fileStem,
  /** symbol after the number, e.g. TTr-{unitSymbol} → "Số: 12/TTr-UBND" */
  numberSymbol: template(['unitSymbol']),
  title: vietnameseText,
  /** trích yếu, under the title */
  subject: template(campaignSlots),
  /** "Kính gửi: …" */
  addresseeLine: template(['addressee'], ['addressee']),
  /** second line of the addressee, e.g. "(qua Sở Nội vụ)" */
  viaLine: template(['via'], ['via']),
  /** the legal bases, in order (the minutes' basis comes last) */
  legalBases: z.array(legalBasisLine).min(1),
  /** basis on the council's minutes */
  minutesBasis: template(['number', 'symbol', 'date', 'longDate', 'councilName']),
  /** printed when the unit has written no account of its campaign; omit for nothing */
  accountPlaceholder: vietnameseText.optional(),
  /** the proposal, with the counts */
  proposal: template([...campaignSlots, 'counts'], ['counts']),
  /** closing sentence, ending with "./." */
  closing: template(campaignSlots),
  /** recipients before the archive line; {via}/{receiver} come from the plan */
  recipients: z.array(template(['via', 'receiver'])).min(1),
});

/** Minutes of the council's review meeting (Biên bản họp xét khen thưởng). */
export const meetingMinutesForm = z.object({
  id: z.literal('meeting-minutes'),
  fileStem,
  /** symbol after the number, e.g. BB-HĐTĐKT */
  numberSymbol: template(['unitSymbol']),
  /** the issuing body's line in the header (bold), under the unit's name */
  issuerLine: vietnameseText,
  /** the council's name in sentences */
  councilName: template(['unitName']),
  title: vietnameseText,
  subject: template(campaignSlots),
  opening: template([...campaignSlots, 'startTime', 'date', 'longDate', 'venue', 'councilName']),
  attendanceHeading: vietnameseText,
  chairLine: template(['name'], ['name']),
  secretaryLine: template(['name'], ['name']),
  membersLine: template(['present', 'total'], ['present', 'total']),
  contentHeading: vietnameseText,
  criteriaHeading: vietnameseText,
  /** the plan clause cited for the quota (the criteria's clause comes from the award record) */
  quotaClause: clauseId,
  criteriaLine: template(['criteriaClause', 'quotaClause', 'planNumber', 'planDate', 'planIssuer'], ['criteriaClause', 'quotaClause']),
  /** the unit's quota line, when known */
  quotaLine: template(['quota'], ['quota']),
  votesHeading: vietnameseText,
  votesIntro: vietnameseText,
  /** one line per nominee */
  voteLine: template(['index', 'nominee', 'votes', 'present', 'percent'], ['nominee', 'votes', 'present', 'percent']),
  conclusionHeading: vietnameseText,
  conclusion: template([...campaignSlots, 'counts'], ['counts']),
  closing: template(['endTime'], ['endTime']),
  signatures: signatureRow,
});

/** The nominee list attached to the letter (Danh sách đề nghị). */
export const nomineeListForm = z.object({
  id: z.literal('nominee-list'),
  fileStem,
  title: vietnameseText,
  subject: template(campaignSlots),
  /** "(Kèm theo Tờ trình số …)", in italics */
  attachmentLine: template(['number', 'symbol', 'date', 'longDate', 'unitName']),
  /** headers: STT, name, position and unit, year of birth, gender, summary, remark */
  columns: z.tuple([vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText, vietnameseText]),
  /** closing line with the counts */
  total: template(['counts'], ['counts']),
});

/**
 * Schema of the `forms` collection: any one of the documents' wordings. The refinement keeps an
 * unconfirmed form number ("Mẫu số …") out of the data, so that no document ever prints one.
 */
export const formText = z
  .discriminatedUnion('id', [commonForm, achievementReportForm, submissionLetterForm, meetingMinutesForm, nomineeListForm, ...REVIEW_FORM_SCHEMAS])
  .refine((form) => !/m[ẫẩ]u\s+s[ốô]/i.test(JSON.stringify(form)), {
    message: 'không ghi số hiệu mẫu ("Mẫu số …"): số hiệu mẫu chưa được xác nhận',
  });

export type FormText = z.infer<typeof formText>;
/** The forms of the units' dossier (the review's have their own, src/schemas/reviewForm.ts). */
type DossierFormText = Exclude<FormText, { id: 'review' | 'decision-annex' | 'review-letter' | 'review-summary' }>;
export type CommonForm = z.infer<typeof commonForm>;
/** How nominee groups and genders are named (the planner and the drafts page print them too). */
export type NomineeWording = Pick<CommonForm, 'nomineeGroups' | 'genders'>;
export type ReportSection = z.infer<typeof reportSection>;
export type SignatureBlock = z.infer<typeof signatureBlock>;
export type SignerRole = z.infer<typeof signerRole>;
export type AchievementReportForm = z.infer<typeof achievementReportForm>;
export type SubmissionLetterForm = z.infer<typeof submissionLetterForm>;
export type MeetingMinutesForm = z.infer<typeof meetingMinutesForm>;
export type NomineeListForm = z.infer<typeof nomineeListForm>;

/** Every document's wording, as the builders and the dossier island receive it (plain data). */
export interface DocumentForms {
  common: CommonForm;
  achievementReport: AchievementReportForm;
  submissionLetter: SubmissionLetterForm;
  meetingMinutes: MeetingMinutesForm;
  nomineeList: NomineeListForm;
}

const formKeys = {
  common: 'common',
  'achievement-report': 'achievementReport',
  'submission-letter': 'submissionLetter',
  'meeting-minutes': 'meetingMinutes',
  'nominee-list': 'nomineeList',
} as const satisfies Record<DossierFormText['id'], keyof DocumentForms>;

/**
 * Gathers the validated form records into `DocumentForms` (the review's forms are skipped: see
 * assembleReviewForms in ./reviewForm.ts); throws naming a missing or repeated form.
 */
export function assembleForms(records: readonly FormText[]): DocumentForms {
  const forms: Partial<Record<keyof DocumentForms, FormText>> = {};
  for (const record of records) {
    if (!Object.hasOwn(formKeys, record.id)) continue;
    const key = formKeys[record.id as keyof typeof formKeys];
    if (forms[key]) throw new Error(`content/forms: mẫu "${record.id}" bị trùng`);
    forms[key] = record;
  }
  const missing = Object.entries(formKeys).filter(([, key]) => !forms[key]).map(([id]) => id);
  if (missing.length > 0) throw new Error(`content/forms: thiếu mẫu ${missing.join(', ')}`);
  return forms as DocumentForms;
}
