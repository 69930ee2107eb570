// "Tải dữ liệu hồ sơ (JSON)" beside the ZIP on /ho-so/: the dossier's data (ho-so.json, as the
// merged PDF carries it) for Sở Nội vụ's review page, made in a worker started on the click
// (./dataFile.worker.ts) and saved through an object URL: nothing leaves the device.
import { useState } from 'preact/hooks';
import type { DataFileResult } from '../../dossier/dataFile';
import type { DossierRules } from '../../dossier/nominees';
import type { Drafts } from '../../storage/drafts';
import { ActionButton } from '../shared/ActionButton';
import { pure } from '../shared/pure';
import DataFileWorker from './dataFile.worker?worker';
import type { DataFileRequest } from './dataFile.worker';

const FAILED = 'Không tạo được tệp dữ liệu. Hãy thử lại; nếu vẫn lỗi, tải lại trang (nội dung đã nhập vẫn được lưu trên máy này).';

function make(request: DataFileRequest): Promise<DataFileResult> {
  return new Promise((resolve) => {
    const worker = new DataFileWorker();
    const done = (result: DataFileResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<DataFileResult>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      done({ ok: false, message: FAILED });
    };
    worker.postMessage(request);
  });
}

/** `drafts` gives the drafts as they are when the button is pressed (the component does not render again while typing). */
export const DataDownload = pure(function DataDownload({ drafts: current, rules, flush }: { drafts: () => Drafts; rules: DossierRules; flush: () => void }) {
  const [status, setStatus] = useState<{ failed: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    flush();
    setBusy(true);
    setStatus({ failed: false, text: 'Đang tạo tệp dữ liệu…' });
    try {
      const drafts = current();
      const { references, quotas, records, forms } = rules;
      const file = await make({ drafts, rules: { planNumber: references.planNumber, quotas, records }, fileStem: forms.common.dossierFileStem });
      if (!file.ok) return setStatus({ failed: true, text: file.message });
      (await import('../shared/download')).saveFile(file.name, file.text, `${file.mimeType};charset=utf-8`);
      setStatus({ failed: false, text: `Đã tạo tệp ${file.name}: dữ liệu hồ sơ để Sở Nội vụ tổng hợp mà không phải nhập lại.` });
    } catch {
      setStatus({ failed: true, text: FAILED });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div class="button-group">
        <ActionButton busy={busy} secondary onClick={download}>
          Tải dữ liệu hồ sơ (JSON)
        </ActionButton>
      </div>
      <p class={`dossier-status${status?.failed ? ' dossier-status--failed' : ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
    </>
  );
});
