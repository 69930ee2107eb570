import { useMemo, useRef, useState } from 'preact/hooks';
import type { Drafts as StoredDrafts } from '../storage/drafts';
import { exportFileName, exportNominee, serializeTransfer, unreadableCopyFileName } from '../storage/exportFile';
import { checkStorage, clearAllDrafts, readStored, readUnreadableCopy, updateDrafts, type StorageProblem } from '../storage/store';
import { MAX_IMPORT_BYTES, TOO_LARGE, hasNominee, mergeNominee, readTransfer, removeNominee, type NomineeTransfer } from '../storage/transfer';
import { ConfirmPanel } from './drafts/ConfirmPanel';
import { StoredList, nomineeRows, rowLabel, type DraftsLabels, type NomineeRow } from './drafts/StoredList';
import './drafts/drafts.css';
import { downloadDrafts, downloadText } from './shared/download';
import { ErrorSummary, type FieldError } from './shared/ErrorSummary';
import { focusSoon } from './shared/focus';
import { formatDateTime } from './shared/format';
import { useStored } from './shared/useStoredDrafts';

export interface DraftsProps {
  awards: { id: string; shortName: string }[];
  nomineeKinds: { id: string; name: string }[];
  categories: { id: string; label: string }[];
}

type Confirm =
  | { kind: 'delete-all' }
  | { kind: 'delete-nominee'; row: NomineeRow }
  | { kind: 'import-all'; fileName: string; drafts: StoredDrafts; migratedFrom?: number }
  | { kind: 'import-nominee'; fileName: string; transfer: NomineeTransfer };

interface ImportError {
  fileName: string;
  message: string;
  problems: string[];
}

const FILE_INPUT_ID = 'tep-nhap';
const KEPT = 'Bản nháp hiện có trên máy vẫn giữ nguyên.';

const STORAGE_PROBLEMS: Record<StorageProblem, string> = {
  quota: 'Bộ nhớ của trình duyệt đã đầy.',
  unavailable: 'Trình duyệt không cho phép lưu trên máy này (có thể đang ở chế độ riêng tư hoặc đã chặn lưu dữ liệu trang web).',
  unknown: 'Trình duyệt báo lỗi khi lưu.',
};

/** What the page shows: the drafts as found, and the copy of unreadable drafts if one was kept. */
const readAll = () => ({ stored: readStored(), unreadable: readUnreadableCopy() });

const toMap = <T,>(list: T[], key: (item: T) => string, value: (item: T) => string) =>
  Object.fromEntries(list.map((item) => [key(item), value(item)]));

