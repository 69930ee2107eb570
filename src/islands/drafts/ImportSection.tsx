import { useState } from 'preact/hooks';
import { updateDrafts } from '../../storage/store';
import { hasNominee, MAX_IMPORT_BYTES, mergeNominee, readTransfer, TOO_LARGE } from '../../storage/transfer';
import type { NomineeTransfer } from '../../storage/transferFormat';
import { FileField } from '../shared/FileField';
import { formatDateTime } from '../shared/format';
import { ConfirmPanel } from './ConfirmPanel';
import { KEPT, type Confirm, type DraftsPage } from './page';

export const FILE_INPUT_ID = 'tep-nhap';

interface Refusal {
  message: string;
  problems: string[];
}

/** A file exported from this site: all the drafts (replacing them, once confirmed), or one nominee (added or replacing it). */
export function ImportSection({ page }: { page: DraftsPage }) {
  const { confirm, stored } = page;
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const importNominee = (fileName: string, transfer: NomineeTransfer) => {
    const result = updateDrafts((current) => mergeNominee(current, transfer), undefined, { keepChangeTimes: true });
    if (!result.ok) return page.failed(result.reason, FILE_INPUT_ID);
    page.done(`Đã nhập ${transfer.nominee.name.trim() || 'một đối tượng'} từ tệp ${fileName}.`);
  };

  const onFiles = async ([file]: File[], input: HTMLInputElement) => {
    page.clearMessages();
    page.close(null);
    setRefusal(null);
    if (!file) return;
    // what happened and that nothing changed first, then why (the field lists the invalid fields under it)
    const refuse = (message: string, problems: string[] = []) => {
      const text = `Không nhập được tệp ${file.name}. ${KEPT} ${message}`;
      setRefusal({ message: text, problems });
      page.showError({ fieldId: FILE_INPUT_ID, message: text.replace(/:$/, '.') });
    };
    if (file.size > MAX_IMPORT_BYTES) return refuse(TOO_LARGE);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('Không đọc được tệp.');
    }
    const result = readTransfer(text);
    if (!result.ok) return refuse(result.message, result.problems);
    if (result.scope === 'unreadable') {
      // a rescue file ("Tải dữ liệu cũ về máy"): what can be read of it, and what it leaves out
      let parts: typeof import('../shared/droppedParts');
      try {
        parts = await import('../shared/droppedParts');
      } catch {
        return refuse('Trang chưa tải được một phần cần để đọc tệp này (có thể do mất mạng hoặc trang vừa được cập nhật). Hãy tải lại trang rồi thử lại.');
      }
      const read = parts.readRescue(result.stored);
      if (!read.ok) return refuse(read.message, parts.droppedParts(result.stored));
      page.ask({ kind: 'import-all', fileName: file.name, drafts: read.drafts, dropped: read.salvaged ? parts.droppedParts(result.stored) : [] }, input);
    } else if (result.scope === 'all') page.ask({ kind: 'import-all', fileName: file.name, drafts: result.drafts }, input);
    else if (hasNominee(stored.drafts, result.transfer.nominee)) page.ask({ kind: 'import-nominee', fileName: file.name, transfer: result.transfer }, input);
    else importNominee(file.name, result.transfer);
  };

  const replaceAll = ({ fileName, drafts }: Extract<Confirm, { kind: 'import-all' }>) => {
    const result = updateDrafts(() => drafts, undefined, { keepChangeTimes: true });
    if (!result.ok) return page.failed(result.reason, FILE_INPUT_ID);
    page.done(`Đã nhập tệp ${fileName}: bản nháp trên máy đã được thay bằng nội dung của tệp (${drafts.quotaPlan.nominees.length} đối tượng).`);
    page.close();
  };

  return (
    <section aria-labelledby="nhap-tep">
      <h2 id="nhap-tep">Nhập từ tệp</h2>
      <FileField
        id={FILE_INPUT_ID}
        label="Chọn tệp bản nháp (.json)"
        hint="Tệp đã xuất từ trang này, hoặc tệp dữ liệu cũ đã tải về khi bản nháp không đọc được. Cả tệp được kiểm tra trước khi nhập; tệp có lỗi không được nhập và bản nháp hiện có giữ nguyên. Tệp toàn bộ bản nháp sẽ thay thế bản nháp hiện có (sau khi bạn xác nhận); tệp một đối tượng được thêm vào danh sách."
        accept=".json,application/json"
        error={refusal?.message}
        details={refusal?.problems}
        onFiles={onFiles}
      />
      {confirm?.kind === 'import-all' && (
        <ConfirmPanel
          id="xac-nhan-nhap"
          title="Thay toàn bộ bản nháp bằng tệp này?"
          confirmLabel="Thay bằng nội dung tệp"
          destructive
          onConfirm={() => replaceAll(confirm)}
          onCancel={() => page.close()}
        >
          <p>
            Tệp {confirm.fileName} có {confirm.drafts.quotaPlan.nominees.length} đối tượng
            {confirm.drafts.dossier.profile.unitName.trim() ? `, đơn vị ${confirm.drafts.dossier.profile.unitName.trim()}` : ''}
            {confirm.drafts.savedAt ? `, lưu lần cuối lúc ${formatDateTime(confirm.drafts.savedAt)}` : ''}. Bản nháp hiện có trên máy (
            {stored.drafts.quotaPlan.nominees.length} đối tượng) sẽ bị thay thế; nếu cần giữ, hãy xuất tệp trước.
          </p>
          {!!confirm.dropped?.length && (
            <>
              <p>
                Tệp này giữ một bản nháp cũ không đọc được trọn vẹn. Những phần sau không đọc được nên sẽ không được nhập (trong tệp
                vẫn còn nguyên):
              </p>
              <ul>
                {confirm.dropped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </ConfirmPanel>
      )}
      {confirm?.kind === 'import-nominee' && (
        <ConfirmPanel
          id="xac-nhan-nhap"
          title="Thay đối tượng đã có bằng bản trong tệp?"
          confirmLabel="Thay bằng bản trong tệp"
          onConfirm={() => {
            importNominee(confirm.fileName, confirm.transfer);
            page.close();
          }}
          onCancel={() => page.close()}
        >
          <p>
            Danh sách đã có đối tượng này ({confirm.transfer.nominee.name.trim() || 'chưa có tên'}). Mục trong danh sách, bản tự kiểm tra và
            báo cáo thành tích của đối tượng sẽ được thay bằng bản trong tệp {confirm.fileName}; các đối tượng khác giữ nguyên.
          </p>
        </ConfirmPanel>
      )}
    </section>
  );
}
