// What the site says when the browser will not keep the drafts, once for every page.
import type { StorageProblem } from '../../storage/store';

/** Why nothing could be saved, one sentence per problem. */
export const STORAGE_PROBLEMS: Record<StorageProblem, string> = {
  quota: 'Bộ nhớ của trình duyệt đã đầy.',
  unavailable: 'Trình duyệt không cho phép lưu trên máy này (có thể đang ở chế độ riêng tư hoặc đã chặn lưu dữ liệu trang web).',
  unknown: 'Trình duyệt báo lỗi khi lưu.',
};
