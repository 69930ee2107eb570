// What the dossier builder says under a generate button, and the messages of its fields.
import { pure } from '../shared/pure';

/** The line under a generate button. */
export interface Status {
  /** the button it belongs to: a nominee id, or the whole dossier's key */
  at: string;
  /** 'blocked': the check found errors to fix; the line then counts those still shown (shownStatus) */
  tone: 'working' | 'done' | 'failed' | 'blocked';
  text: string;
}

/**
 * The status as shown: a blocked generation counts the errors still to fix, and says nothing once
 * they are fixed (the summary it points to is gone by then).
 */
export function shownStatus(status: Status | null, errorCount: number): Status | null {
  if (status?.tone !== 'blocked') return status;
  return errorCount > 0 ? { ...status, text: `Chưa tạo được tệp: còn ${errorCount} lỗi cần sửa (xem danh sách ở đầu phần lập hồ sơ).` } : null;
}

/** The error (blocking) and the warning of each field, by field id. */
export type MessagesByField = ReadonlyMap<string, { error?: string; warning?: string }>;

export const StatusLine = pure(function StatusLine({ status }: { status: Status | null }) {
  return (
    <p class={`dossier-status${status?.tone === 'failed' || status?.tone === 'blocked' ? ' dossier-status--failed' : ''}`} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );
});
