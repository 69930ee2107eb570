// The notice about stored drafts that could not be read, with "Tải dữ liệu cũ về máy": on the tool
// pages in the bar of SaveProblems (loaded when needed), on the drafts page above the list.
import { useState } from 'preact/hooks';
import { unreadableCopyFileName } from '../../storage/exportFile';
import { describeUnreadable } from '../../storage/unreadable';
import { downloadText } from './download';
import { focusSoon } from './focus';

const DISCARD_ID = 'du-lieu-cu-bo';
const CONFIRM_ID = 'du-lieu-cu-xac-nhan';

/**
 * Stored drafts that could not be read (`unreadable`, or `salvaged` with the readable parts on the
 * screen), or a copy of such drafts kept from before (`copy`); `kept`: a copy is kept aside.
 */
export interface OldData {
  kind: 'unreadable' | 'salvaged' | 'copy';
  raw: string;
  kept: boolean;
}

interface Props {
  rescue: OldData;
  /** the text was downloaded: it may be written over */
  onDownloaded: () => void;
  /** the user confirmed that the old data may go */
  onDiscard: () => void;
  /** hides the notice until the next page (only offered while a copy is kept) */
  onLater?: () => void;
}

export function OldDrafts({ rescue, onDownloaded, onDiscard, onLater }: Props) {
  const { kind, raw, kept } = rescue;
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState(false);
  const what =
    kind === 'copy'
      ? 'Trên máy này còn giữ bản sao của một bản nháp cũ không đọc được.'
      : `${kind === 'salvaged' ? 'Một phần bản nháp' : 'Bản nháp'} lưu trên máy này không đọc được: ${describeUnreadable(raw)}.${kind === 'salvaged' ? ' Phần đọc được vẫn hiện trên trang.' : ''}`;
  const next = !kept
    ? 'Bộ nhớ không còn chỗ để giữ một bản sao, nên trang tạm ngừng lưu để không ghi đè lên dữ liệu cũ. Hãy tải dữ liệu cũ về máy, trang sẽ lưu tiếp ngay sau đó; nếu không cần dữ liệu cũ, bạn có thể bỏ nó.'
    : kind === 'copy'
      ? 'Hãy tải về máy để nhờ hỗ trợ kỹ thuật xem lại, rồi xóa khỏi máy.'
      : 'Trang đã giữ lại một bản sao (xem ở trang Bản nháp) để bạn không mất dữ liệu; hãy tải về máy để nhờ hỗ trợ kỹ thuật xem lại.';
  const download = () => {
    const name = unreadableCopyFileName();
    downloadText(name, raw);
    setDone(`Đã tải tệp ${name}.${kept ? '' : ' Trang lưu tiếp từ bây giờ.'}`);
    onDownloaded();
  };
  return (
    <div class="old-drafts">
      <p role="alert">
        <strong>{what}</strong> {next}
      </p>
      <p role="status">{done}</p>
      {confirming ? (
        <div class="button-group" role="group" aria-label="Xác nhận bỏ dữ liệu cũ">
          <span>Bỏ hẳn dữ liệu cũ? Sau khi bỏ không lấy lại được.</span>
          <button type="button" id={CONFIRM_ID} class="button button--warning" onClick={onDiscard}>
            Bỏ dữ liệu cũ
          </button>
          <button type="button" class="button button--secondary" onClick={() => {
              setConfirming(false);
              focusSoon(DISCARD_ID);
            }}>
            Hủy
          </button>
        </div>
      ) : (
        <div class="button-group">
          <button type="button" class="button" onClick={download}>
            Tải dữ liệu cũ về máy
          </button>
          <button
            type="button"
            id={DISCARD_ID}
            class="button button--secondary"
            onClick={() => {
              setConfirming(true);
              focusSoon(CONFIRM_ID);
            }}
          >
            {kept ? 'Xóa dữ liệu cũ khỏi máy' : 'Bỏ dữ liệu cũ và lưu tiếp'}
          </button>
          {kept && onLater && (
            <button type="button" class="button button--secondary" onClick={onLater}>
              Để sau
            </button>
          )}
        </div>
      )}
    </div>
  );
}
