import { TextArea } from '../shared/fields';
import { FIELD_IDS } from './fieldIds';
import { hintWith } from './FieldList';

interface Props {
  /** as the unit edited them, one per line; undefined: the defaults */
  value: string | undefined;
  /** the campaign's default bases, one per line */
  defaults: string;
  /** bases offered to add, each a whole citation */
  optional: readonly string[];
  onChange: (value: string | undefined) => void;
  error?: string;
  warning?: string;
}

/** "Quyết định số 07/2026/QĐ-UBND ngày …" → "Quyết định số 07/2026/QĐ-UBND": the citation's name for a button. */
const citationName = (basis: string) => basis.split(' ngày ')[0]!;

/** The letter's legal bases: one per line, so that adding, removing and reordering is editing lines. */
export function LegalBases({ value, defaults, optional, onChange, error, warning }: Props) {
  const id = FIELD_IDS.profile.legalBases;
  const text = value ?? defaults;
  const missing = optional.filter((basis) => !text.includes(citationName(basis)));
  return (
    <div class="dossier-report__section">
      <TextArea
        id={id}
        label="Căn cứ của tờ trình"
        hint={hintWith(
          'Mỗi dòng một căn cứ, không ghi chữ “Căn cứ”; sửa các dòng để thêm, bớt, đổi thứ tự. Căn cứ biên bản họp xét được ghi ở cuối.',
          undefined,
          warning,
        )}
        rows={6}
        value={text}
        error={error}
        onInput={onChange}
      />
      <div class="button-group">
        {missing.map((basis) => (
          <button key={basis} type="button" class="button button--secondary" onClick={() => onChange(`${text.trimEnd()}\n${basis}`)}>
            Thêm căn cứ {citationName(basis)}
          </button>
        ))}
        {value !== undefined && value !== defaults && (
          <button type="button" class="button button--secondary" onClick={() => onChange(undefined)}>
            Dùng lại các căn cứ mặc định
          </button>
        )}
      </div>
    </div>
  );
}
