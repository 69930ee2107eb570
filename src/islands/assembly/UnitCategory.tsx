// Without a list on the device, the unit says where it stands in the quota table (plan Mục IV.2),
// as in the quota planner: its unit or group of units and, where the quota counts them, its boards
// or teams. The choices and their wording come from the page (unitChoiceFields() of the planner's
// ./quota/unitOptions.ts), so that this island carries none of the quota code.
import type { UnitChoiceFields } from '../quota/unitOptions';
import { SelectField, TextField } from '../shared/fields';

export const UNIT_CATEGORY_IDS = { category: 'pdf-nhom-don-vi', groupCount: 'pdf-so-nhom' } as const;

interface Props {
  fields: UnitChoiceFields;
  /** the option chosen (UnitOption.value), or '' */
  value: string;
  /** the number of boards or teams, as typed */
  groupCount: string;
  errors: { category?: string; groupCount?: string };
  onChoose: (value: string) => void;
  onGroupCount: (typed: string) => void;
}

export function UnitCategory({ fields, value, groupCount, errors, onChoose, onGroupCount }: Props) {
  const categoryId = fields.options.find((option) => option.value === value)?.categoryId;
  const groupField = fields.groupCounts.find((field) => field.categoryId === categoryId);
  return (
    <>
      <SelectField
        id={UNIT_CATEGORY_IDS.category}
        label={fields.label}
        hint="Chọn theo bảng số lượng của Mục IV.2 (trang Số lượng). Đơn vị đã chọn được ghi vào tệp PDF để Sở Nội vụ đối chiếu số lượng được đề nghị."
        value={value}
        options={fields.options}
        placeholder={fields.placeholder}
        required
        error={errors.category}
        onChange={onChoose}
      />
      {groupField && (
        <TextField
          id={UNIT_CATEGORY_IDS.groupCount}
          label={groupField.label}
          hint={groupField.hint}
          inputMode="numeric"
          width="short"
          value={groupCount}
          required
          error={errors.groupCount}
          onInput={onGroupCount}
        />
      )}
    </>
  );
}
