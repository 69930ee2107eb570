import type { Drafts } from '../../storage/drafts';
import { formatDateTime, formatTime } from './format';
import { STORAGE_PROBLEMS } from './storageMessages';
import type { SaveState } from './useDrafts';

const KEPT = 'Nội dung trên màn hình vẫn còn';

// The export only matters when saving fails, so its code is fetched on that click rather than
// weighing on every island (the self-check's budget is 20 KB).
const downloadNow = async (drafts: Drafts) => (await import('./download')).downloadDrafts(drafts);

function statusText(save: SaveState): string {
  switch (save.state) {
    case 'pending':
      return 'Đang lưu…';
    case 'saved':
      return `Đã lưu lúc ${formatTime(save.savedAt)} trên máy này.`;
    case 'failed':
      return `Không lưu được. ${STORAGE_PROBLEMS[save.reason]} ${KEPT}; hãy tải bản nháp về máy thành tệp JSON để không mất.`;
    case 'conflict': {
      const when = save.savedAt ? ` lúc ${formatDateTime(save.savedAt)}` : '';
      return save.deleted
        ? `Bản nháp đã bị xóa ở một thẻ khác${when}. Trang này tạm ngừng tự động lưu; ${KEPT.toLowerCase()}.`
        : `Bản nháp đã được sửa ở một thẻ khác${when}. Trang này tạm ngừng tự động lưu để không ghi đè lên bản đó; ${KEPT.toLowerCase()}.`;
    }
    default:
      return '';
  }
}

/**
 * The visible "Đã lưu lúc …" line, announced politely to screen readers; when saving fails it
 * offers the drafts as a JSON file, and when another tab saved the same draft it offers the choice.
 */
export function SaveStatus({ save }: { save: SaveState }) {
  const alert = save.state === 'failed' || save.state === 'conflict';
  return (
    <div class="save-status-box">
      <p class={`save-status${alert ? ' save-status--failed' : ''}`} role="status" aria-live="polite">
        {statusText(save)}
      </p>
      {save.state === 'failed' && (
        <p>
          <button type="button" class="button button--secondary" onClick={() => downloadNow(save.exportDrafts())}>
            Tải bản nháp về máy (tệp JSON)
          </button>
        </p>
      )}
      {save.state === 'conflict' && (
        <div class="button-group">
          <button type="button" class="button" onClick={save.loadNewer}>
            {save.deleted ? 'Để trống như thẻ kia' : 'Tải bản mới hơn'}
          </button>
          <button type="button" class="button button--secondary" onClick={save.keepMine}>
            {save.deleted ? 'Lưu lại bản đang hiển thị' : 'Giữ bản của tôi và ghi đè'}
          </button>
        </div>
      )}
    </div>
  );
}
