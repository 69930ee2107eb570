// How the dossier's editors change the reports, as pure functions: every record keyed by a nominee
// or a section id stays without a prototype (src/schemas/recordKey.ts), as the schemas give it.
import { withEntry, withoutEntry } from '../../schemas/recordKey';
import { emptyReportDraft, type DossierDraft, type ReportDraft } from '../../storage/dossierDraft';

/** The dossier with the report of `nomineeId` changed (started empty). */
export const changeReport = (dossier: DossierDraft, nomineeId: string, change: (report: ReportDraft) => ReportDraft): DossierDraft => ({
  ...dossier,
  reports: withEntry(dossier.reports, nomineeId, change(dossier.reports[nomineeId] ?? emptyReportDraft())),
});

/** The report with the text of a section set, or removed (`undefined`: the pre-fill applies again). */
export const withSection = (report: ReportDraft, sectionId: string, text: string | undefined): ReportDraft => ({
  ...report,
  sections: text === undefined ? withoutEntry(report.sections, sectionId) : withEntry(report.sections, sectionId, text),
});
