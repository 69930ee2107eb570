// The last step: what will be merged (files, pages, size), the warnings to weigh first, the merge
// button with its progress bar, and the finished file with its size before it is downloaded.
import type { DataFix } from './protocol';
import { formatBytes } from '../../pdf/slots';

export type MergeState =
  | { phase: 'idle' }
  | { phase: 'working'; done: number; total: number }
  | { phase: 'done'; blob: Blob; fileName: string; pageCount: number }
  | { phase: 'failed' }
  /** the dossier's data would not make a valid ho-so.json: the problems are listed in the error summary */
  | { phase: 'refused'; problems: DataFix[] }
  /** the files changed after a merge: the merged file was dropped */
  | { phase: 'stale' };

export const RESULT_HEADING_ID = 'pdf-ket-qua';
const PROGRESS_ID = 'pdf-tien-do';

interface Props {
  totals: { files: number; pages: number; bytes: number };
  warnings: string[];
  merge: MergeState;
  announcement: string;
  onMerge: () => void;
  onDownload: () => void;
}

export function MergePanel({ totals, warnings, merge, announcement, onMerge, onDownload }: Props) {
  const busy = merge.phase === 'working';
  return (
    <section aria-labelledby="pdf-phan-ghep" class="assembly-merge">
      <h2 id="pdf-phan-ghep">3. Ghép thành một tệp PDF</h2>
      <p>
        {totals.files > 0
          ? `Sẽ ghép ${totals.files} tệp thành ${totals.pages} trang; tệp PDF khoảng ${formatBytes(totals.bytes)}.`
          : 'Chưa có tệp nào để ghép.'}{' '}
        Các tệp được ghép ngay trên máy này, không gửi đi đâu.
      </p>
      {warnings.length > 0 && (
        <div class="note note--warning">
          <h3>Lưu ý trước khi ghép</h3>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="button-group">
        <button type="button" class="button" disabled={busy} onClick={onMerge}>
          {busy ? 'Đang ghép…' : 'Ghép thành một tệp PDF'}
        </button>
      </div>
      {merge.phase === 'working' && (
        <div class="assembly-progress">
          <label for={PROGRESS_ID}>
            Đang ghép hồ sơ: {Math.round((100 * merge.done) / Math.max(1, merge.total))}% (đã xong {merge.done}/{merge.total} bước). Các nút tạm khóa
            cho đến khi ghép xong.
          </label>
          <progress id={PROGRESS_ID} max={merge.total} value={merge.done}>
            {merge.done}/{merge.total}
          </progress>
        </div>
      )}
      <p class={`assembly-status${merge.phase === 'failed' || merge.phase === 'refused' ? ' assembly-status--failed' : ''}`} role="status" aria-live="polite">
        {announcement}
      </p>
      {merge.phase === 'done' && (
        <div class="assembly-result">
          <h3 id={RESULT_HEADING_ID} tabIndex={-1}>
            Tệp PDF đã sẵn sàng
          </h3>
          <dl>
            <div>
              <dt>Tên tệp</dt>
              <dd>{merge.fileName}</dd>
            </div>
            <div>
              <dt>Số trang</dt>
              <dd>{merge.pageCount}</dd>
            </div>
            <div>
              <dt>Dung lượng</dt>
              <dd>{formatBytes(merge.blob.size)}</dd>
            </div>
          </dl>
          <div class="button-group">
            <button type="button" class="button" onClick={onDownload}>
              Tải tệp PDF ({formatBytes(merge.blob.size)})
            </button>
          </div>
          <p>
            Mở tệp để kiểm tra thứ tự và mục lục (bookmark) của từng văn bản. Nếu đơn vị ký số, hãy ký số trên tệp này rồi nộp qua hệ thống
            iDesk của Sở Nội vụ.
          </p>
        </div>
      )}
    </section>
  );
}
