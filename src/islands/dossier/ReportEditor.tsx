import type { ComponentChildren } from 'preact';
import { nomineeFieldIds } from './fieldIds';
import { hintWith } from './FieldList';
import type { ListedNominee } from '../../dossier/nominees';
import type { EarlierAward } from '../../schemas/unitProfile';
import type { AchievementReportForm, CommonForm } from '../../schemas/form';
import type { ReportDraft } from '../../storage/dossierDraft';
import { TextArea, TextField } from '../shared/fields';
import { focusSoon } from '../shared/focus';

interface Props {
  nominee: ListedNominee;
  report: ReportDraft | undefined;
  /** the starting text of each section (shown until the unit edits the section) */
  starter: Record<string, string>;
  form: AchievementReportForm;
  groups: CommonForm['nomineeGroups'];
  onChange: (change: (report: ReportDraft) => ReportDraft) => void;
  errorFor: (fieldId: string) => string | undefined;
  warningFor: (fieldId: string) => string | undefined;
  /** the proposing unit's name and its signer ("CHỦ TỊCH Trần Văn Bình"), who heads the report unless a division is named */
  unitName: string;
  unitSigner: string;
  /** the generate button and its status line */
  children: ComponentChildren;
}

const AWARD_COLUMNS: { key: keyof EarlierAward; label: string; hint?: string }[] = [
  { key: 'year', label: 'Năm' },
  { key: 'award', label: 'Hình thức khen thưởng', hint: 'Ví dụ Giấy khen của Chủ tịch UBND huyện.' },
  { key: 'decision', label: 'Số, ngày quyết định', hint: 'Ví dụ Quyết định số 12/QĐ-UBND ngày 05/02/2024.' },
  { key: 'issuer', label: 'Cơ quan ban hành' },
];

const emptyAward = (): EarlierAward => ({ year: '', award: '', decision: '', issuer: '' });

/** The guided editor of one nominee's achievement report: each section of the form with its guidance. */
/** Who signs the report for the nominee's own unit: a division of the proposing unit and its head, or the unit's signer. */
function OwnUnitFields({ nominee, report, onChange, errorFor, warningFor, unitName, unitSigner }: Omit<Props, 'starter' | 'form' | 'groups' | 'children'>) {
  const ids = nomineeFieldIds(nominee.id);
  const set = (key: 'division' | 'headTitle' | 'headName') => (value: string) => onChange((r) => ({ ...r, [key]: value }));
  const field = (key: 'division' | 'headTitle' | 'headName', label: string, hint: string) => ({
    id: ids[key],
    label,
    hint: hintWith(hint, undefined, warningFor(ids[key])),
    value: report?.[key] ?? '',
    error: errorFor(ids[key]),
    onInput: set(key),
  });
  const who = nominee.type === 'collective' ? 'tập thể này là' : 'người này công tác tại';
  const unit = unitName.trim() || 'đơn vị';
  return (
    <fieldset class="dossier-report__section">
      <legend>Đơn vị lập báo cáo và người ký xác nhận</legend>
      <TextArea
        {...field(
          'division',
          'Phòng, đơn vị trực thuộc (nếu có)',
          `Nếu ${who} một phòng, đơn vị thuộc ${unit}: tên in ở tiêu đề báo cáo, dưới tên ${unit}, mỗi dòng một hàng (ví dụ PHÒNG QUẢN LÝ VĂN HÓA VÀ GIA ĐÌNH). Để trống nếu là chính ${unit}.`,
        )}
        rows={2}
      />
      <TextField
        {...field('headTitle', 'Chức vụ của thủ trưởng đơn vị', `Người ký “Thủ trưởng đơn vị” trên báo cáo, ví dụ TRƯỞNG PHÒNG. Để trống để dùng người ký của ${unit}${unitSigner ? ` (${unitSigner})` : ''}.`)}
      />
      <TextField {...field('headName', 'Họ và tên thủ trưởng đơn vị', 'Bắt buộc khi có phòng, đơn vị trực thuộc.')} />
    </fieldset>
  );
}

