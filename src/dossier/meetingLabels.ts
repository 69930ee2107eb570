// The labels of the meeting's and the letter's fields on /ho-so/, as every message names them: the
// notice about drafts read in part, and the problems of the dossier's data found before a merge.
// The unit tests check them against the form's own labels. Pure.
import type { MeetingDraft } from '../storage/dossierDraft';

export const MEETING_LABELS: Record<keyof MeetingDraft, string> = {
  minutesNumber: 'Số biên bản',
  date: 'Ngày họp',
  startTime: 'Giờ bắt đầu',
  endTime: 'Giờ kết thúc',
  venue: 'Địa điểm họp',
  membersTotal: 'Tổng số thành viên Hội đồng',
  membersPresent: 'Số thành viên có mặt',
  absentMembers: 'Thành viên vắng mặt',
  votingMethod: 'Hình thức biểu quyết',
  letterNumber: 'Số tờ trình',
  letterDate: 'Ngày của tờ trình',
  campaignAccount: 'Tóm tắt kết quả phong trào thi đua của đơn vị',
  reportDate: 'Ngày ghi trên các báo cáo thành tích',
};
