// Public entry of the document generator. The dossier island loads it with
// `await import('../documents')` when the user first asks for a file, so that `docx` (and the
// builders) are fetched only then. What else of src/documents is imported statically (types,
// fileNames, text) stays free of docx.
import type { DocumentForms } from '../schemas/form';
import { buildAchievementReport } from './achievementReport';
import { dossierFileNames, reportFileName } from './fileNames';
import { buildMeetingMinutes } from './meetingMinutes';
import { buildNomineeList } from './nomineeList';
import { packDocx } from './pack';
import { buildSubmissionLetter } from './submissionLetter';
import type { AchievementReportInput, DossierInput, GeneratedFile } from './types';

/**
 * The whole dossier as one ZIP ("ho-so-de-nghi-khen-thuong-<unit>.zip"). Pass `onProgress` to be
 * told after each file (done, total) and to let the page repaint between files.
 */
export { renderDossierZip, type Progress } from './dossierZip';

/** One nominee's achievement report, named "bao-cao-thanh-tich-<name>.docx". */
export const renderAchievementReport = (input: AchievementReportInput, forms: DocumentForms): Promise<GeneratedFile> =>
  packDocx(reportFileName(forms, input.nominee), buildAchievementReport(input, forms));

/** The submission letter, named as in the ZIP ("01-to-trinh.docx"). */
export const renderSubmissionLetter = (dossier: DossierInput, forms: DocumentForms): Promise<GeneratedFile> =>
  packDocx(dossierFileNames(forms, []).letter, buildSubmissionLetter(dossier, forms));

/** The minutes of the council's meeting ("03-bien-ban-hop-xet.docx"). */
export const renderMeetingMinutes = (dossier: DossierInput, forms: DocumentForms): Promise<GeneratedFile> =>
  packDocx(dossierFileNames(forms, []).minutes, buildMeetingMinutes(dossier, forms));

/** The nominee list attached to the letter ("02-danh-sach-de-nghi.docx"). */
export const renderNomineeList = (dossier: DossierInput, forms: DocumentForms): Promise<GeneratedFile> =>
  packDocx(dossierFileNames(forms, []).list, buildNomineeList(dossier, forms));