export function ReportEditor({ nominee, report, starter, form, groups, onChange, errorFor, warningFor, unitName, unitSigner, children }: Props) {
  const ids = nomineeFieldIds(nominee.id);
  const name = nominee.name.trim() || '(chưa có tên)';
  const awards = report?.earlierAwards ?? [];
  const setSection = (sectionId: string, text: string | undefined) =>
    onChange((r) => {
      const sections = { ...r.sections };
      if (text === undefined) delete sections[sectionId];
      else sections[sectionId] = text;
      return { ...r, sections };
    });
  const setAward = (index: number, key: keyof EarlierAward, value: string) =>
    onChange((r) => ({ ...r, earlierAwards: r.earlierAwards.map((award, i) => (i === index ? { ...award, [key]: value } : award)) }));
  const addAward = () => {
    onChange((r) => ({ ...r, earlierAwards: [...r.earlierAwards, emptyAward()] }));
    focusSoon(ids.award(awards.length, 'year'));
  };
  const removeAward = (index: number) => {
    onChange((r) => ({ ...r, earlierAwards: r.earlierAwards.filter((_, i) => i !== index) }));
    focusSoon(`${ids.report}-them-kt`);
  };

  return (
    <section class="dossier-report" aria-labelledby={ids.report}>
      <h3 id={ids.report} tabIndex={-1}>
        {name} <span class="muted">({groups[nominee.type]})</span>
      </h3>
      <OwnUnitFields {...{ nominee, report, onChange, errorFor, warningFor, unitName, unitSigner }} />
      {form.sections.map((section) => {
        const fieldId = ids.section(section.id);
        const stored = report?.sections[section.id];
        const proposed = starter[section.id];
        const text = stored ?? proposed ?? '';
        const textArea = (label: string, hint: string) => (
          <TextArea
            id={fieldId}
            label={label}
            hint={hint}
            rows={section.kind === 'awards' ? 3 : 10}
            value={text}
            error={errorFor(fieldId)}
            onInput={(value) => setSection(section.id, value)}
          />
        );
        if (section.kind === 'text') {
          return (
            <div key={section.id} class="dossier-report__section">
              {textArea(section.heading, section.guidance[nominee.type])}
              {proposed !== undefined && stored !== undefined && stored !== proposed && (
                <button type="button" class="button button--secondary dossier-report__restore" onClick={() => setSection(section.id, undefined)}>
                  Dùng lại nội dung gợi ý<span class="visually-hidden"> cho phần {section.heading} của {name}</span>
                </button>
              )}
            </div>
          );
        }
        return (
          <fieldset key={section.id} class="dossier-report__section dossier-awards" aria-describedby={`${fieldId}-huong-dan`}>
            <legend>{section.heading}</legend>
            <p class="hint" id={`${fieldId}-huong-dan`}>{section.guidance[nominee.type]}</p>
            {awards.length === 0 && <p>Chưa có hình thức khen thưởng nào.{section.emptyText ? ` Báo cáo sẽ ghi “${section.emptyText}”` : ''}</p>}
            {awards.map((award, index) => (
              <fieldset key={index} class="dossier-awards__row">
                <legend>Hình thức khen thưởng thứ {index + 1}</legend>
                <div class="dossier-awards__fields">
                  {AWARD_COLUMNS.map((column) => (
                    <TextField
                      key={column.key}
                      id={ids.award(index, column.key)}
                      label={column.label}
                      hint={column.hint}
                      inputMode={column.key === 'year' ? 'numeric' : undefined}
                      value={award[column.key]}
                      onInput={(value) => setAward(index, column.key, value)}
                    />
                  ))}
                </div>
                <button type="button" class="button button--secondary" onClick={() => removeAward(index)}>
                  Xóa dòng {index + 1}<span class="visually-hidden"> trong bảng khen thưởng của {name}</span>
                </button>
              </fieldset>
            ))}
            <button type="button" id={`${ids.report}-them-kt`} class="button button--secondary" onClick={addAward}>
              Thêm hình thức khen thưởng<span class="visually-hidden"> cho {name}</span>
            </button>
            {textArea('Ghi chú thêm (nếu có)', 'In sau bảng khen thưởng; để trống nếu không cần.')}
          </fieldset>
        );
      })}
      {children}
    </section>
  );
}
