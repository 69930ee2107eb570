// Each unit's dossier: what its file says (category, numbers, dates, documents and pages), the
// issues found, and each nominee with its self-check, votes and the reviewer's decision. A unit's
// details are drawn when opened, so that two hundred units stay light.
import { useState } from 'preact/hooks';
import type { CommonForm } from '../../schemas/form';
import type { ReviewMark } from '../../schemas/review';
import { markKey } from '../../schemas/reviewKey';
import type { ReviewForm } from '../../schemas/reviewForm';
import type { Marks, StatusCounts } from '../../review/tally';
import { decisionOf, decisionOptions, type Decision } from './decision';
import type { PresentedIssue, PresentedNominee, PresentedUnit } from './present';

type Filter = 'all' | 'blocking' | 'undecided';

interface Props {
  units: PresentedUnit[];
  marks: Marks;
  byUnit: Map<string, StatusCounts>;
  form: ReviewForm;
  common: CommonForm;
  onDecide: (changes: { unit: PresentedUnit; nominee: PresentedNominee; decision: Decision }[]) => void;
}

/** The HTML id of a unit's details (by its place in the list: unit keys are names). */
export const unitId = (index: number) => `don-vi-${index + 1}`;

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

function UnitBody({ unit, index, marks, form, common, onDecide }: Omit<Props, 'units' | 'byUnit'> & { unit: PresentedUnit; index: number }) {
  const { data } = unit;
  const options = decisionOptions(form);
  const undecided = unit.nominees.filter((nominee) => decisionOf(marks.get(markKey(unit.key, nominee.id))) === 'pending');
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
        {unit.nominees.map((nominee) => {
          const mark: ReviewMark | undefined = marks.get(markKey(unit.key, nominee.id));
          const selectId = `${unitId(index)}-quyet-dinh-${nominee.id}`;
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
                  value={decisionOf(mark)}
                  onChange={(event) => onDecide([{ unit, nominee, decision: (event.currentTarget as HTMLSelectElement).value as Decision }])}
                >
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            </li>
          );
        })}
      </ol>
      {undecided.length > 0 && (
        <p>
          <button type="button" class="button button--secondary" onClick={() => onDecide(undecided.map((nominee) => ({ unit, nominee, decision: 'accepted' })))}>
            Chấp nhận {undecided.length} đề nghị chưa quyết định của {unit.name}
          </button>
        </p>
      )}
    </div>
  );
}

export function UnitSection(props: Props) {
  const { units, byUnit, form } = props;
  const [filter, setFilter] = useState<Filter>('all');
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const shown = units
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => filter === 'all' || (filter === 'blocking' ? unit.blocking > 0 : (byUnit.get(unit.key)?.pending ?? 0) > 0));
  const filters: { value: Filter; label: string }[] = [
    { value: 'all', label: `Tất cả (${units.length})` },
    { value: 'blocking', label: `Có vấn đề chặn (${units.filter((u) => u.blocking > 0).length})` },
    { value: 'undecided', label: `Còn đề nghị ${form.statuses.pending.toLocaleLowerCase('vi')} (${units.filter((u) => (byUnit.get(u.key)?.pending ?? 0) > 0).length})` },
  ];
  return (
    <section aria-labelledby="tong-hop-tung-don-vi">
      <h2 id="tong-hop-tung-don-vi">2. Hồ sơ từng đơn vị</h2>
      {units.length === 0 ? (
        <p>Chưa có hồ sơ nào. Hãy chọn tệp ở phần 1.</p>
      ) : (
        <>
          <fieldset class="radios radios--inline review-filter">
            <legend>Hiện các đơn vị</legend>
            {filters.map((option) => (
              <div class="radio" key={option.value}>
                <input type="radio" id={`tong-hop-loc-${option.value}`} name="tong-hop-loc" checked={filter === option.value} onChange={() => setFilter(option.value)} />
                <label for={`tong-hop-loc-${option.value}`}>{option.label}</label>
              </div>
            ))}
          </fieldset>
          <ul class="review-units">
            {shown.map(({ unit, index }) => {
              const counts = byUnit.get(unit.key) ?? { accepted: 0, returned: 0, pending: unit.nominees.length };
              const isOpen = opened.has(unit.key);
              return (
                <li key={unit.key}>
                  <details
                    id={unitId(index)}
                    class={`review-unit${unit.blocking > 0 ? ' review-unit--blocking' : ''}`}
                    onToggle={(event) => {
                      const open = (event.currentTarget as HTMLDetailsElement).open;
                      setOpened((set) => {
                        const next = new Set(set);
                        if (open) next.add(unit.key);
                        else next.delete(unit.key);
                        return next;
                      });
                    }}
                  >
                    <summary>
                      <span class="review-unit__name">{unit.name}</span>{' '}
                      <span class="review-unit__facts">
                        {unit.category?.label ?? 'Chưa chọn nhóm'} · {unit.nominees.length} đề nghị ·{' '}
                        {unit.blocking > 0 ? `${unit.blocking} vấn đề chặn` : 'không có vấn đề chặn'}
                        {unit.warnings > 0 ? `, ${unit.warnings} điều cần xem` : ''} · {form.statuses.accepted.toLocaleLowerCase('vi')} {counts.accepted}, {form.statuses.returned.toLocaleLowerCase('vi')}{' '}
                        {counts.returned}, {form.statuses.pending.toLocaleLowerCase('vi')} {counts.pending}
                      </span>
                    </summary>
                    {isOpen && <UnitBody {...props} unit={unit} index={index} />}
                  </details>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
