import { clearAllDrafts } from '../../storage/cleanup';
import { ConfirmPanel } from './ConfirmPanel';
import type { DraftsPage } from './page';

const DELETE_ALL_ID = 'xoa-toan-bo';

/** Everything the site keeps on this computer, deleted once confirmed. */
export function DeleteSection({ page }: { page: DraftsPage }) {
  const deleteAll = () => {
    const result = clearAllDrafts();
    if (!result.ok) return page.failed(result.reason, DELETE_ALL_ID);
    page.done('Đã xóa toàn bộ dữ liệu của trang trên máy này.');
    page.close();
  };
  return (
    <section aria-labelledby="xoa-du-lieu">
      <h2 id="xoa-du-lieu">Xóa dữ liệu</h2>
      <p>Trên máy dùng chung, hãy xóa dữ liệu khi đã làm xong (sau khi xuất tệp nếu cần giữ).</p>
      <button type="button" id={DELETE_ALL_ID} class="button button--warning" onClick={() => page.ask({ kind: 'delete-all' })}>
        Xóa toàn bộ dữ liệu trên máy này
      </button>
      {page.confirm?.kind === 'delete-all' && (
        <ConfirmPanel id="xac-nhan-xoa" title="Xóa toàn bộ dữ liệu trên máy này?" confirmLabel="Xóa toàn bộ" destructive onConfirm={deleteAll} onCancel={() => page.close()}>
          <p>
            Thông tin đơn vị, mọi bản tự kiểm tra, danh sách đối tượng và báo cáo thành tích mà trang này lưu trong trình duyệt sẽ bị xóa.
            Không hoàn tác được; nếu cần giữ, hãy xuất tệp trước.
          </p>
        </ConfirmPanel>
      )}
    </section>
  );
}
