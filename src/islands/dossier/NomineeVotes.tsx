import { nomineeFieldIds } from './fieldIds';
import type { ListedNominee } from '../../dossier/nominees';
import type { CommonForm } from '../../schemas/form';
import type { ReportDraft } from '../../storage/dossierDraft';
import { TextArea, TextField } from '../shared/fields';

interface Props {
  nominees: ListedNominee[];
  reports: Record<string, ReportDraft | undefined>;
  groups: CommonForm['nomineeGroups'];
  /** members present at the meeting, when typed and valid */
  present: number | null;
  onChange: (nomineeId: string, change: Partial<Pick<ReportDraft, 'achievementSummary' | 'votesInFavour'>>) => void;
  errorFor: (fieldId: string) => string | undefined;
}

/** Per nominee of the list: the summary printed in the list and the council's votes in favour. */
export function NomineeVotes({ nominees, reports, groups, present, onChange, errorFor }: Props) {
  return (
    <ol class="dossier-nominees">
      {nominees.map((nominee) => {
        const ids = nomineeFieldIds(nominee.id);
        const report = reports[nominee.id];
        return (
          <li key={nominee.id}>
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
                error={errorFor(ids.achievementSummary)}
                onInput={(value) => onChange(nominee.id, { achievementSummary: value })}
              />
              <TextField
                id={ids.votesInFavour}
                label="Số phiếu đồng ý tại cuộc họp xét"
                hint={present === null ? 'Số nguyên, không lớn hơn số thành viên có mặt.' : `Số nguyên từ 0 đến ${present} (số thành viên có mặt).`}
                inputMode="numeric"
                width="short"
                value={report?.votesInFavour ?? ''}
                error={errorFor(ids.votesInFavour)}
                onInput={(value) => onChange(nominee.id, { votesInFavour: value })}
              />
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
