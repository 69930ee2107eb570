// The add/edit form of one nominee, loaded by the planner after its first screen (a dynamic
// import), with what the planner does with a self-check kept for a new nominee (./selfCheckOffer.ts).
import { useState } from 'preact/hooks';
import { refusalToAdd, validateNominee, type QuotaIssue } from '../../domain/quotas';
import type { YearRange } from '../../domain/ranges';
import type { QuotaCategory } from '../../schemas/quota';
import type { NomineeWording } from '../../schemas/form';
import { GENDERS, NOMINEE_TYPES, type Nominee, type NomineeType } from '../../schemas/nominee';
import { newNomineeId } from '../../schemas/nomineeId';
import { NOMINEE_TEXT_LIMITS } from '../../schemas/textLimits';
import type { NomineeEntryDraft } from '../../storage/quotaPlanDraft';
import { ErrorSummary, errorFor, type FieldError } from '../shared/ErrorSummary';
import { RadioGroup, TextField } from '../shared/fields';
import { CATEGORY_FIELD_ID, FORM_HEADING_ID, GROUP_COUNT_FIELD_ID, TYPE_FIELD_ID } from './formIds';
import type { SelfCheckOffer } from './selfCheckOffer';

export { attachToNew, selfCheckOffer } from './selfCheckOffer';

/** Field ids of the form, by nominee field; the error summary links to them. */
export const ENTRY_FIELD_IDS: Record<string, string> = {
  type: TYPE_FIELD_ID,
  name: 'uv-ten',
  position: 'uv-chuc-vu',
  unit: 'uv-don-vi',
  birthYear: 'uv-nam-sinh',
  birthDate: 'uv-ngay-sinh',
  gender: 'uv-gioi-tinh',
  holdsLeadershipPost: 'uv-lanh-dao',
  womenSharePercent: 'uv-ty-le-nu',
};

export const emptyEntry = (): NomineeEntryDraft => ({
  name: '',
  position: '',
  unit: '',
  birthYear: '',
  birthDate: '',
  gender: '',
  womenSharePercent: '',
});

const clean = (text: string) => text.trim().replace(/\s+/g, ' ').normalize('NFC');

interface Props {
  /** the form in progress (none yet: empty) */
  entry: NomineeEntryDraft | undefined;
  onEntry: (change: Partial<NomineeEntryDraft>) => void;
  category: QuotaCategory | undefined;
  unitName?: string;
  groupCount: string;
  nominees: Nominee[];
  wording: NomineeWording;
  /** the types the unit's category allows (both until a category is chosen) */
  allowed: readonly NomineeType[];
  /** the kind of nominee of a type the unit's category proposes (kindFor of src/domain/quotas.ts) */
  kindOf: (type: NomineeType) => string | undefined;
  /** the range of years of birth (birthYearRange of election day) */
  birthYears: YearRange;
  /** a finished self-check kept for no nominee yet, and whether a new nominee gets it */
  offer?: SelfCheckOffer;
  /** the self-check page, where a check is attached to a nominee of the list */
  selfCheckPath: string;
  /** the priority of the note of Mục IV, shown as the hint of the leadership question */
  leadershipHint?: string;
  /** adds the nominee, or puts it in place of the one with the same id */
  onSave: (nominee: Nominee, isNew: boolean) => void;
  onCancelEdit: () => void;
}

