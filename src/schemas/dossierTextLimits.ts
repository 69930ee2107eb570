// The most characters of the dossier's own texts (the limits of the nominee's are in
// ./textLimits.ts, which every form's countdown reads: a module of its own keeps these out of the
// pages that have no dossier).
import { characterCount } from './textLimits';

/**
 * Limits of the dossier's own text fields (the unit profile, the meeting, a report's list entry and
 * signer), with the name each takes in messages. Header lines and names must fit a document's
 * header or signature block; a summary must fit a cell of the nominee list.
 */
export const DOSSIER_TEXT_LIMITS = {
  profile: {
    governingBody: { limit: 150, name: 'Cơ quan chủ quản' },
    unitName: { limit: 200, name: 'Tên đơn vị' },
    headerName: { limit: 200, name: 'Tên đơn vị ở tiêu đề văn bản' },
    unitSymbol: { limit: 20, name: 'Ký hiệu viết tắt của đơn vị' },
    place: { limit: 60, name: 'Địa danh' },
    signerAuthority: { limit: 80, name: 'Thẩm quyền ký' },
    signerTitle: { limit: 80, name: 'Chức vụ của người ký' },
    signerName: { limit: 60, name: 'Họ và tên người ký' },
    confirmerAuthority: { limit: 80, name: 'Thẩm quyền ký xác nhận báo cáo thành tích' },
    confirmerTitle: { limit: 80, name: 'Chức vụ của người ký xác nhận báo cáo thành tích' },
    confirmerName: { limit: 60, name: 'Họ và tên người ký xác nhận báo cáo thành tích' },
    councilName: { limit: 200, name: 'Tên Hội đồng Thi đua - Khen thưởng' },
    councilChair: { limit: 60, name: 'Họ và tên Chủ tịch Hội đồng' },
    councilSecretary: { limit: 60, name: 'Họ và tên thư ký' },
    drafter: { limit: 20, name: 'Đơn vị soạn thảo' },
  },
  meeting: {
    minutesNumber: { limit: 10, name: 'Số biên bản' },
    startTime: { limit: 30, name: 'Giờ bắt đầu' },
    endTime: { limit: 30, name: 'Giờ kết thúc' },
    venue: { limit: 200, name: 'Địa điểm họp' },
    letterNumber: { limit: 10, name: 'Số tờ trình' },
    absentMembers: { limit: 2000, name: 'Danh sách thành viên vắng mặt' },
  },
  report: {
    achievementSummary: { limit: 1500, name: 'Tóm tắt thành tích' },
    division: { limit: 200, name: 'Phòng, đơn vị trực thuộc' },
    headTitle: { limit: 80, name: 'Chức vụ của thủ trưởng đơn vị' },
    headName: { limit: 60, name: 'Họ và tên thủ trưởng đơn vị' },
  },
  /** a row of the table of earlier awards (section III of a report); the year is checked as a year */
  earlierAward: {
    award: { limit: 300, name: 'Hình thức khen thưởng' },
    decision: { limit: 200, name: 'Số, ngày quyết định' },
    issuer: { limit: 200, name: 'Cơ quan ban hành' },
  },
} as const;

/**
 * "Tên đơn vị quá dài: 240 ký tự, tối đa 200. Hãy rút gọn." when the text is over its limit, else
 * undefined; `of` names whose text it is ("Tóm tắt thành tích của “Nguyễn Văn A” quá dài: …").
 */
export function tooLongMessage(text: string, { limit, name }: { limit: number; name: string }, of?: string): string | undefined {
  const count = characterCount(text);
  return count > limit ? `${name}${of ? ` của ${of}` : ''} quá dài: ${count} ký tự, tối đa ${limit}. Hãy rút gọn.` : undefined;
}
