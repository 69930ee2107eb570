import { unreadableCopyFileName, exportFileName, exportNominee, serializeTransfer } from '../../storage/exportFile';
import { updateDrafts } from '../../storage/store';
import { removeNominee } from '../../storage/transfer';
import { downloadText } from '../shared/download';
import { formatDateTime } from '../shared/format';
import { ConfirmPanel } from './ConfirmPanel';
import type { DraftsPage } from './page';
import { StoredList, nomineeRows, rowLabel, type DraftsLabels, type NomineeRow } from './StoredList';

export const LIST_HEADING_ID = 'dang-luu';

/** What is stored on this computer, part by part; each nominee can be exported or deleted. */
export function StoredSection({ page, labels }: { page: DraftsPage; labels: DraftsLabels }) {
  const { stored, unreadable, confirm } = page;
  const drafts = stored.drafts;
  const rows = nomineeRows(drafts);
  const nothingStored = stored.state === 'empty' && !unreadable;

  const exportOne = (row: NomineeRow) => {
    page.clearMessages();
    const file = exportNominee(drafts, row.id);
    if (!file || !row.number) return;
    const fileName = exportFileName(new Date(), row.number);
    downloadText(fileName, serializeTransfer(file));
    page.tell(`Đã tạo tệp ${fileName} cho ${rowLabel(row)}.`);
  };

  const deleteOne = (row: NomineeRow) => {
    const result = updateDrafts((current) => removeNominee(current, row.id));
    if (!result.ok) return page.failed(result.reason, 'bang-doi-tuong');
    page.done(`Đã xóa ${rowLabel(row)} khỏi máy này.`);
    page.close(document.getElementById(LIST_HEADING_ID));
  };

  return (
    <section aria-labelledby={LIST_HEADING_ID}>
      <h2 id={LIST_HEADING_ID} tabIndex={-1}>
        Đang lưu trên máy này
      </h2>
      {drafts.savedAt && <p>Lần lưu gần nhất: {formatDateTime(drafts.savedAt)}.</p>}
      {stored.state === 'salvaged' && <p class="note note--warning">Một phần bản nháp bị hỏng nên không đọc được; phần đọc được hiện dưới đây.</p>}
      {unreadable && (
        <div class="note note--warning">
          <p>
            Trên máy này còn một bản nháp cũ không đọc được (có thể do lỗi khi lưu). Trang đã giữ lại một bản sao để bạn không mất dữ
            liệu; bạn có thể tải về để nhờ hỗ trợ kỹ thuật xem lại.
          </p>
          <button type="button" class="button button--secondary" onClick={() => downloadText(unreadableCopyFileName(), unreadable)}>
            Tải bản sao không đọc được về máy
          </button>
        </div>
      )}
      {nothingStored ? (
        <p>Chưa có bản nháp nào trên máy này.</p>
      ) : (
        <StoredList drafts={drafts} rows={rows} labels={labels} onExportNominee={exportOne} onDeleteNominee={(row) => page.ask({ kind: 'delete-nominee', row })} />
      )}
      {confirm?.kind === 'delete-nominee' && (
        <ConfirmPanel
          id="xac-nhan-xoa-doi-tuong"
          title={`Xóa ${rowLabel(confirm.row)}?`}
          confirmLabel="Xóa đối tượng này"
          destructive
          onConfirm={() => deleteOne(confirm.row)}
          onCancel={() => page.close()}
        >
          <p>
            Mục trong danh sách, bản tự kiểm tra và báo cáo thành tích của đối tượng này sẽ bị xóa khỏi máy. Không hoàn tác được; nếu
            cần giữ, hãy xuất tệp trước.
          </p>
        </ConfirmPanel>
      )}
    </section>
  );
}
