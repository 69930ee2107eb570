// Each unit's dossier: a line per unit (its category, numbers, issues and decisions), filtered by
// what is left to do; a unit's details (./UnitBody.tsx) are drawn when opened, so that two hundred
// units stay light, and loaded once there are units, after the first screen. When a unit's file is
// removed, focus goes to the next unit's line (or the previous one, or the section's heading).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommonForm } from '../../schemas/form';
import type { ReviewForm } from '../../schemas/reviewForm';
import type { Marks, StatusCounts } from '../../review/tally';
import type { UnitBodyProps } from './UnitBody';
import type { PresentedUnit } from './present';

type Filter = 'all' | 'blocking' | 'undecided';

interface Props {
  units: PresentedUnit[];
  marks: Marks;
  byUnit: Map<string, StatusCounts>;
  form: ReviewForm;
  common: CommonForm;
  onDecide: UnitBodyProps['onDecide'];
  /** removes the unit's file; true once done */
  onRemove: (unit: PresentedUnit) => Promise<boolean>;
}

/** The HTML id of a unit's details (by its place in the list: unit keys are names). */
export const unitId = (index: number) => `don-vi-${index + 1}`;

type Body = typeof import('./UnitBody').UnitBody;

export function UnitSection(props: Props) {
  const { units, byUnit, form } = props;
  const [filter, setFilter] = useState<Filter>('all');
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const [Body, setBody] = useState<Body | null>(null);
  /** after a removal, the unit whose line takes focus; null: the heading */
  const [focusKey, setFocusKey] = useState<string | null | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const any = units.length > 0;
  useEffect(() => {
    if (any && !Body) void import('./UnitBody').then((module) => setBody(() => module.UnitBody));
  }, [any]);
  useEffect(() => {
    if (focusKey === undefined) return;
    const index = focusKey === null ? -1 : units.findIndex((unit) => unit.key === focusKey);
    (index < 0 ? heading.current : document.querySelector<HTMLElement>(`#${unitId(index)} > summary`))?.focus();
    setFocusKey(undefined);
  }, [units, focusKey]);
  const shown = units
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => filter === 'all' || (filter === 'blocking' ? unit.blocking > 0 : (byUnit.get(unit.key)?.pending ?? 0) > 0));
  const remove = async (unit: PresentedUnit) => {
    const at = shown.findIndex((item) => item.unit.key === unit.key);
    const next = shown[at + 1] ?? shown[at - 1];
    if (!(await props.onRemove(unit))) return;
    setOpened((set) => new Set([...set].filter((key) => key !== unit.key)));
    setFocusKey(next ? next.unit.key : null);
  };
  const filters: { value: Filter; label: string }[] = [
    { value: 'all', label: `Tất cả (${units.length})` },
    { value: 'blocking', label: `Có vấn đề chặn (${units.filter((u) => u.blocking > 0).length})` },
    { value: 'undecided', label: `Còn đề nghị ${form.statuses.pending.toLocaleLowerCase('vi')} (${units.filter((u) => (byUnit.get(u.key)?.pending ?? 0) > 0).length})` },
  ];
  return (
    <section aria-labelledby="tong-hop-tung-don-vi">
      <h2 id="tong-hop-tung-don-vi" ref={heading} tabIndex={-1}>
        2. Hồ sơ từng đơn vị
      </h2>
      {!any ? (
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
                    {isOpen && (Body ? <Body {...props} unit={unit} id={unitId(index)} onRemove={(u) => void remove(u)} /> : <p class="muted">Đang mở…</p>)}
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
