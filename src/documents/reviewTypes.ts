// The data contract between the review (src/review/outputs.ts, which builds it from the
// consolidation and the reviewer's marks) and the review's document builders (the annex of the
// award decision, the Sở's letter, the summary table, the workbook). Plain data, no docx.
import type { Gender, NomineeType } from '../schemas/nominee';
import type { ReturnGround, ReviewStatus } from '../schemas/review';
import type { DocumentDate } from '../text/vietnamese';
import { cleanLine, textLines, upper } from './text';
import type { CampaignReferences, HeaderLines } from './types';

/** Counts of collectives and individuals. */
export interface TypeCounts {
  collectives: number;
  individuals: number;
}

/** An accepted collective or individual in the annex. */
export interface AnnexEntry {
  type: NomineeType;
  name: string;
  /** individual: gender, for "Ông" / "Bà"; null when not given */
  gender: Gender | null;
  /** individual: position and unit where the person works; collective: empty */
  position: string;
  workUnit: string;
  /** the unit that proposed it (for a collective whose name does not say where it belongs) */
  proposingUnit: string;
}

/** The accepted of one category of Mục IV.2, collectives first. */
export interface AnnexGroup {
  label: string;
  entries: AnnexEntry[];
}

export interface DecisionAnnexInput {
  references: CampaignReferences;
  /** the decision's number, once known; empty leaves a blank */
  decisionNumber: string;
  /** the decision's date; undefined leaves a blank */
  decisionDate?: DocumentDate;
  groups: AnnexGroup[];
}

/** The issuing Sở: its governing body's lines, its name, where it sits. */
/** The header of a document of Sở Nội vụ: the provincial committee's lines over the Sở's name, in capitals. */
export const issuerHeader = (issuer: ReviewIssuer): HeaderLines => ({
  upper: textLines(issuer.governingBody).map(upper),
  issuer: [upper(cleanLine(issuer.name))],
});

export interface ReviewIssuer {
  /** e.g. "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK" ("\n" breaks lines) */
  governingBody: string;
  /** e.g. "Sở Nội vụ" */
  name: string;
  /** the place of the date line, e.g. "Đắk Lắk" */
  place: string;
}

/** One category's row in the letter's table. */
export interface LetterTotalsRow {
  label: string;
  units: number;
  proposed: TypeCounts;
  accepted: TypeCounts;
}

export interface ReviewLetterInput {
  references: CampaignReferences;
  issuer: ReviewIssuer;
  letterNumber: string;
  letterDate: DocumentDate;
  signer: { authority: string; title: string; name: string };
  /** units that sent a dossier */
  units: number;
  proposed: TypeCounts;
  accepted: TypeCounts;
  /** of the accepted individuals: the women, and those who hold no leadership or management post */
  acceptedIndividuals: { women: number; nonLeaders: number };
  returned: TypeCounts;
  pending: TypeCounts;
  rows: LetterTotalsRow[];
}

/** A unit's row in the summary table. */
export interface SummaryRow {
  name: string;
  /** the category's label; null when the unit chose none */
  category: string | null;
  /** the file received; null for a unit that sent nothing */
  source: 'pdf' | 'json' | null;
  collectives: number;
  individuals: number;
  accepted: number;
  returned: number;
  pending: number;
  state: { kind: 'ready' } | { kind: 'issues'; count: number } | { kind: 'missing' };
}

export interface ReviewSummaryInput {
  references: CampaignReferences;
  issuer: ReviewIssuer;
  date: DocumentDate;
  rows: SummaryRow[];
}

/** A nominee in the workbook. */
export interface WorkbookNominee {
  category: string;
  proposingUnit: string;
  type: NomineeType;
  name: string;
  position: string;
  workUnit: string;
  birthYear: number | null;
  gender: Gender | null;
  leadership: boolean | null;
  /** the self-check outcome's label (src/domain/outcomes.ts), or the label of "no self-check" */
  selfCheck: string;
  votesInFavour: number | null;
  membersPresent: number | null;
  status: ReviewStatus;
  ground: ReturnGround | null;
}

export interface WorkbookInput {
  /** the accepted, in the annex's order */
  accepted: WorkbookNominee[];
  /** every proposed nominee, unit by unit */
  all: WorkbookNominee[];
  units: SummaryRow[];
}