/** The add/edit form of one nominee. The quota refusal is shown as soon as a type is chosen. */
export function NomineeForm(props: Props) {
  const { onEntry, category, unitName, groupCount, nominees, wording, allowed, kindOf, birthYears, offer, selfCheckPath, leadershipHint, onSave, onCancelEdit } = props;
  const entry = props.entry ?? emptyEntry();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const editing = entry.editingId ? nominees.find((n) => n.id === entry.editingId) : undefined;
  // Only the types the category allows are offered (and a nominee's own, while it is edited); the only one is chosen already.
  const offered = NOMINEE_TYPES.filter((t) => allowed.includes(t) || t === editing?.type);
  const type = entry.type && offered.includes(entry.type) ? entry.type : offered.length === 1 ? offered[0] : undefined;

  // Changing a nominee without changing its type never adds to the counts: no refusal then.
  const refusal = (): QuotaIssue | undefined =>
    category && type && type !== editing?.type ? refusalToAdd({ category, unitName, groupCount, nominees }, type, editing?.id) : undefined;
  const live = refusal();
  const typeError = (live && live.code !== 'group-count' ? live.message : undefined) ?? errorFor(errors, ENTRY_FIELD_IDS.type!);

  const submit = (event: Event) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!category) found.push({ fieldId: CATEGORY_FIELD_ID, message: 'Chọn đơn vị của bạn trước khi thêm tập thể, cá nhân.' });
    if (!type) found.push({ fieldId: ENTRY_FIELD_IDS.type!, message: 'Chọn đề nghị khen thưởng tập thể hay cá nhân.' });
    const refused = refusal();
    if (refused) found.push({ fieldId: refused.code === 'group-count' ? GROUP_COUNT_FIELD_ID : ENTRY_FIELD_IDS.type!, message: refused.message });
    let nominee: Nominee | undefined;
    if (type) {
      const individual = type === 'individual';
      nominee = {
        id: editing?.id ?? newNomineeId(),
        type,
        name: clean(entry.name),
        position: individual ? clean(entry.position) : '',
        unit: individual ? clean(entry.unit) : '',
        birthYear: individual ? entry.birthYear.trim() : '',
        birthDate: individual ? entry.birthDate.trim() : '',
        gender: individual ? entry.gender : '',
        holdsLeadershipPost: individual ? entry.holdsLeadershipPost : undefined,
        womenSharePercent: individual ? '' : entry.womenSharePercent.trim(),
        // the kind the category proposes for this type (its self-check starts with it)
        nomineeKind: kindOf(type) ?? (editing?.type === type ? editing.nomineeKind : undefined),
      };
      for (const problem of validateNominee(nominee, birthYears)) found.push({ fieldId: ENTRY_FIELD_IDS[problem.field]!, message: problem.message });
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
  const limited = (name: keyof typeof NOMINEE_TEXT_LIMITS) => ({ ...text(name), maxLength: NOMINEE_TEXT_LIMITS[name] });
  const only = allowed.length === 1 && category ? wording.nomineeGroups[allowed[0]!] : undefined;

  return (
    <form class="quota-form" noValidate onSubmit={submit} aria-labelledby={FORM_HEADING_ID}>
      <h3 id={FORM_HEADING_ID} tabIndex={-1}>
        {editing ? `Sửa thông tin: ${editing.name}` : 'Thêm tập thể hoặc cá nhân vào danh sách'}
      </h3>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      {offer && !offer.attachable && (
        <p class="note">
          Có một kết quả tự kiểm tra chưa gắn với tập thể, cá nhân nào ({offer.label}).{' '}
          <a href={`${selfCheckPath}#ket-qua`}>Gắn kết quả đó</a> với một tập thể, cá nhân của danh sách.
        </p>
      )}
      <RadioGroup
        {...field('type')}
        error={typeError}
        label="Đề nghị khen thưởng"
        hint={only && `${unitName?.trim() || category!.label} chỉ được đề nghị ${only.toLocaleLowerCase('vi')}.`}
        value={type}
        inline
        choices={offered.map((t) => ({ value: t, label: wording.nomineeGroups[t] }))}
        onChange={(type) => onEntry({ type })}
      />
      {type && <TextField {...limited('name')} label={type === 'collective' ? 'Tên tập thể' : 'Họ và tên'} hint="Viết đầy đủ, không viết tắt." required />}
      {type === 'individual' && (
        <>
          <TextField {...limited('position')} label="Chức vụ" required />
          <TextField {...limited('unit')} label="Đơn vị công tác" required />
          <TextField
            {...text('birthYear')}
            label="Năm sinh"
            hint={`4 chữ số, từ ${birthYears.min} đến ${birthYears.max}.`}
            inputMode="numeric"
            width="short"
            required
          />
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
      {type === 'collective' && (
        <TextField
          {...text('womenSharePercent')}
          label="Tỷ lệ nữ trong tập thể (%)"
          hint="Một số từ 0 đến 100, phần thập phân sau dấu phẩy (ví dụ 72 hoặc 72,5), không cần gõ dấu %; để trống nếu chưa biết."
          inputMode="decimal"
          width="short"
        />
      )}
      {offer?.attachable && offer.type === type && !editing && (
        <p class="note">
          Kết quả tự kiểm tra vừa làm ({offer.label}) sẽ được gắn với {wording.nomineeGroups[type].toLocaleLowerCase('vi')} này khi thêm vào
          danh sách.
        </p>
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
