// What a dossier issue is about, as data: a field of the unit's profile, of the meeting, of a
// nominee's report, or something of the quota planner (the unit's choices, the list, a nominee of
// it). The dossier builder turns a target into the id of its field, or a link to the planner.
import type { QuotaTarget } from '../domain/quotas';
import type { EarlierAward, UnitProfile } from '../schemas/unitProfile';
import type { MeetingDraft, ReportDraft } from '../storage/dossierDraft';

export type DossierTarget =
  | QuotaTarget
  /** the planner's list as a whole (empty, over quota) */
  | { kind: 'list' }
  | { kind: 'profile'; field: keyof UnitProfile }
  | { kind: 'meeting'; field: keyof MeetingDraft }
  /** a field of one nominee's report draft; `section` names the section of `sections` */
  | { kind: 'report'; id: string; field: Exclude<keyof ReportDraft, 'sections' | 'earlierAwards'> }
  | { kind: 'report'; id: string; field: 'sections'; section: string }
  /** a cell of the table of earlier awards (section III): its row, from 0, and its column */
  | { kind: 'report'; id: string; field: 'earlierAwards'; row: number; column: keyof EarlierAward };
