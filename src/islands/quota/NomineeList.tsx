import type { NomineeSelfCheck, QuotaIssue } from '../../domain/quotas';
import type { NomineeDraft } from '../../storage/quotaPlanDraft';

/** Ids of the controls of one nominee, for focus management. */
export const itemIds = (id: string) => ({
  heading: `${id}-ten`,
  up: `${id}-len`,
  down: `${id}-xuong`,
  edit: `${id}-sua`,
  remove: `${id}-xoa`,
});

const SELF_CHECK_STATUS: Record<NomineeSelfCheck['outcome'] | 'none', [label: string, tone: string]> = {
  none: ['Chưa tự kiểm tra', 'unanswered'],
  eligible: ['Đủ điều kiện đề nghị', 'met'],
  'not-eligible': ['Chưa đủ điều kiện', 'not-met'],
  excluded: ['Chưa xét khen thưởng', 'not-met'],
  incomplete: ['Chưa trả lời đủ', 'unanswered'],
  refer: ['Tự kiểm tra theo hình thức khen thưởng khác', 'unanswered'],
};

const GENDER = { nam: 'Nam', nu: 'Nữ', '': '' } as const;

/** The facts of a nominee on one line: what the dossier's list will print. */
function facts(nominee: NomineeDraft): string {
  if (nominee.type === 'collective') {
    return ['Tập thể', nominee.womenSharePercent && `tỷ lệ nữ ${nominee.womenSharePercent.replace(/\s*%$/, '')}%`].filter(Boolean).join(' · ');
  }
  return [
    'Cá nhân',
    [nominee.position, nominee.unit].filter(Boolean).join(', '),
    nominee.birthYear && `sinh năm ${nominee.birthYear}`,
    GENDER[nominee.gender],
    nominee.holdsLeadershipPost === undefined ? '' : nominee.holdsLeadershipPost ? 'giữ chức vụ lãnh đạo, quản lý' : 'không giữ chức vụ lãnh đạo, quản lý',
  ]
    .filter(Boolean)
    .join(' · ');
}

interface Props {
  nominees: NomineeDraft[];
  /** the issues of the evaluation that concern one nominee */
  issues: QuotaIssue[];
  selfChecks: Record<string, NomineeSelfCheck | undefined>;
  selfCheckPath: string;
  onMove: (id: string, delta: -1 | 1) => void;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

export function NomineeList({ nominees, issues, selfChecks, selfCheckPath, onMove, onEdit, onRemove }: Props) {
  if (nominees.length === 0) return <p class="muted">Danh sách chưa có tập thể, cá nhân nào. Thêm ở biểu mẫu bên dưới.</p>;
  return (
    <ol class="quota-nominees">
      {nominees.map((nominee, index) => {
        const ids = itemIds(nominee.id);
        const name = nominee.name.trim() || '(chưa có tên)';
        const hidden = <span class="visually-hidden"> “{name}”</span>;
        const [label, tone] = SELF_CHECK_STATUS[selfChecks[nominee.id]?.outcome ?? 'none'];
        const own = issues.filter((issue) => issue.nomineeId === nominee.id && issue.severity === 'blocking');
        return (
          <li key={nominee.id}>
            <h4 id={ids.heading} tabIndex={-1}>
              {name}
            </h4>
            <p class="quota-nominee__facts">{facts(nominee)}</p>
            <p class="quota-nominee__check">
              Tự kiểm tra tiêu chuẩn: <span class={`status status--${tone}`}>{label}</span>{' '}
              <a href={`${selfCheckPath}?ung-vien=${encodeURIComponent(nominee.id)}`}>
                Tự kiểm tra<span class="visually-hidden"> cho “{name}”</span>
              </a>
            </p>
            {own.map((issue) => (
              <p class="error-message" key={issue.code + issue.field}>
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
