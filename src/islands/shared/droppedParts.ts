// What the field-by-field salvage of stored drafts (src/storage/store.ts) leaves out, named as the
// pages name it ("Số phiếu đồng ý của báo cáo “Nguyễn Văn A”: sai kiểu dữ liệu"), never as a code
// path. Loaded with the notice about unreadable drafts and with the import of a rescue file only.
import { MEETING_LABELS } from '../../dossier/meetingLabels';
import { RECORD_KEY_RULE } from '../../schemas/recordKey';
import { CURRENT_CHECK } from '../../schemas/selfCheck';
import { salvage, type SalvageIssue } from '../../storage/store';

// what the import reads of a rescue file (one module to fetch)
export { readRescue } from '../../storage/unreadable';

type Labels = Record<string, string>;
type Data = Record<string, unknown>;

// The labels of the forms (src/islands/dossier/specs.ts, meetingSpecs.ts, the quota planner's form,
// the report editor), shortened; kept here so that the notice loads none of those forms.
const PROFILE: Labels = {
  governingBody: 'Cơ quan chủ quản',
  unitName: 'Tên đơn vị',
  headerName: 'Tên đơn vị ở tiêu đề văn bản',
  unitSymbol: 'Ký hiệu viết tắt của đơn vị',
  place: 'Địa danh ghi ở dòng ngày tháng',
  signerAuthority: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ của người ký',
  signerName: 'Họ và tên người ký',
  confirmerAuthority: 'Thẩm quyền ký xác nhận báo cáo thành tích',
  confirmerTitle: 'Chức vụ của người ký xác nhận báo cáo thành tích',
  confirmerName: 'Họ và tên người ký xác nhận báo cáo thành tích',
  councilName: 'Tên Hội đồng Thi đua - Khen thưởng',
  councilChair: 'Chủ tịch Hội đồng Thi đua - Khen thưởng',
  councilSecretary: 'Thư ký cuộc họp xét khen thưởng',
  drafter: 'Đơn vị soạn thảo',
  legalBases: 'Căn cứ của tờ trình',
};
const MEETING: Labels = MEETING_LABELS;
/** The profile's and the meeting's labels, checked against the forms' by the unit tests. */
export const FORM_LABELS = { profile: PROFILE, meeting: MEETING };
const NOMINEE: Labels = {
  id: 'mã',
  type: 'loại (tập thể hay cá nhân)',
  name: 'tên',
  position: 'chức vụ',
  unit: 'đơn vị công tác',
  birthYear: 'năm sinh',
  birthDate: 'ngày sinh',
  gender: 'giới tính',
  holdsLeadershipPost: 'câu trả lời về chức vụ lãnh đạo, quản lý',
  womenSharePercent: 'tỷ lệ nữ',
  nomineeKind: 'loại đối tượng',
  editingId: 'đối tượng đang sửa',
};
const PLAN: Labels = { categoryId: 'nhóm đơn vị', unitName: 'đơn vị', groupCount: 'số ban, đoàn', nominees: 'danh sách đối tượng', entry: 'đối tượng đang nhập dở' };
const CHECK: Labels = { award: 'hình thức khen thưởng', nomineeKind: 'loại đối tượng', inScope: 'câu trả lời về phạm vi đối tượng', answers: 'các câu trả lời', turnout: 'số liệu cử tri' };
const TURNOUT: Labels = { registered: 'số cử tri có tên trong danh sách', voted: 'số cử tri đã đi bầu' };
const REPORT: Labels = {
  sections: 'các mục',
  earlierAwards: 'bảng khen thưởng đã nhận',
  achievementSummary: 'tóm tắt thành tích',
  votesInFavour: 'số phiếu đồng ý',
  division: 'đơn vị của đối tượng',
  headTitle: 'chức vụ thủ trưởng đơn vị',
  headName: 'họ và tên thủ trưởng đơn vị',
};
const AWARD: Labels = { year: 'năm', award: 'hình thức khen thưởng', decision: 'số, ngày quyết định', issuer: 'cơ quan ban hành' };

/** “Name”, as the pages quote a name (text/words.ts), shortened to 40 characters (a key from a file may be long). */
function quoted(name: string): string {
  const chars = [...name.trim().replace(/\s+/g, ' ')];
  return `“${chars.length > 40 ? `${chars.slice(0, 40).join('').trimEnd()}…` : chars.join('')}”`;
}

const at = (node: unknown, ...path: PropertyKey[]): unknown =>
  path.reduce<unknown>((n, step) => (n !== null && typeof n === 'object' && Object.hasOwn(n, step) ? (n as Data)[step as string] : undefined), node);
