// Readable ASCII file names for the generated documents. Pure; no docx.
import type { DocumentForms } from '../schemas/form';
import type { DossierNominee } from './types';
import { withoutDiacritics } from '../text/vietnamese';
import { sanitizeText } from './text';

/**
 * "Nguyễn Văn Ấn, Đội 3" → "nguyen-van-an-doi-3": Vietnamese diacritics stripped (đ → d),
 * anything else that is not a letter or digit becomes a hyphen. Empty when nothing is left.
 */
export function asciiSlug(text: string, maxLength = 60): string {
  const slug = withoutDiacritics(sanitizeText(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** File name of one nominee's report on its own, e.g. "bao-cao-thanh-tich-nguyen-van-an.docx". */
export function reportFileName(forms: DocumentForms, nominee: Pick<DossierNominee, 'name'>): string {
  const slug = asciiSlug(nominee.name);
  return `${[forms.achievementReport.fileStem, slug].filter(Boolean).join('-')}.docx`;
}

export interface DossierFileNames {
  letter: string;
  minutes: string;
  list: string;
  /** by nominee id */
  reports: Map<string, string>;
  /** name of the ZIP itself */
  zip: string;
}

/**
 * The names inside the dossier ZIP, numbered in the order the dossier is read: 01 letter,
 * 02 the list attached to it, 03 minutes, then one report per nominee (04, 05, … in list
 * order). Two nominees with
 * the same name still get different files ("…-nguyen-van-an.docx", "…-nguyen-van-an-2.docx").
 */
export function dossierFileNames(forms: DocumentForms, nominees: readonly Pick<DossierNominee, 'id' | 'name'>[], unitName = ''): DossierFileNames {
  const width = Math.max(2, String(nominees.length + 3).length);
  const numbered = (index: number, stem: string) => `${String(index).padStart(width, '0')}-${stem}.docx`;
  const used = new Set<string>();
  const reports = new Map<string, string>();
  nominees.forEach((nominee, index) => {
    const base = asciiSlug(nominee.name) || `${index + 1}`;
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    reports.set(nominee.id, numbered(index + 4, `${forms.achievementReport.fileStem}-${slug}`));
  });
  const unit = asciiSlug(unitName, 40);
  return {
    letter: numbered(1, forms.submissionLetter.fileStem),
    list: numbered(2, forms.nomineeList.fileStem),
    minutes: numbered(3, forms.meetingMinutes.fileStem),
    reports,
    zip: `${[forms.common.dossierFileStem, unit].filter(Boolean).join('-')}.zip`,
  };
}
