// The review kept on this device: where it is, its save state, and the whole of it as one JSON
// file (export, import that replaces it after asking, clear after asking). A stored review that
// could not be read is kept and offered for download, never written over silently.
import { useState } from 'preact/hooks';
import { readReview, type Review, type ReviewResult } from '../../schemas/review';
import { FieldMessages } from '../shared/fields';
import { formatDateTime } from '../shared/format';
import type { SaveState } from './useReview';

interface Props {
  review: Review;
  save: SaveState;
  /** the text of a stored review that could not be read, and why */
  unreadable: { raw: string; message: string } | null;
  onExport: () => void;
  onDownloadUnreadable: () => void;
  onImport: (review: Review) => void;
  onClear: () => void;
}

const IMPORT_ID = 'tong-hop-nhap-tep';

export function saveText(save: SaveState): string {
  switch (save.kind) {
    case 'loading':
      return 'Đang mở dữ liệu thẩm định trên máy này…';
    case 'saving':
      return 'Đang lưu…';
    case 'saved':
      return `Đã lưu lúc ${formatDateTime(save.at)} trên máy này.`;
    case 'conflict':
      return 'Dữ liệu thẩm định vừa được lưu ở một thẻ khác: trang đã lấy bản đó, không ghi đè. Hãy xem lại quyết định vừa chọn.';
    case 'failed':
      return `Không lưu được. ${save.message}`;
    default:
      return '';
  }
}

export function ReviewDataSection({ review, save, unreadable, onExport, onDownloadUnreadable, onImport, onClear }: Props) {
  const [picked, setPicked] = useState<{ name: string; review: Review } | null>(null);
  const [error, setError] = useState<{ message: string; problems: string[] } | undefined>(undefined);
  const [confirmClear, setConfirmClear] = useState(false);
  const choose = async (file: File | undefined) => {
    setPicked(null);
    setError(undefined);
    if (!file) return;
    let read: ReviewResult;
    try {
      read = readReview(new Uint8Array(await file.arrayBuffer()));
    } catch {
      read = { ok: false, kind: 'not-json', message: 'Trình duyệt không đọc được tệp: hãy chọn lại.', problems: [] };
    }
    if (read.ok) setPicked({ name: file.name, review: read.review });
    else setError({ message: `Không nhập được tệp “${file.name}”. ${read.message}`, problems: read.problems });
  };
  return (
    <section aria-labelledby="tong-hop-du-lieu">
      <h2 id="tong-hop-du-lieu">4. Dữ liệu thẩm định trên máy này</h2>
      <p>
        Các quyết định ({review.marks.length} đánh dấu) và số, ngày, người ký văn bản của Sở được lưu trong trình duyệt trên máy này, không gửi đi đâu. Tệp hồ sơ
        của các đơn vị không được lưu: tải lại trang thì chọn lại các tệp, các quyết định vẫn còn.
      </p>
      <p class={`save-status${save.kind === 'failed' || save.kind === 'conflict' ? ' save-status--failed' : ''}`} role="status" aria-live="polite">
        {saveText(save)}
      </p>
      {unreadable && (
        <div class="note note--warning">
          <p>
            Dữ liệu thẩm định lưu trước đây trên máy này không đọc được ({unreadable.message}). Trang bắt đầu với dữ liệu trống; bản cũ vẫn được giữ lại.
          </p>
          <button type="button" class="button button--secondary" onClick={onDownloadUnreadable}>
            Tải bản không đọc được về máy
          </button>
        </div>
      )}
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={onExport}>
          Tải dữ liệu thẩm định (JSON)
        </button>
      </div>
      <div class={`field${error ? ' field--error' : ''}`}>
        <label for={IMPORT_ID}>Nhập dữ liệu thẩm định từ tệp (.json)</label>
        <FieldMessages id={IMPORT_ID} hint="Thay toàn bộ quyết định trên máy này bằng nội dung tệp, sau khi hỏi lại." error={error?.message} details={error?.problems} />
        <input
          id={IMPORT_ID}
          type="file"
          accept=".json,application/json"
          aria-describedby={[`${IMPORT_ID}-goi-y`, error ? `${IMPORT_ID}-loi` : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(event) => void choose((event.currentTarget as HTMLInputElement).files?.[0])}
        />
      </div>
      {picked && (
        <div class="note note--important" role="group" aria-labelledby="tong-hop-xac-nhan-nhap">
          <p id="tong-hop-xac-nhan-nhap">
            Thay {review.marks.length} đánh dấu trên máy này bằng {picked.review.marks.length} đánh dấu của tệp “{picked.name}”?
          </p>
          <div class="button-group">
            <button
              type="button"
              class="button"
              onClick={() => {
                onImport(picked.review);
                setPicked(null);
              }}
            >
              Thay bằng nội dung tệp
            </button>
            <button type="button" class="button button--secondary" onClick={() => setPicked(null)}>
              Không nhập
            </button>
          </div>
        </div>
      )}
      {confirmClear ? (
        <div class="note note--warning" role="group" aria-labelledby="tong-hop-xac-nhan-xoa">
          <p id="tong-hop-xac-nhan-xoa">Xóa {review.marks.length} đánh dấu và số, ngày văn bản của Sở trên máy này? Không khôi phục được nếu chưa tải tệp dữ liệu về máy.</p>
          <div class="button-group">
            <button
              type="button"
              class="button button--warning"
              onClick={() => {
                setConfirmClear(false);
                onClear();
              }}
            >
              Xóa dữ liệu thẩm định
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirmClear(false)}>
              Không xóa
            </button>
          </div>
        </div>
      ) : (
        <div class="button-group">
          <button type="button" class="button button--secondary" onClick={() => setConfirmClear(true)}>
            Xóa dữ liệu thẩm định trên máy này
          </button>
        </div>
      )}
    </section>
  );
}
