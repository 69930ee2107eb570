// Entry of the review's documents (Sở Nội vụ's page loads it with `await import('../documents/review')`
// when the reviewer asks for a file, so that docx is fetched only then): the annex of the award
// decision, the Sở's letter and the summary table, as DOCX. The workbook has its own entry
// (./workbook.ts), so that the spreadsheet library is fetched only for it.
import type { CommonForm } from '../schemas/form';
import type { ReviewForms } from '../schemas/reviewForm';
import { buildDecisionAnnex } from './decisionAnnex';
import { packDocx } from './pack';
import { buildReviewLetter } from './reviewLetter';
import { buildReviewSummary } from './reviewSummary';
import type { DecisionAnnexInput, ReviewLetterInput, ReviewSummaryInput } from './reviewTypes';
import type { GeneratedFile } from './types';

/** The annex of the award decision ("danh-sach-kem-quyet-dinh.docx"). */
export const renderDecisionAnnex = (input: DecisionAnnexInput, common: CommonForm, reviewForms: ReviewForms): Promise<GeneratedFile> =>
  packDocx(`${reviewForms.decisionAnnex.fileStem}.docx`, buildDecisionAnnex(input, reviewForms.decisionAnnex, common));

/** The Sở's letter to the Chairman ("to-trinh-so-noi-vu.docx"). */
export const renderReviewLetter = (input: ReviewLetterInput, common: CommonForm, reviewForms: ReviewForms): Promise<GeneratedFile> =>
  packDocx(`${reviewForms.reviewLetter.fileStem}.docx`, buildReviewLetter(input, reviewForms.reviewLetter, common));

/** The summary table of every unit ("bang-tong-hop-ho-so.docx"). */
export const renderReviewSummary = (input: ReviewSummaryInput, common: CommonForm, reviewForms: ReviewForms): Promise<GeneratedFile> =>
  packDocx(`${reviewForms.reviewSummary.fileStem}.docx`, buildReviewSummary(input, reviewForms.reviewSummary, common));