/** The drafts page: what is stored on this computer, export, import, delete. */
export default function Drafts({ awards, nomineeKinds, categories }: DraftsProps) {
  const labels = useMemo<DraftsLabels>(
    () => ({
      awards: toMap(awards, (a) => a.id, (a) => a.shortName),
      nomineeKinds: toMap(nomineeKinds, (k) => k.id, (k) => k.name),
      categories: toMap(categories, (c) => c.id, (c) => c.label),
    }),
    [awards, nomineeKinds, categories],
  );
  // read again after each action here, and when the user comes back from a page that changed the drafts
  const [{ stored, unreadable }, refresh] = useStored(readAll);
  const [problem] = useState(() => checkStorage());
  const [status, setStatus] = useState('');
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [importError, setImportError] = useState<ImportError | null>(null);
  const [actionError, setActionError] = useState<FieldError | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const drafts = stored.drafts;

  const clearMessages = () => {
    setStatus('');
    setImportError(null);
    setActionError(null);
  };

  const ask = (next: Confirm) => {
    clearMessages();
    returnFocus.current = document.activeElement as HTMLElement | null;
    setConfirm(next);
  };

  const close = (focus: HTMLElement | null = returnFocus.current) => {
    setConfirm(null);
    // After the panel is gone: back to the button that opened it, or to the list.
    focusSoon(() => (focus?.isConnected ? focus : listHeading.current));
  };

  const failed = (reason: StorageProblem, fieldId: string) => {
    setActionError({ fieldId, message: `Không lưu được. ${STORAGE_PROBLEMS[reason]} ${KEPT}` });
    setFocusKey((k) => k + 1);
  };

  const exportAll = () => {
    clearMessages();
    const fileName = downloadDrafts(drafts);
    setStatus(`Đã tạo tệp ${fileName}. Tệp có thông tin cá nhân: hãy cất giữ cẩn thận, không gửi qua kênh công khai.`);
  };

  const exportOne = (row: NomineeRow) => {
    clearMessages();
    const file = exportNominee(drafts, row.id);
    if (!file || !row.number) return;
    const fileName = exportFileName(new Date(), row.number);
    downloadText(fileName, serializeTransfer(file));
    setStatus(`Đã tạo tệp ${fileName} cho ${rowLabel(row)}.`);
  };

  const onFile = async (event: Event) => {
    clearMessages();
    setConfirm(null);
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const refuse = (message: string, problems: string[] = []) => {
      setImportError({ fileName: file.name, message, problems });
      setFocusKey((k) => k + 1);
    };
    if (file.size > MAX_IMPORT_BYTES) return refuse(TOO_LARGE);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('Không đọc được tệp.');
    } finally {
      input.value = ''; // the same file can be chosen again
    }
    const result = readTransfer(text);
    if (!result.ok) return refuse(result.message, result.problems);
    returnFocus.current = input;
    if (result.scope === 'all') {
      setConfirm({ kind: 'import-all', fileName: file.name, drafts: result.drafts, migratedFrom: result.migratedFrom });
    } else if (hasNominee(drafts, result.transfer.nominee)) {
      setConfirm({ kind: 'import-nominee', fileName: file.name, transfer: result.transfer });
    } else {
      importNominee(file.name, result.transfer);
    }
  };

  const importNominee = (fileName: string, transfer: NomineeTransfer) => {
    const result = updateDrafts((current) => mergeNominee(current, transfer), undefined, { keepChangeTimes: true });
    if (!result.ok) return failed(result.reason, FILE_INPUT_ID);
    refresh();
    setStatus(`Đã nhập ${transfer.nominee.name.trim() || 'một đối tượng'} từ tệp ${fileName}.`);
  };

  const onConfirm = () => {
    if (!confirm) return;
    if (confirm.kind === 'delete-all') {
      const result = clearAllDrafts();
      if (!result.ok) return failed(result.reason, 'xoa-toan-bo');
      refresh();
      setStatus('Đã xóa toàn bộ dữ liệu của trang trên máy này.');
      return close();
    }
    if (confirm.kind === 'delete-nominee') {
      const result = updateDrafts((current) => removeNominee(current, confirm.row.id));
      if (!result.ok) return failed(result.reason, 'bang-doi-tuong');
      refresh();
      setStatus(`Đã xóa ${rowLabel(confirm.row)} khỏi máy này.`);
      return close(listHeading.current);
    }
    if (confirm.kind === 'import-all') {
      const result = updateDrafts(() => confirm.drafts, undefined, { keepChangeTimes: true });
      if (!result.ok) return failed(result.reason, FILE_INPUT_ID);
      refresh();
      const migrated = confirm.migratedFrom ? ` Tệp thuộc phiên bản dữ liệu ${confirm.migratedFrom} và đã được chuyển sang phiên bản hiện tại.` : '';
      setStatus(`Đã nhập tệp ${confirm.fileName}: bản nháp trên máy đã được thay bằng nội dung của tệp (${confirm.drafts.quotaPlan.nominees.length} đối tượng).${migrated}`);
      return close();
    }
    importNominee(confirm.fileName, confirm.transfer);
    close();
  };

  const summaryErrors: FieldError[] = importError
    ? [{ fieldId: FILE_INPUT_ID, message: `Không nhập được tệp ${importError.fileName}. ${KEPT}` }]
    : actionError
      ? [actionError]
      : [];
  const rows = nomineeRows(drafts);
  const nothingStored = stored.state === 'empty' && !unreadable;

  return (
    <div class="drafts">
      <ErrorSummary errors={summaryErrors} focusKey={focusKey} title="Không thực hiện được" />
      <p class="drafts-status note note--important" role="status" aria-live="polite">
        {status}
      </p>

      {problem && (
        <div class="note note--warning">
          <p>
            <strong>Trình duyệt này không lưu được bản nháp.</strong> {STORAGE_PROBLEMS[problem]} Những gì bạn nhập ở các trang
            khác vẫn hiện trên màn hình nhưng sẽ mất khi đóng trang; hãy dùng nút “Tải bản nháp về máy” ở trang đó trước khi đóng.
          </p>
        </div>
      )}

      <section aria-labelledby="dang-luu">
        <h2 id="dang-luu" ref={listHeading} tabIndex={-1}>
          Đang lưu trên máy này
        </h2>
        {drafts.savedAt && <p>Lần lưu gần nhất: {formatDateTime(drafts.savedAt)}.</p>}
        {stored.state === 'salvaged' && (
          <p class="note note--warning">Một phần bản nháp bị hỏng nên không đọc được; phần đọc được hiện dưới đây.</p>
        )}
        {unreadable && (
          <div class="note note--warning">
            <p>
              Trên máy này còn một bản nháp cũ không đọc được (có thể do lỗi khi lưu). Trang đã giữ lại một bản sao để bạn không mất
              dữ liệu; bạn có thể tải về để nhờ hỗ trợ kỹ thuật xem lại.
            </p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => downloadText(unreadableCopyFileName(), unreadable)}
            >
              Tải bản sao không đọc được về máy
            </button>
          </div>
        )}
        {nothingStored ? <p>Chưa có bản nháp nào trên máy này.</p> : (
          <StoredList drafts={drafts} rows={rows} labels={labels} onExportNominee={exportOne} onDeleteNominee={(row) => ask({ kind: 'delete-nominee', row })} />
        )}
        {confirm?.kind === 'delete-nominee' && (
          <ConfirmPanel id="xac-nhan-xoa-doi-tuong" title={`Xóa ${rowLabel(confirm.row)}?`} confirmLabel="Xóa đối tượng này" destructive onConfirm={onConfirm} onCancel={() => close()}>
            <p>
              Mục trong danh sách, bản tự kiểm tra và báo cáo thành tích của đối tượng này sẽ bị xóa khỏi máy. Không hoàn tác được;
              nếu cần giữ, hãy xuất tệp trước.
            </p>
          </ConfirmPanel>
        )}
      </section>

      <section aria-labelledby="xuat-tep">
        <h2 id="xuat-tep">Xuất ra tệp</h2>
        <p>
          Tệp JSON chứa toàn bộ bản nháp (thông tin đơn vị, bản tự kiểm tra, danh sách đối tượng, báo cáo thành tích) để lưu dự phòng
          hoặc mở tiếp trên máy khác. Để xuất riêng một đối tượng, dùng nút “Xuất tệp” trong bảng trên.
        </p>
        <button type="button" class="button" onClick={exportAll} disabled={nothingStored}>
          Xuất toàn bộ bản nháp (tệp JSON)
        </button>
      </section>

      <section aria-labelledby="nhap-tep">
        <h2 id="nhap-tep">Nhập từ tệp</h2>
        <div class={`field${importError ? ' field--error' : ''}`}>
          <label for={FILE_INPUT_ID}>Chọn tệp bản nháp (.json)</label>
          <span class="hint" id={`${FILE_INPUT_ID}-goi-y`}>
            Tệp đã xuất từ trang này. Cả tệp được kiểm tra trước khi nhập; tệp có lỗi không được nhập và bản nháp hiện có giữ nguyên.
            Tệp toàn bộ bản nháp sẽ thay thế bản nháp hiện có (sau khi bạn xác nhận); tệp một đối tượng được thêm vào danh sách.
          </span>
          {importError && (
            <div class="error-message" id={`${FILE_INPUT_ID}-loi`}>
              <span class="visually-hidden">Lỗi: </span>
              Không nhập được tệp {importError.fileName}. {importError.message}
              {importError.problems.length > 0 && (
                <ul class="drafts-problems">
                  {importError.problems.map((line) => (
                    <li key={line}>
                      <code>{line}</code>
                    </li>
                  ))}
                </ul>
              )}
              {KEPT}
            </div>
          )}
          <input
            type="file"
            id={FILE_INPUT_ID}
            name={FILE_INPUT_ID}
            accept=".json,application/json"
            aria-describedby={`${FILE_INPUT_ID}-goi-y${importError ? ` ${FILE_INPUT_ID}-loi` : ''}`}
            aria-invalid={importError ? true : undefined}
            onChange={onFile}
          />
        </div>
        {confirm?.kind === 'import-all' && (
          <ConfirmPanel id="xac-nhan-nhap" title="Thay toàn bộ bản nháp bằng tệp này?" confirmLabel="Thay bằng nội dung tệp" destructive onConfirm={onConfirm} onCancel={() => close()}>
            <p>
              Tệp {confirm.fileName} có {confirm.drafts.quotaPlan.nominees.length} đối tượng
              {confirm.drafts.dossier.profile.unitName.trim() ? `, đơn vị ${confirm.drafts.dossier.profile.unitName.trim()}` : ''}
              {confirm.drafts.savedAt ? `, lưu lần cuối lúc ${formatDateTime(confirm.drafts.savedAt)}` : ''}. Bản nháp hiện có trên máy
              ({rows.length} đối tượng) sẽ bị thay thế; nếu cần giữ, hãy xuất tệp trước.
            </p>
          </ConfirmPanel>
        )}
        {confirm?.kind === 'import-nominee' && (
          <ConfirmPanel id="xac-nhan-nhap" title="Thay đối tượng đã có bằng bản trong tệp?" confirmLabel="Thay bằng bản trong tệp" onConfirm={onConfirm} onCancel={() => close()}>
            <p>
              Danh sách đã có đối tượng này ({confirm.transfer.nominee.name.trim() || 'chưa có tên'}). Mục trong danh sách, bản tự kiểm tra
              và báo cáo thành tích của đối tượng sẽ được thay bằng bản trong tệp {confirm.fileName}; các đối tượng khác giữ nguyên.
            </p>
          </ConfirmPanel>
        )}
      </section>

      <section aria-labelledby="xoa-du-lieu">
        <h2 id="xoa-du-lieu">Xóa dữ liệu</h2>
        <p>Trên máy dùng chung, hãy xóa dữ liệu khi đã làm xong (sau khi xuất tệp nếu cần giữ).</p>
        <button type="button" id="xoa-toan-bo" class="button button--warning" onClick={() => ask({ kind: 'delete-all' })}>
          Xóa toàn bộ dữ liệu trên máy này
        </button>
        {confirm?.kind === 'delete-all' && (
          <ConfirmPanel id="xac-nhan-xoa" title="Xóa toàn bộ dữ liệu trên máy này?" confirmLabel="Xóa toàn bộ" destructive onConfirm={onConfirm} onCancel={() => close()}>
            <p>
              Thông tin đơn vị, mọi bản tự kiểm tra, danh sách đối tượng và báo cáo thành tích mà trang này lưu trong trình duyệt sẽ bị
              xóa. Không hoàn tác được; nếu cần giữ, hãy xuất tệp trước.
            </p>
          </ConfirmPanel>
        )}
      </section>
    </div>
  );
}
