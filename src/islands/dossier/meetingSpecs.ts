// The fields of the council's meeting and of the letter: labels and hints (UI wording; every fact
// they print comes from the drafts or content/). Loaded with part 3 of /ho-so/.
import type { MeetingDraft } from '../../storage/dossierDraft';
import { FIELD_IDS } from './fieldIds';
import { DOSSIER_TEXT_LIMITS } from '../../schemas/dossierTextLimits';
import { withLimits, type FieldSpec } from './FieldList';

const DATE_HINT = 'Ngày/tháng/năm, ví dụ 05/3/2026. Ghi 3/2026 hoặc 2026 để chừa trống ngày, tháng và viết tay khi ký; để trống cũng được.';

const MEETING_FIELD_LIST: readonly FieldSpec<Exclude<keyof MeetingDraft, 'votingMethod'>>[] = [
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

const LETTER_FIELD_LIST: readonly FieldSpec<Exclude<keyof MeetingDraft, 'votingMethod'>>[] = [
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

/** The meeting's and the letter's fields, each with the most characters it takes (src/schemas/dossierTextLimits.ts). */
export const MEETING_FIELDS = withLimits(MEETING_FIELD_LIST, DOSSIER_TEXT_LIMITS.meeting);
export const LETTER_FIELDS = withLimits(LETTER_FIELD_LIST, DOSSIER_TEXT_LIMITS.meeting);
