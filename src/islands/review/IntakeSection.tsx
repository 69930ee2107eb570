// Intake: the reviewer picks or drops many files at once (merged PDFs carrying ho-so.json, or the
// JSON itself); a progress bar while the worker reads them; a line for each file refused, saying
// why, and a note for each unit whose file was replaced by a newer one.
import { useState } from 'preact/hooks';
import type { IntakeSummary } from './protocol';

export interface Reading {
  done: number;
  total: number;
}

interface Props {
  /** units received so far */
  units: number;
  intake: IntakeSummary;
  reading: Reading | null;
  /** the line read out when something changes */
  announcement: string;
  failed: boolean;
  onFiles: (files: File[]) => void;
}

export const INTAKE_INPUT_ID = 'tong-hop-chon-tep';

export function IntakeSection({ units, intake, reading, announcement, failed, onFiles }: Props) {
  const [over, setOver] = useState(false);
  const busy = reading !== null;
  return (
    <section aria-labelledby="tong-hop-nhan-tep">
      <h2 id="tong-hop-nhan-tep">1. Nhận hồ sơ của các đơn vị</h2>
      <div
        class={`review-drop${over ? ' review-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const files = [...(event.dataTransfer?.files ?? [])];
          if (files.length > 0 && !busy) onFiles(files);
        }}
      >
        <label for={INTAKE_INPUT_ID}>Chọn tệp hồ sơ (PDF đã ghép hoặc tệp dữ liệu JSON), chọn được nhiều tệp cùng lúc</label>
        <span class="hint" id={`${INTAKE_INPUT_ID}-goi-y`}>
          Có thể kéo thả các tệp vào khung này. Mỗi tệp được đọc riêng ngay trên máy, không gửi đi đâu; tệp lỗi không làm dừng các tệp khác.
        </span>
        <input
          id={INTAKE_INPUT_ID}
          type="file"
          multiple
          accept=".pdf,.json,application/pdf,application/json"
          disabled={busy}
          aria-describedby={`${INTAKE_INPUT_ID}-goi-y`}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      {reading && (
        <div class="review-progress">
          <label for="tong-hop-tien-do">
            Đang đọc tệp: {reading.done}/{reading.total}
          </label>
          <progress id="tong-hop-tien-do" max={reading.total} value={reading.done} />
        </div>
      )}
      <p class={`review-status${failed ? ' review-status--failed' : ''}`} role="status" aria-live="polite">
        {announcement}
      </p>
      <p>
        Đã nhận hồ sơ của <strong>{units}</strong> đơn vị
        {intake.refused.length > 0 && (
          <>
            ; <strong>{intake.refused.length}</strong> tệp không đọc được
          </>
        )}
        .
      </p>
      {intake.refused.length > 0 && (
        <div class="review-refused">
          <h3>Tệp không nhận được</h3>
          <ul>
            {intake.refused.map((file, index) => (
              <li key={`${index}-${file.fileName}`}>
                <span class="error-message">{file.message}</span>
                {file.problems.length > 0 && (
                  <span class="error-details">
                    {file.problems.map((problem) => (
                      <code key={problem}>{problem}</code>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {intake.notes.length > 0 && (
        <div class="note">
          <h3>Tệp trùng đơn vị</h3>
          <ul>
            {intake.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