const label = (labels: Labels, key: PropertyKey | undefined) => (Object.hasOwn(labels, String(key)) ? labels[String(key)]! : `trường ${quoted(String(key))}`);
/** "<field> của <entry>", or the entry itself. */
const of = (field: string | undefined, entry: string) => (field ? `${field} của ${entry}` : entry);

/** How the nominee of id `id` is named: its name in the list (as first stored), else its id. */
function nomineeNamed(original: unknown, id: PropertyKey): string {
  const list = at(original, 'quotaPlan', 'nominees');
  const found = Array.isArray(list) ? list.find((n) => at(n, 'id') === id) : undefined;
  const name = at(found, 'name');
  return typeof name === 'string' && name.trim() ? quoted(name) : `mã ${quoted(String(id))}`;
}

/** The dropped part at `path` as the pages name it (first letter lower case). */
function partName(path: readonly PropertyKey[], root: Data, original: unknown): string {
  const [part, a, b, c, d] = path;
  if (part === 'selfChecks') {
    if (a === undefined) return 'các bản tự kiểm tra';
    const check = a === CURRENT_CHECK ? 'bản tự kiểm tra đang làm' : `bản tự kiểm tra của ${nomineeNamed(original, a)}`;
    if (b === 'answers' && c !== undefined) return of(`câu trả lời ${quoted(String(c))}`, check);
    if (b === 'turnout' && c !== undefined) return of(label(TURNOUT, c), check);
    return of(b === undefined ? undefined : label(CHECK, b), check);
  }
  if (part === 'quotaPlan') {
    const plan = 'kế hoạch số lượng';
    if (a === 'nominees' && typeof b === 'number') {
      const name = at(root, 'quotaPlan', 'nominees', b, 'name');
      const nominee = `đối tượng ${typeof name === 'string' && name.trim() ? quoted(name) : `thứ ${b + 1} (chưa có tên)`} trong ${plan}`;
      return of(c === undefined ? undefined : label(NOMINEE, c), nominee);
    }
    if (a === 'entry') return of(b === undefined ? undefined : label(NOMINEE, b), `đối tượng đang nhập dở trong ${plan}`);
    return of(a === undefined ? undefined : label(PLAN, a), plan);
  }
  if (part === 'dossier') {
    if (a === 'profile') return b === undefined ? 'thông tin đơn vị' : `${label(PROFILE, b)} trong thông tin đơn vị`;
    if (a === 'meeting') return b === undefined ? 'thông tin cuộc họp xét và tờ trình' : label(MEETING, b);
    if (a === 'reports' && b !== undefined) {
      const report = `báo cáo ${nomineeNamed(original, b)}`;
      if (c === 'sections' && d !== undefined) return of(`mục ${quoted(String(d))}`, report);
      if (c === 'earlierAwards' && typeof d === 'number') {
        const row = `dòng ${d + 1} của bảng khen thưởng đã nhận trong ${report}`;
        return path[5] === undefined ? row : of(label(AWARD, path[5]), row);
      }
      return of(c === undefined ? undefined : label(REPORT, c), report);
    }
    return a === 'reports' ? 'các báo cáo thành tích' : 'hồ sơ';
  }
  // the revision counter, the time of the last save and the change times
  return 'thông tin về các lần lưu';
}

/** Why it was dropped. */
function reason(path: readonly PropertyKey[], issue: SalvageIssue): string {
  if (path.length < issue.path.length) {
    const field = issue.path.at(-1);
    return `không đọc được vì thiếu ${path[1] === 'nominees' ? label(NOMINEE, field) : `trường ${quoted(String(field))}`}`;
  }
  if (issue.code === 'invalid_key' || (issue.code === 'custom' && issue.message === RECORD_KEY_RULE)) return 'mã không hợp lệ';
  if (issue.code === 'invalid_type') return 'sai kiểu dữ liệu';
  return issue.code === 'custom' && issue.message ? issue.message : 'giá trị không hợp lệ';
}

/** What the salvage of the stored text `raw` leaves out, one line each; none when it is not drafts or all of it reads. */
export function droppedParts(raw: string): string[] {
  let json: unknown;
  let original: unknown;
  try {
    json = JSON.parse(raw);
    original = JSON.parse(raw);
  } catch {
    return [];
  }
  const lines: string[] = [];
  salvage(json, (dropped, root) => {
    // a node inside another one dropped in the same round is not named apart
    const keys = new Set(dropped.map(([path]) => JSON.stringify(path)));
    for (const [path, issue] of dropped) {
      if (path.some((_, i) => keys.has(JSON.stringify(path.slice(0, i))))) continue;
      const part = partName(path, root, original);
      lines.push(`${part.charAt(0).toLocaleUpperCase('vi')}${part.slice(1)}: ${reason(path, issue)}`);
    }
  });
  return lines;
}
