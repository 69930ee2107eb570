// What the site says when the drafts could not be saved, once for every page: the storage (full,
// denied, failing) or the data (invalid, or old drafts that must not be written over), never the
// browser for a problem of the data.
import type { StorageProblem } from '../../storage/store';

/** Why nothing could be saved, one sentence per problem. */
export const STORAGE_PROBLEMS: Record<StorageProblem, string> = {
  quota: 'Bộ nhớ của trình duyệt đã đầy.',
  unavailable: 'Trình duyệt không cho phép lưu trên máy này (có thể đang ở chế độ riêng tư hoặc đã chặn lưu dữ liệu trang web).',
  unknown: 'Bộ nhớ của trình duyệt báo lỗi khi ghi dữ liệu.',
  invalid: 'Dữ liệu cần lưu không hợp lệ (lỗi của trang, không phải của trình duyệt).',
  unkept: 'Bản nháp cũ trên máy không đọc được và không còn chỗ để giữ một bản sao, nên trang chưa ghi đè lên bản nháp đó.',
};
