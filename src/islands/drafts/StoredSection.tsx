import { useState } from 'preact/hooks';
import { exportFileName, exportNominee, serializeTransfer } from '../../storage/exportFile';
import { dropUnreadable } from '../../storage/cleanup';
import { updateDrafts } from '../../storage/store';
import { removeNominee } from '../../storage/transfer';
import { downloadText } from '../shared/download';
import { formatDateTime } from '../shared/format';
import type { OldDrafts as OldDraftsType } from '../shared/OldDrafts';
import { ConfirmPanel } from './ConfirmPanel';
import type { DraftsPage } from './page';
import { StoredList, nomineeRows, rowLabel, type DraftsLabels, type NomineeRow } from './StoredList';

/** The notice about unreadable drafts, fetched when there are any (rarely). */
let OldDrafts: typeof OldDraftsType | undefined;

export const LIST_HEADING_ID = 'dang-luu';

/** What is stored on this computer, part by part; each nominee can be exported or deleted. */
export function StoredSection({ page, labels }: { page: DraftsPage; labels: DraftsLabels }) {
  const { stored, old, confirm } = page;
  const drafts = stored.drafts;
  const rows = nomineeRows(drafts);
  const nothingRead = stored.state === 'empty' || stored.state === 'unreadable';
  const [, setLoaded] = useState(false);
  /** the old data for which the notice could not be fetched (offline, or the site updated): fetched again for other data */
  const [unloaded, setUnloaded] = useState<string | null>(null);
  if (old && !OldDrafts && unloaded !== old.raw) {
    import('../shared/OldDrafts').then(
      (module) => {
        OldDrafts = module.OldDrafts;
        setLoaded(true);
      },
      () => setUnloaded(old.raw),
    );
  }

  /** The old data may go: downloaded while no copy could be kept, or discarded. */
  const drop = (raw: string, text: string) => {
    const result = dropUnreadable(raw);
    if (!result.ok) return page.failed(result.reason, LIST_HEADING_ID);
    page.done(text);
  };

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
      {old && OldDrafts && (
        <div class="note note--warning">
          <OldDrafts
            key={old.raw.length}
            rescue={old}
            onDownloaded={() => !old.kept && drop(old.raw, 'Đã tải dữ liệu cũ về máy; trang đã bỏ dữ liệu đó khỏi máy để lưu tiếp.')}
            onDiscard={() => drop(old.raw, 'Đã xóa dữ liệu cũ khỏi máy này.')}
          />
        </div>
      )}
      {old && !OldDrafts && unloaded === old.raw && (
        <p class="note note--warning" role="alert">
          Trên máy này có bản nháp cũ không đọc được trọn vẹn (vẫn còn nguyên), nhưng trang chưa tải được phần thông báo về bản nháp
          đó. Hãy tải lại trang.
        </p>
      )}
      {nothingRead ? (
        <p>Chưa có bản nháp nào {stored.state === 'unreadable' ? 'đọc được ' : ''}trên máy này.</p>
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
