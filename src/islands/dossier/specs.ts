// The fields of the unit profile: labels and hints (UI wording; every fact they print comes from
// the drafts or content/). The meeting's and the letter's are in meetingSpecs.ts.
import { FIELD_IDS } from './fieldIds';
import type { ProfileTextField } from '../../schemas/unitProfile';
import { DOSSIER_TEXT_LIMITS } from '../../schemas/dossierTextLimits';
import { withLimits, type FieldSpec } from './FieldList';

const LINES_HINT = 'Mỗi dòng một hàng như in ở tiêu đề.';

const PROFILE_FIELD_LIST: readonly FieldSpec<ProfileTextField>[] = [
  { key: 'governingBody', id: FIELD_IDS.profile.governingBody, label: 'Cơ quan chủ quản (nếu có)', hint: `Ví dụ UBND TỈNH ĐẮK LẮK. ${LINES_HINT} Để trống nếu không có.`, rows: 2 },
  { key: 'unitName', id: FIELD_IDS.profile.unitName, label: 'Tên đơn vị', hint: 'Ghi đầy đủ, không viết tắt, ví dụ Ủy ban nhân dân xã Ea Kao.', required: true },
  { key: 'headerName', id: FIELD_IDS.profile.headerName, label: 'Tên đơn vị ở tiêu đề văn bản', hint: LINES_HINT, rows: 2 },
  { key: 'unitSymbol', id: FIELD_IDS.profile.unitSymbol, label: 'Ký hiệu viết tắt của đơn vị', hint: 'Dùng trong số văn bản, ví dụ UBND cho “Số: …/TTr-UBND”.', short: true, required: true },
  { key: 'place', id: FIELD_IDS.profile.place, label: 'Địa danh ghi ở dòng ngày tháng', hint: 'Nơi đơn vị đóng trụ sở.' },
  { key: 'signerAuthority', id: FIELD_IDS.profile.signerAuthority, label: 'Thẩm quyền ký (nếu có)', hint: 'Ví dụ TM. ỦY BAN NHÂN DÂN hoặc KT. GIÁM ĐỐC. Để trống nếu người đứng đầu ký.' },
  { key: 'signerTitle', id: FIELD_IDS.profile.signerTitle, label: 'Chức vụ của người ký', hint: 'Ví dụ CHỦ TỊCH, GIÁM ĐỐC. Người này ký tờ trình và xác nhận các báo cáo thành tích (trừ khi ghi người khác ở dưới).', required: true },
  { key: 'signerName', id: FIELD_IDS.profile.signerName, label: 'Họ và tên người ký', required: true },
  {
    key: 'confirmerAuthority',
    id: FIELD_IDS.profile.confirmerAuthority,
    label: 'Thẩm quyền ký xác nhận báo cáo thành tích (nếu khác người ký tờ trình)',
    hint: 'Ô “Xác nhận của cấp trình khen thưởng” trên các báo cáo, ví dụ TM. ỦY BAN NHÂN DÂN. Để trống cả ba ô nếu người ký tờ trình ký xác nhận.',
  },
  { key: 'confirmerTitle', id: FIELD_IDS.profile.confirmerTitle, label: 'Chức vụ của người ký xác nhận báo cáo thành tích (nếu khác)', hint: 'Ví dụ CHỦ TỊCH.' },
  { key: 'confirmerName', id: FIELD_IDS.profile.confirmerName, label: 'Họ và tên người ký xác nhận báo cáo thành tích (nếu khác)' },
  { key: 'councilName', id: FIELD_IDS.profile.councilName, label: 'Tên Hội đồng Thi đua - Khen thưởng' },
  { key: 'councilChair', id: FIELD_IDS.profile.councilChair, label: 'Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét)', required: true },
  { key: 'councilSecretary', id: FIELD_IDS.profile.councilSecretary, label: 'Thư ký cuộc họp xét khen thưởng', required: true },
  { key: 'drafter', id: FIELD_IDS.profile.drafter, label: 'Đơn vị soạn thảo (viết tắt)', hint: 'Ghi ở dòng “Lưu: VT, …”, ví dụ VP.', short: true, required: true },
];

/** The profile's fields, each with the most characters it takes (src/schemas/dossierTextLimits.ts). */
export const PROFILE_FIELDS = withLimits(PROFILE_FIELD_LIST, DOSSIER_TEXT_LIMITS.profile);
