// A unit's details, drawn when the reviewer opens it (and loaded after the first screen, with
// UnitSection's list): what its file says (category, numbers, dates, documents and pages), the
// issues found, each nominee with its self-check, votes and the reviewer's decision (with the
// previous decision when it was made for another person now replaced under the same entry), the
// acceptance of the undecided nominees without a blocking issue at once, and the removal of the
// unit's file.
import type { CommonForm } from '../../schemas/form';
import type { ReviewForm } from '../../schemas/reviewForm';
import { acceptableAtOnce, lookUpMark, type Marks } from '../../review/marks';
import { decisionLabel, decisionOf, decisionOptions, type Decision } from './decision';
import type { PresentedIssue, PresentedNominee, PresentedUnit } from './present';

export interface UnitBodyProps {
  unit: PresentedUnit;
  /** the HTML id of the unit's details */
  id: string;
  marks: Marks;
  form: ReviewForm;
  common: CommonForm;
  onDecide: (changes: { unit: PresentedUnit; nominee: PresentedNominee; decision: Decision }[]) => void;
  onRemove: (unit: PresentedUnit) => void;
}

function Issues({ issues }: { issues: PresentedIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul class="review-issues">
      {issues.map((issue, index) => (
        <li key={index} class={issue.severity === 'blocking' ? 'review-issue review-issue--blocking' : 'review-issue'}>
          <span class="visually-hidden">{issue.severity === 'blocking' ? 'Vấn đề chặn: ' : 'Cần xem: '}</span>
          {issue.message}
          {issue.link && (
            <>
              {' '}
              (<a href={issue.link.href}>{issue.link.label}</a>)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function nomineeFacts(nominee: PresentedNominee, common: CommonForm): string {
  const { data } = nominee;
  if (data.kind === 'collective') {
    return [common.nomineeGroups.collective, data.womenSharePercent === null ? '' : `tỷ lệ nữ ${String(data.womenSharePercent).replace('.', ',')}%`].filter(Boolean).join('; ');
  }
  return [
    [data.position, data.unit].filter(Boolean).join(', '),
    data.birthYear === null ? '' : `sinh năm ${data.birthYear}`,
    data.gender ? common.genders[data.gender] : '',
    data.holdsLeadershipPost === null ? '' : data.holdsLeadershipPost ? 'giữ chức vụ lãnh đạo, quản lý' : 'không giữ chức vụ lãnh đạo, quản lý',
  ]
    .filter(Boolean)
    .join('; ');
}

export function UnitBody({ unit, id, marks, form, common, onDecide, onRemove }: UnitBodyProps) {
  const { data } = unit;
  const options = decisionOptions(form);
  const nominees = unit.nominees.map((nominee) => ({ nominee, found: lookUpMark(marks, unit.key, nominee) }));
  const { acceptable, held } = acceptableAtOnce(marks, unit.key, unit.nominees);
  const pages = data.documents.map((document) => `${document.title}: trang ${document.firstPage}${document.lastPage > document.firstPage ? `–${document.lastPage}` : ''}`);
  const unitIssues = unit.issues.filter((issue) => !issue.nomineeId);
  return (
    <div class="review-unit__body">
      <dl class="review-facts">
        <div>
          <dt>Tệp</dt>
          <dd>
            {unit.fileName} ({unit.source === 'pdf' ? `PDF ${data.pageCount ?? 0} trang, kèm dữ liệu hồ sơ` : 'dữ liệu hồ sơ JSON, không kèm PDF'}), lập lúc {unit.madeAt}
          </dd>
        </div>
        <div>
          <dt>Nhóm đơn vị</dt>
          <dd>
            {unit.category && unit.categoryLink ? (
              <>
                {unit.category.label}
                {data.unit.categoryUnit && data.unit.categoryUnit !== unit.category.label ? ` (${data.unit.categoryUnit})` : ''} (
                <a href={unit.categoryLink.href}>{unit.categoryLink.label}</a>)
                {data.unit.groupCount !== null ? `; ${data.unit.groupCount} ban, đoàn` : ''}
              </>
            ) : (
              'Chưa chọn nhóm'
            )}
          </dd>
        </div>
        <div>
          <dt>Tờ trình</dt>
          <dd>
            {data.letter.number ? `Số ${data.letter.number}` : 'Chưa ghi số'}
            {unit.letterDate ? `, ngày ${unit.letterDate}` : ', chưa ghi ngày'}
          </dd>
        </div>
        <div>
          <dt>Họp xét khen thưởng</dt>
          <dd>
            {unit.meetingDate ? `Ngày ${unit.meetingDate}` : 'Chưa ghi ngày'}
            {data.meeting.membersPresent !== null ? `; ${data.meeting.membersPresent}${data.meeting.membersTotal !== null ? `/${data.meeting.membersTotal}` : ''} thành viên có mặt` : ''}
          </dd>
        </div>
        {pages.length > 0 && (
          <div>
            <dt>Văn bản trong tệp PDF</dt>
            <dd>
              <ul>
                {pages.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {unitIssues.length > 0 && (
        <>
          <h4>Vấn đề của hồ sơ</h4>
          <Issues issues={unitIssues} />
        </>
      )}
      <h4>Tập thể, cá nhân được đề nghị</h4>
      <ol class="review-nominees">
        {nominees.map(({ nominee, found }) => {
          const selectId = `${id}-quyet-dinh-${nominee.id}`;
          const stale = found.kind === 'stale' ? found.mark : undefined;
          return (
            <li key={nominee.id} class="review-nominee">
              <p class="review-nominee__name">{nominee.data.name}</p>
              <p class="muted">{nomineeFacts(nominee, common)}</p>
              <p>
                Tự kiểm tra: {nominee.outcomeLabel}
                {nominee.votesText ? `; ${nominee.votesText}` : ''}
              </p>
              <Issues issues={nominee.issues} />
              <div class="field">
                <label for={selectId}>Quyết định của người thẩm định</label>
                <select
                  id={selectId}
                  value={found.kind === 'current' ? decisionOf(found.mark) : 'pending'}
                  aria-describedby={stale ? `${selectId}-truoc-day` : undefined}
                  onChange={(event) => onDecide([{ unit, nominee, decision: (event.currentTarget as HTMLSelectElement).value as Decision }])}
                >
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {stale && (
                  <p class="review-stale" id={`${selectId}-truoc-day`}>
                    Quyết định trước đây ({decisionLabel(form, stale)}) dành cho “{stale.nomineeName}”, nay mục này là “{nominee.data.name}”: cần quyết định lại.
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {acceptable.length > 0 && (
        <p>
          <button type="button" class="button button--secondary" onClick={() => onDecide(acceptable.map((nominee) => ({ unit, nominee, decision: 'accepted' })))}>
            Chấp nhận {acceptable.length} đề nghị chưa quyết định, không có vấn đề chặn ({unit.name})
          </button>
        </p>
      )}
      {held > 0 && <p>{held} đề nghị chưa quyết định có vấn đề chặn: xem từng trường hợp và chọn quyết định ở trên.</p>}
      <p>
        <button type="button" class="button button--secondary" aria-describedby={`${id}-bo-goi-y`} onClick={() => onRemove(unit)}>
          Bỏ hồ sơ của đơn vị này
        </button>
      </p>
      <p class="muted" id={`${id}-bo-goi-y`}>
        Các quyết định đã chọn cho đơn vị này vẫn được lưu trên máy này và được áp dụng lại khi đọc lại tệp của đơn vị.
      </p>
    </div>
  );
}
