// The notice about stored drafts that could not be read, with "Tải dữ liệu cũ về máy": on the tool
// pages in the bar of SaveProblems (loaded when needed), on the drafts page above the list. What
// the page could not read is listed as the pages name it; the download is a rescue file that the
// import of /ban-nhap/ reads back (what can be read of it).
import { useMemo, useState } from 'preact/hooks';
import { exportUnreadable, serializeTransfer, unreadableCopyFileName } from '../../storage/exportFile';
import { describeUnreadable } from '../../storage/unreadable';
import { droppedParts } from './droppedParts';
import { downloadText } from './download';
import { focusSoon } from './focus';

/** At most this many dropped parts are listed (the file keeps them all). */
const LISTED = 5;

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
  const dropped = useMemo(() => (kind === 'copy' ? [] : droppedParts(raw)), [kind, raw]);
  const what =
    kind === 'copy'
      ? 'Trên máy này còn giữ bản sao của một bản nháp cũ không đọc được.'
      : kind === 'salvaged'
        ? 'Một phần bản nháp lưu trên máy này không đọc được nên không hiện trên trang; phần còn lại vẫn hiện bình thường. Những phần không đọc được:'
        : `Bản nháp lưu trên máy này không đọc được: ${describeUnreadable(raw)}.`;
  const next = !kept
    ? 'Bộ nhớ không còn chỗ để giữ một bản sao, nên trang tạm ngừng lưu để không ghi đè lên dữ liệu cũ. Hãy tải dữ liệu cũ về máy, trang sẽ lưu tiếp ngay sau đó; nếu không cần dữ liệu cũ, bạn có thể bỏ nó.'
    : kind === 'copy'
      ? 'Hãy tải về máy để lưu giữ (có thể nhập lại tệp này ở mục “Nhập từ tệp”, hoặc gửi hỗ trợ kỹ thuật xem lại), rồi xóa khỏi máy.'
      : 'Trang đã giữ lại một bản sao nguyên vẹn (xem ở trang Bản nháp) để không mất dữ liệu. Hãy tải về máy để lưu giữ: có thể nhập lại tệp này ở trang Bản nháp, hoặc gửi hỗ trợ kỹ thuật để xem lại những phần không đọc được.';
  const download = () => {
    const name = unreadableCopyFileName();
    downloadText(name, serializeTransfer(exportUnreadable(raw)));
    setDone(`Đã tải tệp ${name}.${kept ? '' : ' Trang lưu tiếp từ bây giờ.'}`);
    onDownloaded();
  };
  return (
    <div class="old-drafts">
      <div role="alert">
        <p>
          <strong>{what}</strong>
        </p>
        {dropped.length > 0 && (
          <ul>
            {dropped.slice(0, LISTED).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
            {dropped.length > LISTED && <li>… và {dropped.length - LISTED} chỗ khác (có trong tệp tải về).</li>}
          </ul>
        )}
        <p>{next}</p>
      </div>
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
