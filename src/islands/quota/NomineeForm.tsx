import { useState } from 'preact/hooks';
import { refusalToAdd, validateNominee, type QuotaIssue } from '../../domain/quotas';
import type { NomineeKind } from '../../schemas/nomineeKind';
import type { QuotaCategory } from '../../schemas/quota';
import type { NomineeWording } from '../../schemas/form';
import { GENDERS, NOMINEE_TYPES, type Nominee } from '../../schemas/nominee';
import type { NomineeEntryDraft } from '../../storage/quotaPlanDraft';
import { ErrorSummary, errorFor, type FieldError } from '../shared/ErrorSummary';
import { RadioGroup, TextField } from '../shared/fields';

/** Field ids of the form, by nominee field; the error summary links to them. */
export const ENTRY_FIELD_IDS: Record<string, string> = {
  type: 'uv-loai',
  name: 'uv-ten',
  position: 'uv-chuc-vu',
  unit: 'uv-don-vi',
  birthYear: 'uv-nam-sinh',
  birthDate: 'uv-ngay-sinh',
  gender: 'uv-gioi-tinh',
  holdsLeadershipPost: 'uv-lanh-dao',
  womenSharePercent: 'uv-ty-le-nu',
};
export const CATEGORY_FIELD_ID = 'don-vi-nhom';
export const GROUP_COUNT_FIELD_ID = 'so-nhom';
export const FORM_HEADING_ID = 'tieu-de-them-uv';

export const emptyEntry = (): NomineeEntryDraft => ({
  name: '',
  position: '',
  unit: '',
  birthYear: '',
  birthDate: '',
  gender: '',
  womenSharePercent: '',
});

/** A random id that carries no personal data (it appears in the self-check link). */
function newNomineeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return 'uv-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const clean = (text: string) => text.trim().replace(/\s+/g, ' ').normalize('NFC');

interface Props {
  entry: NomineeEntryDraft;
  onEntry: (change: Partial<NomineeEntryDraft>) => void;
  category: QuotaCategory | undefined;
  unitName?: string;
  groupCount: string;
  nominees: Nominee[];
  wording: NomineeWording;
  nomineeKinds: Pick<NomineeKind, 'id' | 'nomineeType' | 'name'>[];
  /** the priority of the note of Mục IV, shown as the hint of the leadership question */
  leadershipHint?: string;
  /** adds the nominee, or puts it in place of the one with the same id */
  onSave: (nominee: Nominee, isNew: boolean) => void;
  onCancelEdit: () => void;
}

