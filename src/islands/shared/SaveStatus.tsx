import type { SaveState } from './useDrafts';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The visible "Đã lưu lúc …" line, announced politely to screen readers. */
export function SaveStatus({ save }: { save: SaveState }) {
  let text = '';
  if (save.state === 'pending') text = 'Đang lưu…';
  if (save.state === 'saved') text = `Đã lưu lúc ${time(save.savedAt)} trên máy này.`;
  if (save.state === 'failed') {
    text =
      save.reason === 'quota'
        ? 'Không lưu được: bộ nhớ của trình duyệt đã đầy. Nội dung trên màn hình vẫn còn; hãy xuất bản nháp ra tệp JSON ở trang Bản nháp.'
        : 'Không lưu được: trình duyệt không cho phép lưu (có thể đang ở chế độ riêng tư). Nội dung trên màn hình vẫn còn; hãy xuất bản nháp ra tệp JSON ở trang Bản nháp.';
  }
  return (
    <p class={`save-status${save.state === 'failed' ? ' save-status--failed' : ''}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
