// Without a nominee list on this device, the unit adds the achievement reports one by one: the
// kind of nominee and the full name, which become the report's title and its entry in ho-so.json.
import { useState } from 'preact/hooks';
import type { NomineeWording } from '../../schemas/form';
import { NOMINEE_TYPES } from '../../schemas/nominee';
import { RadioGroup, TextField } from '../shared/fields';

export const ADD_REPORT_IDS = { kind: 'pdf-them-loai', name: 'pdf-them-ten' } as const;

interface Props {
  busy: boolean;
  /** how nominee groups are named (forms.common.nomineeGroups) */
  groups: NomineeWording['nomineeGroups'];
  /** the message of the error summary about reports, if any */
  error?: string;
  onAdd: (kind: 'collective' | 'individual', name: string) => void;
}

export function AddReport({ busy, groups, error, onAdd }: Props) {
  const [kind, setKind] = useState<'collective' | 'individual'>('individual');
  const [name, setName] = useState('');
  const [own, setOwn] = useState<string | undefined>();
  const add = () => {
    if (name.trim() === '') {
      setOwn(kind === 'collective' ? 'Nhập tên đầy đủ của tập thể.' : 'Nhập họ và tên đầy đủ của cá nhân.');
      document.getElementById(ADD_REPORT_IDS.name)?.focus();
      return;
    }
    onAdd(kind, name);
    setName('');
    setOwn(undefined);
  };
  return (
    <form
      class="assembly-add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <h3>Thêm báo cáo thành tích</h3>
      <p>Mỗi tập thể, cá nhân được đề nghị một báo cáo thành tích; tập thể được xếp trước, cá nhân sau.</p>
      <RadioGroup
        id={ADD_REPORT_IDS.kind}
        label="Báo cáo của"
        inline
        value={kind}
        choices={NOMINEE_TYPES.map((type) => ({ value: type, label: groups[type] }))}
        onChange={setKind}
      />
      <TextField
        id={ADD_REPORT_IDS.name}
        label={kind === 'collective' ? 'Tên tập thể' : 'Họ và tên'}
        hint="Viết đầy đủ, không viết tắt, như trên báo cáo thành tích."
        value={name}
        error={own ?? error}
        onInput={(value) => {
          setName(value);
          if (value.trim()) setOwn(undefined);
        }}
      />
      <button type="submit" class="button button--secondary" disabled={busy}>
        Thêm báo cáo thành tích
      </button>
    </form>
  );
}
