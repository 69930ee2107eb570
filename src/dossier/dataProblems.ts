// What is wrong in the dossier's data when ho-so.json does not validate, said for the unit: which
// nominee and which field, and where it is fixed (a target: the planner's list, or a field of
// /ho-so/). The drafts may hold anything an import brought, such as a nominee without a name: a
// problem of the data, which the unit can fix, never one of the browser. Pure.
import type { DossierDataInvalid } from '../pdf/merge';
import { unnamedNomineeMessage, type NomineeGroups } from '../pdf/slots';
import type { DossierDataNominee } from '../schemas/dossierData';
import { describeIssues, issueReason } from '../schemas/issues';
import type { MeetingDraft } from '../storage/dossierDraft';
import { quotedName } from '../text/vietnamese';
import { MEETING_LABELS } from './meetingLabels';
import type { DossierTarget } from './targets';

/** One problem of the data: a Vietnamese sentence, and where it is fixed (null: nowhere the unit can reach). */
export interface DataProblem {
  message: string;
  target: DossierTarget | null;
}

type NomineeField = keyof DossierDataNominee;

/** Fields of a nominee, as a message names them; those not listed are fixed in the planner's list. */
const NOMINEE_FIELDS: Record<NomineeField, string> = {
  id: 'mã',
  kind: 'loại (tập thể hay cá nhân)',
  nomineeKind: 'loại đối tượng',
  name: 'tên',
  position: 'chức vụ',
  unit: 'đơn vị công tác',
  birthYear: 'năm sinh',
  birthDate: 'ngày sinh',
  gender: 'giới tính',
  holdsLeadershipPost: 'giữ chức vụ lãnh đạo, quản lý',
  womenSharePercent: 'tỷ lệ nữ',
  selfCheck: 'kết quả tự kiểm tra',
  votesInFavour: 'số phiếu đồng ý',
  membersPresent: 'số thành viên có mặt',
};

/** Fields of the meeting and the letter in ho-so.json, by path, with their field of /ho-so/ (named by MEETING_LABELS). */
const MEETING_FIELDS = new Map<string, keyof MeetingDraft>([
  ['meeting.minutesNumber', 'minutesNumber'],
  ['meeting.date', 'date'],
  ['meeting.membersTotal', 'membersTotal'],
  ['meeting.membersPresent', 'membersPresent'],
  ['letter.number', 'letterNumber'],
  ['letter.date', 'letterDate'],
]);

/** Where a nominee's field is fixed: its votes in its report on /ho-so/, those present at the meeting, the rest in the planner's list. */
function nomineeTarget(draftId: string, field: NomineeField | undefined): DossierTarget {
  switch (field) {
    case 'votesInFavour':
      return { kind: 'report', id: draftId, field: 'votesInFavour' };
    case 'membersPresent':
      return { kind: 'meeting', field: 'membersPresent' };
    case 'name':
    case 'position':
    case 'unit':
    case 'birthYear':
    case 'gender':
    case 'holdsLeadershipPost':
    case 'womenSharePercent':
      return { kind: 'nominee', id: draftId, field };
    default:
      return { kind: 'nominee', id: draftId };
  }
}

interface CheckedData {
  nominees?: readonly Pick<DossierDataNominee, 'id' | 'kind' | 'name'>[];
}

/**
 * The problems of ho-so.json's `data` from its schema's `issues`, one per issue, in the order of
 * the data. `draftIds` maps an id of ho-so.json back to the nominee's id in the drafts; `groups`
 * names the groups of nominees (forms.common.nomineeGroups).
 */
export function dataProblems(issues: DossierDataInvalid['issues'], data: unknown, draftIds: ReadonlyMap<string, string>, groups: NomineeGroups): DataProblem[] {
  const nominees = (data as CheckedData | null)?.nominees ?? [];
  const problems: DataProblem[] = [];
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    const reason = issueReason(issue, data);
    const at = head === 'nominees' && typeof index === 'number' ? index : -1;
    const nominee = nominees[at];
    if (nominee) {
      const key = typeof field === 'string' && field in NOMINEE_FIELDS ? (field as NomineeField) : undefined;
      const number = nominees.slice(0, at + 1).filter((other) => other.kind === nominee.kind).length;
      const target = nomineeTarget(draftIds.get(nominee.id) ?? nominee.id, key);
      const message =
        key === 'name' && nominee.name.trim() === ''
          ? unnamedNomineeMessage(groups, nominee.kind, number)
          : `${groups[nominee.kind]} số ${number} ${quotedName(nominee.name)}: ${key ? NOMINEE_FIELDS[key] : 'dữ liệu'} ${reason}.`;
      problems.push({ message, target });
      continue;
    }
    const meeting = MEETING_FIELDS.get(issue.path.slice(0, 2).join('.'));
    if (meeting) {
      problems.push({ message: `${MEETING_LABELS[meeting]} ${reason}.`, target: { kind: 'meeting', field: meeting } });
    } else if (issue.path.join('.') === 'unit.name') {
      problems.push({ message: `Tên đơn vị ${reason}.`, target: { kind: 'profile', field: 'unitName' } });
    } else {
      // not something typed: said as the schema says it
      problems.push({ message: `Dữ liệu hồ sơ chưa hợp lệ: ${describeIssues([issue], data)[0]}.`, target: null });
    }
  }
  return problems;
}
