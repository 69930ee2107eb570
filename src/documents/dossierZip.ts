// The whole dossier as one ZIP in the order a reviewer reads it (plan Mục V.1.b, spec): the
// letter, the list attached to it, the minutes, then every report in the order of the list,
// under readable ASCII names (see fileNames.ts).
import type { Document } from 'docx';
import { zipSync } from 'fflate';
import type { DocumentForms } from '../schemas/form';
import { buildAchievementReport } from './achievementReport';
import { dossierFileNames, type DossierFileNames } from './fileNames';
import { buildMeetingMinutes } from './meetingMinutes';
import { buildNomineeList } from './nomineeList';
import { packDocx, ZIP_MIME } from './pack';
import { buildSubmissionLetter } from './submissionLetter';
import type { AchievementReportInput, DossierInput, GeneratedFile } from './types';

/**
 * Called after each file of the dossier with the count done and the total. When given, the
 * generator also yields to the event loop between files, so that a page can show the progress
 * of a large dossier instead of freezing.
 */
export type Progress = (done: number, total: number) => void;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Every file of the dossier, in reading order. Nominees without a report are skipped. */
async function dossierFiles(dossier: DossierInput, forms: DocumentForms, names: DossierFileNames, onProgress?: Progress): Promise<GeneratedFile[]> {
  const reports = new Map<string, AchievementReportInput>(dossier.reports.map((report) => [report.nominee.id, report]));
  const jobs: [string, () => Document][] = [
    [names.letter, () => buildSubmissionLetter(dossier, forms)],
    [names.list, () => buildNomineeList(dossier, forms)],
    [names.minutes, () => buildMeetingMinutes(dossier, forms)],
  ];
  for (const nominee of dossier.nominees) {
    const report = reports.get(nominee.id);
    const name = names.reports.get(nominee.id);
    if (report && name) jobs.push([name, () => buildAchievementReport(report, forms)]);
  }
  const files: GeneratedFile[] = [];
  for (const [name, build] of jobs) {
    files.push(await packDocx(name, build()));
    if (onProgress) {
      onProgress(files.length, jobs.length);
      await nextTask();
    }
  }
  return files;
}

/**
 * The ZIP of the dossier. Entries are stored, not compressed again: a .docx is already a
 * compressed ZIP, so deflating it a second time costs time and saves nothing.
 */
export async function renderDossierZip(dossier: DossierInput, forms: DocumentForms, onProgress?: Progress): Promise<GeneratedFile> {
  const names = dossierFileNames(forms, dossier.nominees, dossier.unit.name);
  const files = await dossierFiles(dossier, forms, names, onProgress);
  const entries = Object.fromEntries(files.map((file) => [file.name, file.bytes] as const));
  return { name: names.zip, mimeType: ZIP_MIME, bytes: zipSync(entries, { level: 0 }) };
}
