// The proposing unit and each nominee's own unit as the documents print them: the profile with
// every default of ./profile.ts applied, the letter's legal bases as the unit kept them, the unit
// a report is issued by and signed for (the proposing unit, or one of its divisions), and the
// meeting's absent members. Pure; no docx: loaded with the checks and the assembly.
import type { HeaderLines, NomineeUnit, ProposingUnit, Signer } from '../documents/types';
import { cleanLine, textLines } from '../documents/text';
import type { UnitProfile } from '../schemas/unitProfile';
import type { ReportDraft } from '../storage/dossierDraft';
import { profileDefaults, type ProfileContext } from './profile';

/** The letter's legal bases as the unit kept them: one per line, without "Căn cứ" and final punctuation. */
export function legalBasesOf(profile: Pick<UnitProfile, 'legalBases'>, context: ProfileContext): string[] {
  if (profile.legalBases === undefined) return [...context.references.legalBases];
  const prefix = new RegExp(`^${context.forms.common.legalBasisPrefix}\\s+`, 'iu');
  return textLines(profile.legalBases)
    .map((basis) => basis.replace(prefix, '').replace(/[\s.;,]+$/, ''))
    .filter(Boolean);
}

/** The profile with every default applied, as the documents print it. */
export function proposingUnit(profile: UnitProfile, context: ProfileContext): ProposingUnit {
  const defaults = profileDefaults(profile, context);
  const or = (typed: string, fallback: string) => (cleanLine(typed) ? typed : fallback);
  const confirmer = { authority: cleanLine(profile.confirmerAuthority), title: cleanLine(profile.confirmerTitle), name: cleanLine(profile.confirmerName) };
  return {
    name: cleanLine(profile.unitName),
    header: { upper: textLines(profile.governingBody), issuer: textLines(or(profile.headerName, defaults.headerName)) },
    symbol: cleanLine(profile.unitSymbol),
    place: cleanLine(or(profile.place, defaults.place)),
    signer: { authority: cleanLine(profile.signerAuthority), title: cleanLine(profile.signerTitle), name: cleanLine(profile.signerName) },
    ...(confirmer.title || confirmer.name ? { confirmer } : {}),
    councilName: cleanLine(or(profile.councilName, defaults.councilName)),
    councilChair: cleanLine(profile.councilChair),
    councilSecretary: cleanLine(profile.councilSecretary),
    drafter: cleanLine(profile.drafter),
  };
}

/** Lines of a division typed in a nominee's report draft (empty: none). */
export const divisionLines = (report: Pick<ReportDraft, 'division'> | undefined): string[] => textLines(report?.division ?? '');

/**
 * The unit a nominee's report is issued by and signed for: a division under the proposing unit's
 * name with its own head, or the proposing unit itself, whose signer heads it unless the unit
 * named another head.
 */
export function nomineeUnit(unit: ProposingUnit, report: Pick<ReportDraft, 'division' | 'headTitle' | 'headName'> | undefined): NomineeUnit {
  const division = divisionLines(report);
  const header: HeaderLines = division.length > 0 ? { upper: unit.header.issuer, issuer: division } : unit.header;
  const title = cleanLine(report?.headTitle ?? '');
  const name = cleanLine(report?.headName ?? '');
  const head: Signer = title || name ? { authority: '', title, name } : unit.signer;
  return division.length > 0 ? { header, head, parent: unit.name } : { header, head };
}

/** The absent members typed one per line, "name: reason" (the reason optional). */
export function absentMembers(typed: string): { name: string; reason: string }[] {
  return textLines(typed).map((entry) => {
    const colon = entry.indexOf(':');
    return colon < 0 ? { name: entry, reason: '' } : { name: cleanLine(entry.slice(0, colon)), reason: cleanLine(entry.slice(colon + 1)) };
  });
}
