import { NO_SELF_CHECK_LABEL, OUTCOME_LABELS, outcomeTone } from '../../domain/outcomes';
import { womenShare, type NomineeSelfCheck, type QuotaIssue } from '../../domain/quotas';
import type { NomineeWording } from '../../schemas/form';
import type { Nominee } from '../../schemas/nominee';
import { formatHundredths } from '../../text/vietnamese';

/** Ids of the controls of one nominee, for focus management. */
export const itemIds = (id: string) => ({
  heading: `${id}-ten`,
  up: `${id}-len`,
  down: `${id}-xuong`,
  edit: `${id}-sua`,
  remove: `${id}-xoa`,
});

/** The facts of a nominee on one line: what the dossier's list will print. */
function facts(nominee: Nominee, wording: NomineeWording): string {
  const group = wording.nomineeGroups[nominee.type];
  if (nominee.type === 'collective') {
    const share = womenShare(nominee.womenSharePercent);
    return [group, 'hundredths' in share && share.hundredths !== undefined && `tỷ lệ nữ ${formatHundredths(share.hundredths, true)}%`].filter(Boolean).join(' · ');
  }
  return [
    group,
    [nominee.position, nominee.unit].filter(Boolean).join(', '),
    nominee.birthYear && `sinh năm ${nominee.birthYear}`,
    nominee.gender && wording.genders[nominee.gender],
    nominee.holdsLeadershipPost === undefined ? '' : nominee.holdsLeadershipPost ? 'giữ chức vụ lãnh đạo, quản lý' : 'không giữ chức vụ lãnh đạo, quản lý',
  ]
    .filter(Boolean)
    .join(' · ');
}

interface Props {
  nominees: Nominee[];
  wording: NomineeWording;
  /** the issues of the evaluation that concern one nominee */
  issues: QuotaIssue[];
  selfChecks: Record<string, NomineeSelfCheck | undefined>;
  selfCheckPath: string;
  onMove: (id: string, delta: -1 | 1) => void;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

export function NomineeList({ nominees, wording, issues, selfChecks, selfCheckPath, onMove, onEdit, onRemove }: Props) {
  if (nominees.length === 0) return <p class="muted">Danh sách chưa có tập thể, cá nhân nào. Thêm ở biểu mẫu bên dưới.</p>;
  return (
    <ol class="quota-nominees">
      {nominees.map((nominee, index) => {
        const ids = itemIds(nominee.id);
        const name = nominee.name.trim() || '(chưa có tên)';
        const hidden = <span class="visually-hidden"> “{name}”</span>;
        const outcome = selfChecks[nominee.id]?.outcome;
        const label = outcome ? OUTCOME_LABELS[outcome] : NO_SELF_CHECK_LABEL;
        const own = issues.filter((issue) => issue.target?.kind === 'nominee' && issue.target.id === nominee.id && issue.severity === 'blocking');
        return (
          <li key={nominee.id}>
            <h4 id={ids.heading} tabIndex={-1}>
              {name}
            </h4>
            <p class="quota-nominee__facts">{facts(nominee, wording)}</p>
            <p class="quota-nominee__check">
              Tự kiểm tra tiêu chuẩn: <span class={`status status--${outcomeTone(outcome)}`}>{label}</span>{' '}
              {/* a finished check opens at its result; one in progress at its first unanswered question */}
              <a href={`${selfCheckPath}?ung-vien=${encodeURIComponent(nominee.id)}${outcome && outcome !== 'incomplete' ? '#ket-qua' : ''}`}>
                {outcome && outcome !== 'incomplete' ? 'Xem kết quả tự kiểm tra' : outcome ? 'Tiếp tục tự kiểm tra' : 'Tự kiểm tra'}
                <span class="visually-hidden"> của “{name}”</span>
              </a>
            </p>
            {own.map((issue) => (
              <p class="error-message" key={issue.code + (issue.target?.kind === 'nominee' ? issue.target.field : '')}>
                {issue.message}
              </p>
            ))}
            <div class="quota-actions">
              <button type="button" id={ids.up} class="button button--secondary" disabled={index === 0} onClick={() => onMove(nominee.id, -1)}>
                Lên{hidden}
              </button>
              <button type="button" id={ids.down} class="button button--secondary" disabled={index === nominees.length - 1} onClick={() => onMove(nominee.id, 1)}>
                Xuống{hidden}
              </button>
              <button type="button" id={ids.edit} class="button button--secondary" onClick={() => onEdit(nominee.id)}>
                Sửa{hidden}
              </button>
              <button type="button" id={ids.remove} class="button button--secondary" onClick={() => onRemove(nominee.id)}>
                Xóa{hidden}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
