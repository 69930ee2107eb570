import { downloadDrafts } from '../shared/download';
import type { DraftsPage } from './page';

/** Every draft as one JSON file. */
export function ExportSection({ page }: { page: DraftsPage }) {
  const { stored } = page;
  const exportAll = () => {
    page.clearMessages();
    const fileName = downloadDrafts(stored.drafts);
    page.tell(`Đã tạo tệp ${fileName}. Tệp có thông tin cá nhân: hãy cất giữ cẩn thận, không gửi qua kênh công khai.`);
  };
  return (
    <section aria-labelledby="xuat-tep">
      <h2 id="xuat-tep">Xuất ra tệp</h2>
      <p>
        Tệp JSON chứa toàn bộ bản nháp (thông tin đơn vị, bản tự kiểm tra, danh sách đối tượng, báo cáo thành tích) để lưu dự phòng
        hoặc mở tiếp trên máy khác. Để xuất riêng một đối tượng, dùng nút “Xuất tệp” trong bảng trên.
      </p>
      <button type="button" class="button" onClick={exportAll} disabled={stored.state === 'empty' || stored.state === 'unreadable'}>
        Xuất toàn bộ bản nháp (tệp JSON)
      </button>
    </section>
  );
}
