// The outputs: the numbers, dates and signer of the Sở's documents (kept with the review), what the
// reviewer must see first (the reading worker's check of the marks: what blocks the annex and the
// letter, what to verify before signing), then the files: the annex of the award decision, the
// Sở's letter, the summary table (DOCX, with the project's document layer) and the workbook
// (.xlsx). No file without a unit's dossier. The builders and their libraries are fetched on the
// first click.
import type { OutputCheck } from '../../review/outputChecks';
import type { ReviewDocumentFields } from '../../schemas/review';
import { TextField } from '../shared/fields';
import type { OutputKind } from './protocol';

interface Props {
  fields: ReviewDocumentFields;
  /** units received */
  units: number;
  check: OutputCheck;
  accepted: { collectives: number; individuals: number };
  status: { at: OutputKind; failed: boolean; text: string } | null;
  busy: boolean;
  onField: (key: keyof ReviewDocumentFields, value: string) => void;
  onMake: (kind: OutputKind) => void;
}

const FIELDS: { key: keyof ReviewDocumentFields; label: string; hint?: string; short?: boolean }[] = [
  { key: 'letterNumber', label: 'Số tờ trình của Sở', hint: 'Chỉ số, không có ký hiệu; để trống để ghi tay.', short: true },
  { key: 'letterDate', label: 'Ngày tờ trình', hint: 'Ví dụ 05/4/2026; để trống để ghi tay.', short: true },
  { key: 'signerAuthority', label: 'Thẩm quyền ký', hint: 'Ví dụ KT. GIÁM ĐỐC; để trống nếu Giám đốc ký.' },
  { key: 'signerTitle', label: 'Chức vụ người ký', hint: 'Ví dụ PHÓ GIÁM ĐỐC.' },
  { key: 'signerName', label: 'Họ và tên người ký' },
  { key: 'decisionNumber', label: 'Số quyết định khen thưởng (nếu đã có)', hint: 'Ghi vào dòng “Kèm theo Quyết định số …” của danh sách.', short: true },
  { key: 'decisionDate', label: 'Ngày quyết định (nếu đã có)', short: true },
];

const BUTTONS: { kind: OutputKind; label: string; placed?: true }[] = [
  { kind: 'annex', label: 'Tải danh sách kèm quyết định (DOCX)', placed: true },
  { kind: 'letter', label: 'Tải tờ trình của Sở (DOCX)', placed: true },
  { kind: 'summary', label: 'Tải bảng tổng hợp các đơn vị (DOCX)' },
  { kind: 'workbook', label: 'Tải danh sách dạng Excel (XLSX)' },
];

const NONE_ID = 'tong-hop-van-ban-chua-co';
const BLOCKED_ID = 'tong-hop-van-ban-chan';

export function OutputsSection({ fields, units, check, accepted, status, busy, onField, onMake }: Props) {
  const blocked = check.blocking.length > 0;
  return (
    <section aria-labelledby="tong-hop-van-ban">
      <h2 id="tong-hop-van-ban">5. Văn bản của Sở Nội vụ</h2>
      <p>
        Danh sách kèm quyết định và tờ trình chỉ gồm các tập thể, cá nhân đã được chấp nhận (hiện có {accepted.collectives} tập thể, {accepted.individuals}{' '}
        cá nhân); bảng tổng hợp và tệp Excel gồm mọi đơn vị. Tệp được tạo ngay trên máy; mở tệp để kiểm tra trước khi trình ký.
      </p>
      <div class="review-fields">
        {FIELDS.map((field) => (
          <TextField
            key={field.key}
            id={`tong-hop-${field.key}`}
            label={field.label}
            hint={field.hint}
            width={field.short ? 'short' : 'full'}
            value={fields[field.key]}
            onInput={(value) => onField(field.key, value)}
          />
        ))}
      </div>
      {units === 0 && <p id={NONE_ID}>Chưa có hồ sơ nào: hãy nhận hồ sơ của các đơn vị ở phần 1 rồi mới tạo văn bản.</p>}
      {blocked && (
        <div class="note note--important" id={BLOCKED_ID}>
          <p>Chưa tạo được danh sách kèm quyết định và tờ trình:</p>
          <ul>
            {check.blocking.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {check.warnings.length > 0 && (
        <div class="note note--warning review-check">
          <p>Cần xem trước khi trình ký:</p>
          <ul>
            {check.warnings.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="button-group">
        {BUTTONS.map((button) => {
          const why = units === 0 ? NONE_ID : button.placed && blocked ? BLOCKED_ID : undefined;
          return (
            <button key={button.kind} type="button" class="button button--secondary" disabled={busy || !!why} aria-describedby={why} onClick={() => onMake(button.kind)}>
              {button.label}
            </button>
          );
        })}
      </div>
      <p class={`review-status${status?.failed ? ' review-status--failed' : ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