/** The add/edit form of one nominee. The quota refusal is shown as soon as a type is chosen. */
export function NomineeForm({ entry, onEntry, category, unitName, groupCount, nominees, wording, nomineeKinds, leadershipHint, onSave, onCancelEdit }: Props) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const editing = entry.editingId ? nominees.find((n) => n.id === entry.editingId) : undefined;

  // Changing a nominee without changing its type never adds to the counts: no refusal then.
  const refusal = (): QuotaIssue | undefined =>
    category && entry.type && entry.type !== editing?.type
      ? refusalToAdd({ category, unitName, groupCount, nominees }, entry.type, editing?.id)
      : undefined;
  const live = refusal();
  const typeError = (live && live.code !== 'group-count' ? live.message : undefined) ?? errorFor(errors, ENTRY_FIELD_IDS.type!);

  const submit = (event: Event) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!category) found.push({ fieldId: CATEGORY_FIELD_ID, message: 'Chọn đơn vị của bạn trước khi thêm tập thể, cá nhân.' });
    if (!entry.type) found.push({ fieldId: ENTRY_FIELD_IDS.type!, message: 'Chọn đề nghị khen thưởng tập thể hay cá nhân.' });
    const refused = refusal();
    if (refused) found.push({ fieldId: refused.code === 'group-count' ? GROUP_COUNT_FIELD_ID : ENTRY_FIELD_IDS.type!, message: refused.message });
    let nominee: Nominee | undefined;
    if (entry.type) {
      const individual = entry.type === 'individual';
      nominee = {
        id: editing?.id ?? newNomineeId(),
        type: entry.type,
        name: clean(entry.name),
        position: individual ? clean(entry.position) : '',
        unit: individual ? clean(entry.unit) : '',
        birthYear: individual ? entry.birthYear.trim() : '',
        birthDate: individual ? entry.birthDate.trim() : '',
        gender: individual ? entry.gender : '',
        holdsLeadershipPost: individual ? entry.holdsLeadershipPost : undefined,
        womenSharePercent: individual ? '' : entry.womenSharePercent.trim(),
        // The kind of a collective (commune or agency) is asked by the self-check itself.
        nomineeKind: individual ? nomineeKinds.find((k) => k.nomineeType === 'individual')?.id : editing?.type === 'collective' ? editing.nomineeKind : undefined,
      };
      for (const problem of validateNominee(nominee)) found.push({ fieldId: ENTRY_FIELD_IDS[problem.field]!, message: problem.message });
    }
    setErrors(found);
    setFocusKey((key) => key + 1);
    if (found.length > 0 || !nominee) return;
    onSave(nominee, !editing);
  };

  const cancel = () => {
    setErrors([]);
    onCancelEdit();
  };

  const field = (name: keyof NomineeEntryDraft & string) => ({
    id: ENTRY_FIELD_IDS[name]!,
    error: errorFor(errors, ENTRY_FIELD_IDS[name]!),
  });
  const text = (name: 'name' | 'position' | 'unit' | 'birthYear' | 'birthDate' | 'womenSharePercent') => ({
    ...field(name),
    value: entry[name],
    onInput: (value: string) => onEntry({ [name]: value }),
  });

  return (
    <form class="quota-form" noValidate onSubmit={submit} aria-labelledby={FORM_HEADING_ID}>
      <h3 id={FORM_HEADING_ID} tabIndex={-1}>
        {editing ? `Sửa thông tin: ${editing.name}` : 'Thêm tập thể hoặc cá nhân vào danh sách'}
      </h3>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <RadioGroup
        {...field('type')}
        error={typeError}
        label="Đề nghị khen thưởng"
        value={entry.type}
        inline
        choices={NOMINEE_TYPES.map((type) => ({ value: type, label: wording.nomineeGroups[type] }))}
        onChange={(type) => onEntry({ type })}
      />
      {entry.type && (
        <TextField {...text('name')} label={entry.type === 'collective' ? 'Tên tập thể' : 'Họ và tên'} hint="Viết đầy đủ, không viết tắt." required />
      )}
      {entry.type === 'individual' && (
        <>
          <TextField {...text('position')} label="Chức vụ" required />
          <TextField {...text('unit')} label="Đơn vị công tác" required />
          <TextField {...text('birthYear')} label="Năm sinh" hint="4 chữ số, ví dụ 1985." inputMode="numeric" width="short" required />
          <TextField {...text('birthDate')} label="Ngày sinh (nếu biết)" hint="Ngày/tháng/năm, ví dụ 05/3/1985; để trống thì báo cáo thành tích ghi năm sinh." width="short" />
          <RadioGroup
            {...field('gender')}
            label="Giới tính"
            inline
            value={entry.gender || undefined}
            choices={GENDERS.map((gender) => ({ value: gender, label: wording.genders[gender] }))}
            onChange={(gender) => onEntry({ gender })}
          />
          <RadioGroup
            {...field('holdsLeadershipPost')}
            label="Người này có giữ chức vụ lãnh đạo, quản lý không?"
            hint={leadershipHint}
            inline
            value={entry.holdsLeadershipPost === undefined ? undefined : entry.holdsLeadershipPost ? 'yes' : 'no'}
            choices={[
              { value: 'yes', label: 'Có' },
              { value: 'no', label: 'Không' },
            ]}
            onChange={(answer) => onEntry({ holdsLeadershipPost: answer === 'yes' })}
          />
        </>
      )}
      {entry.type === 'collective' && (
        <TextField {...text('womenSharePercent')} label="Tỷ lệ nữ trong tập thể (%)" hint="Nếu biết, ví dụ 72; để trống nếu chưa biết." inputMode="numeric" width="short" />
      )}
      <div class="button-group">
        <button type="submit" class="button">
          {editing ? 'Lưu thay đổi' : 'Thêm vào danh sách'}
        </button>
        {editing && (
          <button type="button" class="button button--secondary" onClick={cancel}>
            Hủy sửa
          </button>
        )}
      </div>
    </form>
  );
}
