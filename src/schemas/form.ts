import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';
import { VOTING_METHODS } from './meeting';
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

/**
 * Who signs a block: the proposing unit (the level that submits, "cấp trình khen thưởng"), the
 * head of the nominee's own unit (a division's head, or the proposing unit's), the nominee, the
 * council's chair or secretary. Every role has a name: no block is ever a bare title.
 */
export const signerRole = z.enum(['proposing-unit', 'own-unit-head', 'nominee', 'council-chair', 'council-secretary']);

/** Roles that sign with their own authority line and title (entered by the unit), under the caption if any. */
export const TITLED_SIGNERS = ['proposing-unit', 'own-unit-head'] as const satisfies readonly z.infer<typeof signerRole>[];

/**
 * One signature block: the form's caption (if any), the signer's authority and title, a note in
 * italics, then the signer's name under the space for the signature.
 */
export const signatureBlock = z
  .object({
    /**
     * printed in capitals, bold, above the signer's own title, e.g. XÁC NHẬN CỦA CẤP TRÌNH KHEN
     * THƯỞNG; for the nominee and the council it is the title itself (THƯ KÝ, CHỦ TỌA)
     */
    caption: vietnameseText.optional(),
    /** printed in italics under the titles, e.g. (Ký, đóng dấu): only where the form prints it */
    note: vietnameseText.optional(),
    /**
     * printed instead of `note` when the head signs for a division of the proposing unit (a Phòng
     * of a Sở), which has no seal of its own, e.g. (Ký, ghi rõ họ và tên)
     */
    divisionNote: vietnameseText.optional(),
    /** whose authority, title and name the block prints */
    signer: signerRole,
  })
  .refine((block) => block.caption !== undefined || (TITLED_SIGNERS as readonly string[]).includes(block.signer), {
    message: 'khối chữ ký của người báo cáo, chủ tọa hay thư ký phải có dòng tiêu đề (caption)',
    path: ['caption'],
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
  /** the last recipient line: "Lưu: VT, <drafting section>" */
  archiveLine: template(['drafter'], ['drafter']),
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
  /**
   * How the defaults of a unit's profile are read from its name (src/dossier/profile.ts): where
   * the header breaks, which place the date line names, how the council is named.
   */
  unitNames: z.object({
    /** words that open a place name, lower case ("xã", "tỉnh"): the header breaks before them */
    placeWords: z.array(vietnameseText).min(1),
    /** the place words of a commune or ward: such a unit writes its own name on the date line */
    communeWords: z.array(vietnameseText).min(1),
    /** phrases that start with a place word but are no place ("xã hội") */
    notPlaces: z.array(vietnameseText),
    /** body types left out of the council's name: "Hội đồng Thi đua - Khen thưởng xã Ea Kao" */
    councilOwnerDrops: z.array(vietnameseText),
    /** words a line too long for its column breaks before (besides places and after commas) */
    breakBefore: z.array(vietnameseText),
    /** names no line of a header, a title or a signature breaks inside (any case) */
    keepTogether: z.array(vietnameseText),
  }),
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
  /** the award proposed, e.g. "Đề nghị tặng {awardName}"; printed in capitals */
  awardLine: template(['awardName'], ['awardName']),
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
  /** the default legal bases, in order; the unit may change them in its profile (the minutes' basis comes last) */
  legalBases: z.array(legalBasisLine).min(1),
  /** bases the site offers the unit to add (e.g. a provincial regulation issued after the plan) */
  optionalLegalBases: z.array(legalBasisLine),
  /** basis on the council's minutes */
  minutesBasis: template(['number', 'symbol', 'date', 'longDate', 'councilName']),
  /** printed when the unit has written no account of its campaign; omit for nothing */
  accountPlaceholder: vietnameseText.optional(),
  /** the proposal, with the counts */
  proposal: template([...campaignSlots, 'counts'], ['counts']),
  /** the nominees are under none of the exclusions of the plan (Mục III.1.b), citing the clause */
  exclusion: template([...campaignSlots, 'clause', 'planNumber'], ['clause']),
  /** the plan clause the exclusion sentence cites */
  exclusionClause: clauseId,
  /** the heading of the list of attached documents */
  attachmentsLabel: vietnameseText,
  /** the attached documents, in the dossier's order (list, minutes, reports) */
  attachments: z.array(template([...campaignSlots, 'counts', 'councilName'])).min(1),
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
  /** the council's name in sentences, the default of the profile's `councilName`; {owner} is the unit's name, a commune's without its body type */
  councilName: template(['owner'], ['owner']),
  title: vietnameseText,
  subject: template(campaignSlots),
  opening: template([...campaignSlots, 'startTime', 'date', 'longDate', 'venue', 'councilName']),
  attendanceHeading: vietnameseText,
  chairLine: template(['name'], ['name']),
  secretaryLine: template(['name'], ['name']),
  membersLine: template(['present', 'total', 'absent'], ['present', 'total']),
  /** absent members, when the unit names none */
  absentLine: template(['absent'], ['absent']),
  /** absent members, named */
  absentNamedLine: template(['absent', 'members'], ['members']),
  /** one absent member, without and with the reason given */
  absentMember: template(['name'], ['name']),
  absentMemberWithReason: template(['name', 'reason'], ['name', 'reason']),
  /** how each voting method is named in sentences ("bỏ phiếu kín") */
  votingMethods: z.object(Object.fromEntries(VOTING_METHODS.map((method) => [method, vietnameseText])) as Record<(typeof VOTING_METHODS)[number], typeof vietnameseText>),
  contentHeading: vietnameseText,
  criteriaHeading: vietnameseText,
  /** the plan clause cited for the quota (the criteria's clause comes from the award record) */
  quotaClause: clauseId,
  criteriaLine: template(['criteriaClause', 'quotaClause', 'planNumber', 'planDate', 'planIssuer'], ['criteriaClause', 'quotaClause']),
  /** the unit's quota line, when known */
  quotaLine: template(['quota'], ['quota']),
  votesHeading: vietnameseText,
  votesIntro: template(['method'], ['method']),
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
