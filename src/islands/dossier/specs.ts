// The fields of the unit profile and of the meeting and letter: labels and hints (UI wording;
// every fact they print comes from the drafts or content/).
import { FIELD_IDS } from './fieldIds';
import type { ProfileTextField } from '../../schemas/unitProfile';
import type { MeetingDraft } from '../../storage/dossierDraft';
import type { FieldSpec } from './FieldList';

const DATE_HINT = 'Ngày/tháng/năm, ví dụ 05/3/2026. Ghi 3/2026 hoặc 2026 để chừa trống ngày, tháng và viết tay khi ký; để trống cũng được.';
const LINES_HINT = 'Mỗi dòng một hàng như in ở tiêu đề.';

export const PROFILE_FIELDS: readonly FieldSpec<ProfileTextField>[] = [
  { key: 'governingBody', id: FIELD_IDS.profile.governingBody, label: 'Cơ quan chủ quản (nếu có)', hint: `Ví dụ UBND TỈNH ĐẮK LẮK. ${LINES_HINT} Để trống nếu không có.`, rows: 2 },
  { key: 'unitName', id: FIELD_IDS.profile.unitName, label: 'Tên đơn vị', hint: 'Ghi đầy đủ, không viết tắt, ví dụ Ủy ban nhân dân xã Ea Kao.', required: true },
  { key: 'headerName', id: FIELD_IDS.profile.headerName, label: 'Tên đơn vị ở tiêu đề văn bản', hint: LINES_HINT, rows: 2 },
  { key: 'unitSymbol', id: FIELD_IDS.profile.unitSymbol, label: 'Ký hiệu viết tắt của đơn vị', hint: 'Dùng trong số văn bản, ví dụ UBND cho “Số: …/TTr-UBND”.', short: true, required: true },
  { key: 'place', id: FIELD_IDS.profile.place, label: 'Địa danh ghi ở dòng ngày tháng', hint: 'Nơi đơn vị đóng trụ sở.' },
  { key: 'signerAuthority', id: FIELD_IDS.profile.signerAuthority, label: 'Thẩm quyền ký (nếu có)', hint: 'Ví dụ TM. ỦY BAN NHÂN DÂN hoặc KT. GIÁM ĐỐC. Để trống nếu người đứng đầu ký.' },
  { key: 'signerTitle', id: FIELD_IDS.profile.signerTitle, label: 'Chức vụ của người ký', hint: 'Ví dụ CHỦ TỊCH, GIÁM ĐỐC. Người này ký tờ trình và xác nhận các báo cáo thành tích.', required: true },
  { key: 'signerName', id: FIELD_IDS.profile.signerName, label: 'Họ và tên người ký', required: true },
  { key: 'councilName', id: FIELD_IDS.profile.councilName, label: 'Tên Hội đồng Thi đua - Khen thưởng' },
  { key: 'councilChair', id: FIELD_IDS.profile.councilChair, label: 'Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét)', required: true },
  { key: 'councilSecretary', id: FIELD_IDS.profile.councilSecretary, label: 'Thư ký cuộc họp xét khen thưởng', required: true },
  { key: 'drafter', id: FIELD_IDS.profile.drafter, label: 'Đơn vị soạn thảo (viết tắt)', hint: 'Ghi ở dòng “Lưu: VT, …”, ví dụ VP.', short: true, required: true },
];

export const MEETING_FIELDS: readonly FieldSpec<Exclude<keyof MeetingDraft, 'votingMethod'>>[] = [
  { key: 'minutesNumber', id: FIELD_IDS.meeting.minutesNumber, label: 'Số biên bản', hint: 'Chỉ ghi số, ví dụ 3 (in thành 03). Để trống để viết tay.', short: true },
  { key: 'date', id: FIELD_IDS.meeting.date, label: 'Ngày họp', hint: DATE_HINT, short: true },
  { key: 'startTime', id: FIELD_IDS.meeting.startTime, label: 'Giờ bắt đầu', hint: 'Ví dụ 14 giờ 00.', short: true, required: true },
  { key: 'endTime', id: FIELD_IDS.meeting.endTime, label: 'Giờ kết thúc', hint: 'Ví dụ 16 giờ 30.', short: true, required: true },
  { key: 'venue', id: FIELD_IDS.meeting.venue, label: 'Địa điểm họp', hint: 'Ví dụ Hội trường Ủy ban nhân dân xã.', required: true },
  { key: 'membersTotal', id: FIELD_IDS.meeting.membersTotal, label: 'Tổng số thành viên Hội đồng', short: true, numeric: true, required: true },
  { key: 'membersPresent', id: FIELD_IDS.meeting.membersPresent, label: 'Số thành viên có mặt', hint: 'Không lớn hơn tổng số thành viên.', short: true, numeric: true, required: true },
  {
    key: 'absentMembers',
    id: FIELD_IDS.meeting.absentMembers,
    label: 'Thành viên vắng mặt (nếu muốn ghi tên)',
    hint: 'Mỗi dòng một người, ví dụ Nguyễn Văn A: đi công tác. Để trống thì chỉ ghi số người vắng.',
    rows: 2,
  },
];

export const LETTER_FIELDS: readonly FieldSpec<Exclude<keyof MeetingDraft, 'votingMethod'>>[] = [
  { key: 'letterNumber', id: FIELD_IDS.meeting.letterNumber, label: 'Số tờ trình', hint: 'Chỉ ghi số, ví dụ 15. Để trống để viết tay.', short: true },
  { key: 'letterDate', id: FIELD_IDS.meeting.letterDate, label: 'Ngày của tờ trình', hint: DATE_HINT, short: true },
  {
    key: 'campaignAccount',
    id: FIELD_IDS.meeting.campaignAccount,
    label: 'Tóm tắt kết quả phong trào thi đua của đơn vị',
    hint: 'Ghi vào phần nội dung của tờ trình. Mỗi dòng là một đoạn văn; dòng bắt đầu bằng “- ” là một ý liệt kê.',
    rows: 6,
  },
  { key: 'reportDate', id: FIELD_IDS.meeting.reportDate, label: 'Ngày ghi trên các báo cáo thành tích', hint: 'Để trống để dùng ngày của tờ trình.', short: true },
];
