// Where a dossier issue is shown: the id of its field on /ho-so/, or a link to the page where it
// is fixed (the quota planner's list). The rules give targets (src/dossier/targets.ts); this is the
// one place that knows the page's ids and routes.
import type { DossierTarget } from '../../dossier/targets';
import type { EarlierAward } from '../../schemas/unitProfile';
import { QUOTA_PLANNER_HREF } from '../quota/formIds';

export { QUOTA_PLANNER_HREF };

/** Ids of the dossier builder's fields on /ho-so/. */
export const FIELD_IDS = {
  profile: {
    governingBody: 'hs-co-quan-chu-quan',
    unitName: 'hs-ten-don-vi',
    headerName: 'hs-ten-tieu-de',
    unitSymbol: 'hs-ky-hieu',
    place: 'hs-dia-danh',
    signerAuthority: 'hs-tham-quyen-ky',
    signerTitle: 'hs-chuc-vu-nguoi-ky',
    signerName: 'hs-nguoi-ky',
    confirmerAuthority: 'hs-tham-quyen-xac-nhan',
    confirmerTitle: 'hs-chuc-vu-xac-nhan',
    confirmerName: 'hs-nguoi-xac-nhan',
    councilChair: 'hs-chu-tich-hoi-dong',
    councilName: 'hs-ten-hoi-dong',
    councilSecretary: 'hs-thu-ky-hoi-dong',
    drafter: 'hs-don-vi-soan-thao',
    legalBases: 'hs-can-cu',
  },
  meeting: {
    minutesNumber: 'hs-so-bien-ban',
    date: 'hs-ngay-hop',
    startTime: 'hs-gio-bat-dau',
    endTime: 'hs-gio-ket-thuc',
    venue: 'hs-dia-diem-hop',
    membersTotal: 'hs-tong-thanh-vien',
    membersPresent: 'hs-thanh-vien-co-mat',
    absentMembers: 'hs-thanh-vien-vang',
    votingMethod: 'hs-hinh-thuc-bieu-quyet',
    letterNumber: 'hs-so-to-trinh',
    letterDate: 'hs-ngay-to-trinh',
    campaignAccount: 'hs-tom-tat-phong-trao',
    reportDate: 'hs-ngay-bao-cao',
  },
} as const;

/** A nominee id made safe for an HTML id (ids are random, but imported drafts may hold anything). */
const idPart = (nomineeId: string) => nomineeId.replace(/[^A-Za-z0-9_-]/g, '-');

/** Ids of one nominee's fields on /ho-so/. */
export const nomineeFieldIds = (nomineeId: string) => {
  const base = `hs-${idPart(nomineeId)}`;
  return {
    /** the nominee's block (heading) in the report editor */
    report: `${base}-bao-cao`,
    achievementSummary: `${base}-tom-tat`,
    votesInFavour: `${base}-phieu`,
    division: `${base}-don-vi-truc-thuoc`,
    headTitle: `${base}-chuc-vu-thu-truong`,
    headName: `${base}-thu-truong`,
    section: (sectionId: string) => `${base}-${sectionId}`,
    award: (index: number, column: keyof EarlierAward) => `${base}-kt-${index + 1}-${column}`,
  };
};

/** Where a target is shown: a field of /ho-so/ (`fieldId`), or another page (`href`). */
export function targetLocation(target: DossierTarget): { fieldId: string } | { href: string } {
  switch (target.kind) {
    case 'profile':
      return { fieldId: FIELD_IDS.profile[target.field] };
    case 'meeting':
      return { fieldId: FIELD_IDS.meeting[target.field] };
    case 'report': {
      const ids = nomineeFieldIds(target.id);
      if (target.field === 'sections') return { fieldId: ids.section(target.section) };
      if (target.field === 'earlierAwards') return { fieldId: ids.award(target.row, target.column) };
      return { fieldId: ids[target.field] };
    }
    default:
      // the unit's choices and the list are edited in the quota planner
      return { href: QUOTA_PLANNER_HREF };
  }
}

/** A link to where a target is fixed, from another page (the PDF assembly): /ho-so/'s field, or the planner; /ho-so/ when there is none. */
export function targetHref(target: DossierTarget | null): string {
  if (!target) return '/ho-so/';
  const location = targetLocation(target);
  return 'href' in location ? location.href : `/ho-so/#${location.fieldId}`;
}
