// What the documents cite about the campaign, taken from the rules data and the form wording
// (content/), never typed in code. Pure; no docx: call it at build time in the Astro page and
// pass the result to the island as a prop.
import type { CampaignReferences } from '../documents/types';
import { clauseLabel, proposedAward, type Rules } from '../domain/rules';
import type { DocumentForms, SubmissionLetterForm } from '../schemas/form';
import type { VoteThreshold } from '../schemas/planDocument';
import { fillTemplate, isoDate, longDate, lowerFirst, shortDate } from '../text/vietnamese';

/** A trailing remark in brackets, e.g. "… (thay thế Nghị định 98/2023/NĐ-CP từ ngày 01/7/2025)". */
const withoutRemark = (text: string) => text.replace(/\s*\([^()]*\)\s*$/, '');

/**
 * Builds the campaign references from the rules: the plan's number, date, issuer and campaign
 * name (plan-document.yaml), the award proposed and its addressee (plan-document.yaml names it in
 * awards.yaml), the legal bases of the letter (legal-references.yaml, worded by
 * forms.submissionLetter.legalBases) and the clauses. Throws, naming it, when a record the forms
 * cite is missing.
 */
export function campaignReferences(rules: Pick<Rules, 'planDocument' | 'awards' | 'legalReferences'>, forms: DocumentForms): CampaignReferences {
  const plan = rules.planDocument;
  const award = proposedAward(rules);
  const receiver = plan.dossier.receiver;
  const letter = forms.submissionLetter;
  return {
    planNumber: plan.number,
    planDate: isoDate(plan.date),
    planIssuer: plan.issuer,
    campaignName: plan.campaignName,
    awardName: award.documentName ?? award.name,
    addressee: award.grantedBy,
    via: withoutRemark(receiver),
    receiver,
    criteriaClause: clauseLabel(award.criteriaClause),
    quotaClause: clauseLabel(forms.meetingMinutes.quotaClause),
    exclusionClause: clauseLabel(letter.exclusionClause),
    legalBases: legalBasisTexts(rules, letter.legalBases, 'legalBases'),
    optionalLegalBases: legalBasisTexts(rules, letter.optionalLegalBases, 'optionalLegalBases'),
  };
}

/** The campaign's facts the dossier's checks and defaults need besides the references. */
export interface DossierCampaign {
  /** the province a provincial body writes on its date line (plan-document.yaml `place`) */
  province: string;
  /** election day and the dossier deadline, ISO (key-dates.yaml) */
  electionDay: string;
  deadline: string;
  /** the clause that sets the deadline, e.g. "Mục V.2" (empty when the date has none) */
  deadlineClause: string;
  /** the deadline as the plan words it, e.g. "trước ngày 31/3/2026" (key-dates.yaml) */
  deadlineWording: string;
  /** the share of the council's votes a nominee needs (plan-document.yaml dossier.voteThreshold) */
  voteThreshold: VoteThreshold;
}

/** Election day and the deadline from key-dates.yaml, the province from the plan; throws naming what is missing. */
export function dossierCampaign(rules: Pick<Rules, 'planDocument' | 'keyDates'>): DossierCampaign {
  const election = rules.keyDates.find((date) => date.id === 'ngay-bau-cu');
  const deadline = rules.keyDates.find((date) => date.isDeadline);
  if (!election || !deadline) throw new Error('content/rules/key-dates.yaml: thiếu ngày bầu cử (ngay-bau-cu) hoặc hạn gửi hồ sơ (isDeadline)');
  return {
    province: rules.planDocument.place,
    electionDay: election.date,
    deadline: deadline.date,
    deadlineClause: deadline.clause ? clauseLabel(deadline.clause) : '',
    deadlineWording: deadline.wording,
    voteThreshold: rules.planDocument.dossier.voteThreshold,
  };
}

/** The citations of the letter's legal bases, each worded by its line of content/forms. */
function legalBasisTexts(rules: Pick<Rules, 'planDocument' | 'legalReferences'>, lines: SubmissionLetterForm['legalBases'], field: string): string[] {
  const plan = rules.planDocument;
  return lines.map(({ source, text }) => {
    const cited = source === 'plan' ? { ...plan, subject: lowerFirst(plan.title) } : rules.legalReferences.find((record) => record.id === source);
    if (!cited) {
      throw new Error(`content/forms (submission-letter.${field}): không có văn bản "${source}" trong legal-references.yaml`);
    }
    const date = isoDate(cited.date);
    const subject = source === 'plan' ? cited.subject : withoutRemark(cited.subject);
    return fillTemplate(text, {
      kind: cited.kind,
      number: cited.number,
      date: shortDate(date),
      longDate: longDate(date),
      issuer: cited.issuer,
      subject,
      title: subject,
    });
  });
}
