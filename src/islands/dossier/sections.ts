// The parts of /ho-so/, in the order the unit fills them, and which part each issue of the
// dossier's check belongs to, for the task list at the top of the builder.
import type { DossierTarget } from '../../dossier/targets';

export const SECTIONS = [
  { id: 'hs-phan-don-vi', heading: '1. Thông tin đơn vị' },
  { id: 'hs-phan-danh-sach', heading: '2. Danh sách đề nghị và kết quả bỏ phiếu' },
  { id: 'hs-phan-cuoc-hop', heading: '3. Cuộc họp xét khen thưởng và tờ trình' },
  { id: 'hs-phan-bao-cao', heading: '4. Báo cáo thành tích' },
  { id: 'hs-phan-tao', heading: '5. Tạo hồ sơ' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The part of the page where an issue is fixed (the list and the units' choices: part 2, which links to the planner). */
export function sectionOf(target: DossierTarget): SectionId {
  switch (target.kind) {
    case 'profile':
      return 'hs-phan-don-vi';
    case 'meeting':
      return 'hs-phan-cuoc-hop';
    case 'report':
      return target.field === 'achievementSummary' || target.field === 'votesInFavour' ? 'hs-phan-danh-sach' : 'hs-phan-bao-cao';
    default:
      return 'hs-phan-danh-sach';
  }
}
