// The fields of the unit profile and of the meeting and letter: labels and hints (UI wording;
// every fact they print comes from the drafts or content/).
import { FIELD_IDS } from './fieldIds';
import type { UnitProfile } from '../../schemas/unitProfile';
import type { MeetingDraft } from '../../storage/dossierDraft';
import type { FieldSpec } from './FieldList';

const DATE_HINT = 'Ngày/tháng/năm, ví dụ 05/3/2026. Ghi 3/2026 hoặc 2026 để chừa trống ngày, tháng và viết tay khi ký; để trống cũng được.';

export const PROFILE_FIELDS: readonly FieldSpec<keyof UnitProfile>[] = [
  { key: 'governingBody', id: FIELD_IDS.profile.governingBody, label: 'Cơ quan chủ quản (nếu có)', hint: 'Dòng trên tên đơn vị ở góc trái văn bản, ví dụ ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK. Để trống nếu không có.' },
  { key: 'unitName', id: FIELD_IDS.profile.unitName, label: 'Tên đơn vị', hint: 'Ghi đầy đủ, không viết tắt, ví dụ Ủy ban nhân dân xã Ea Kar.', required: true },
  { key: 'unitSymbol', id: FIELD_IDS.profile.unitSymbol, label: 'Ký hiệu viết tắt của đơn vị', hint: 'Dùng trong số văn bản, ví dụ UBND cho “Số: …/TTr-UBND”.', short: true, required: true },
  { key: 'place', id: FIELD_IDS.profile.place, label: 'Địa danh ghi ở dòng ngày tháng', hint: 'Ví dụ Ea Kar trong “Ea Kar, ngày … tháng … năm 2026”.', required: true },
  { key: 'signerAuthority', id: FIELD_IDS.profile.signerAuthority, label: 'Thẩm quyền ký (nếu có)', hint: 'Ví dụ TM. ỦY BAN NHÂN DÂN hoặc KT. CHỦ TỊCH. Để trống nếu người đứng đầu ký.' },
  { key: 'signerTitle', id: FIELD_IDS.profile.signerTitle, label: 'Chức vụ của người ký', hint: 'Ví dụ CHỦ TỊCH, PHÓ CHỦ TỊCH, GIÁM ĐỐC.', required: true },
  { key: 'signerName', id: FIELD_IDS.profile.signerName, label: 'Họ và tên người ký', required: true },
  { key: 'councilChair', id: FIELD_IDS.profile.councilChair, label: 'Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét)', required: true },
  { key: 'councilSecretary', id: FIELD_IDS.profile.councilSecretary, label: 'Thư ký cuộc họp xét khen thưởng', required: true },
];

export const MEETING_FIELDS: readonly FieldSpec<keyof MeetingDraft>[] = [
  { key: 'minutesNumber', id: FIELD_IDS.meeting.minutesNumber, label: 'Số biên bản', hint: 'Chỉ ghi số, ví dụ 3 (in thành 03). Để trống để viết tay.', short: true },
  { key: 'date', id: FIELD_IDS.meeting.date, label: 'Ngày họp', hint: DATE_HINT, short: true },
  { key: 'startTime', id: FIELD_IDS.meeting.startTime, label: 'Giờ bắt đầu', hint: 'Ví dụ 14 giờ 00.', short: true, required: true },
  { key: 'endTime', id: FIELD_IDS.meeting.endTime, label: 'Giờ kết thúc', hint: 'Ví dụ 16 giờ 30.', short: true, required: true },
  { key: 'venue', id: FIELD_IDS.meeting.venue, label: 'Địa điểm họp', hint: 'Ví dụ Hội trường Ủy ban nhân dân xã.', required: true },
  { key: 'membersTotal', id: FIELD_IDS.meeting.membersTotal, label: 'Tổng số thành viên Hội đồng', short: true, numeric: true, required: true },
  { key: 'membersPresent', id: FIELD_IDS.meeting.membersPresent, label: 'Số thành viên có mặt', hint: 'Không lớn hơn tổng số thành viên.', short: true, numeric: true, required: true },
];

export const LETTER_FIELDS: readonly FieldSpec<keyof MeetingDraft>[] = [
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
