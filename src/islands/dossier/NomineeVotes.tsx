import { nomineeFieldIds } from './fieldIds';
import type { ReportChange } from './ReportEditor';
import type { MessagesByField } from './StatusLine';
import type { ListedNominee } from '../../dossier/nominees';
import type { CommonForm } from '../../schemas/form';
import type { ReportDraft } from '../../storage/dossierDraft';
import { DOSSIER_TEXT_LIMITS } from '../../schemas/dossierTextLimits';
import { TextArea, TextField } from '../shared/fields';
import { pure } from '../shared/pure';

interface Props {
  nominee: ListedNominee;
  report: ReportDraft | undefined;
  groups: CommonForm['nomineeGroups'];
  /** members present at the meeting, when typed and valid */
  present: number | null;
  /** the errors of this nominee's fields, by field id */
  messages: MessagesByField;
  onChange: (nomineeId: string, change: ReportChange) => void;
}

/**
 * One nominee of the list: the summary printed in the list and the council's votes in favour
 * (an item of an <ol class="dossier-nominees">). Renders again only when its own props change.
 */
export const NomineeVote = pure(function NomineeVote({ nominee, report, groups, present, messages, onChange }: Props) {
  const ids = nomineeFieldIds(nominee.id);
  const set = (key: 'achievementSummary' | 'votesInFavour') => (value: string) => onChange(nominee.id, (r) => ({ ...r, [key]: value }));
  return (
    <li>
      <fieldset>
        <legend class="dossier-nominees__name">
          {nominee.name.trim() || '(chưa có tên)'} <span class="muted">({groups[nominee.type]})</span>
        </legend>
        <TextArea
          id={ids.achievementSummary}
          label="Tóm tắt thành tích (ghi vào danh sách đề nghị)"
          hint="Một đoạn ngắn, ví dụ: Lãnh đạo, tổ chức tốt công tác bầu cử; tỷ lệ cử tri đi bầu đạt 99,5%."
          rows={3}
          value={report?.achievementSummary ?? ''}
          error={messages.get(ids.achievementSummary)?.error}
          maxLength={DOSSIER_TEXT_LIMITS.report.achievementSummary.limit}
          onInput={set('achievementSummary')}
        />
        <TextField
          id={ids.votesInFavour}
          label="Số phiếu đồng ý tại cuộc họp xét"
          hint={present === null ? 'Số nguyên, không lớn hơn số thành viên có mặt.' : `Số nguyên từ 0 đến ${present} (số thành viên có mặt).`}
          inputMode="numeric"
          width="short"
          value={report?.votesInFavour ?? ''}
          error={messages.get(ids.votesInFavour)?.error}
          onInput={set('votesInFavour')}
        />
      </fieldset>
    </li>
  );
});
