import { nomineeFieldIds } from './fieldIds';
import { hintWith } from './FieldList';
import { StatusLine, type MessagesByField, type Status } from './StatusLine';
import type { ListedNominee } from '../../dossier/nominees';
import type { EarlierAward } from '../../schemas/unitProfile';
import type { AchievementReportForm, CommonForm } from '../../schemas/form';
import type { ReportDraft } from '../../storage/dossierDraft';
import { withSection } from './reports';
import { TextArea, TextField } from '../shared/fields';
import { focusSoon } from '../shared/focus';
import { DOSSIER_TEXT_LIMITS } from '../../schemas/dossierTextLimits';
import { ActionButton } from '../shared/ActionButton';
import { pure } from '../shared/pure';

export { reportStarter } from '../../dossier/reportText';

/** A change to one nominee's report draft. */
export type ReportChange = (report: ReportDraft) => ReportDraft;

interface Props {
  nominee: ListedNominee;
  report: ReportDraft | undefined;
  /** the starting text of each section (shown until the unit edits the section) */
  starter: Record<string, string>;
  form: AchievementReportForm;
  groups: CommonForm['nomineeGroups'];
  /** the errors and warnings of this report's fields, by field id */
  messages: MessagesByField;
  /** the proposing unit's name and its signer ("CHỦ TỊCH Trần Văn Bình"), who heads the report unless a division is named */
  unitName: string;
  unitSigner: string;
  onChange: (nomineeId: string, change: ReportChange) => void;
  onGenerate: (nomineeId: string) => void;
  /** the line under this report's button, and whether a file is being made */
  status: Status | null;
  busy: boolean;
}

const AWARD_COLUMNS: { key: keyof EarlierAward; label: string; hint?: string }[] = [
  { key: 'year', label: 'Năm' },
  { key: 'award', label: 'Hình thức khen thưởng', hint: 'Ví dụ Giấy khen của Chủ tịch UBND huyện.' },
  { key: 'decision', label: 'Số, ngày quyết định', hint: 'Ví dụ Quyết định số 12/QĐ-UBND ngày 05/02/2024.' },
  { key: 'issuer', label: 'Cơ quan ban hành' },
];

const emptyAward = (): EarlierAward => ({ year: '', award: '', decision: '', issuer: '' });

/** Who signs the report for the nominee's own unit: a division of the proposing unit and its head, or the unit's signer. */
function OwnUnitFields({ nominee, report, change, messages, unitName, unitSigner }: Pick<Props, 'nominee' | 'report' | 'messages' | 'unitName' | 'unitSigner'> & { change: (change: ReportChange) => void }) {
  const ids = nomineeFieldIds(nominee.id);
  const set = (key: 'division' | 'headTitle' | 'headName') => (value: string) => change((r) => ({ ...r, [key]: value }));
  const field = (key: 'division' | 'headTitle' | 'headName', label: string, hint: string) => ({
    id: ids[key],
    label,
    hint: hintWith(hint, undefined, messages.get(ids[key])?.warning),
    value: report?.[key] ?? '',
    error: messages.get(ids[key])?.error,
    maxLength: DOSSIER_TEXT_LIMITS.report[key].limit,
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

/**
 * The guided editor of one nominee's achievement report, with its generate button: it renders
 * again only when its own props change, so that typing in one report re-renders that report only.
 */
export const ReportEditor = pure(function ReportEditor({ nominee, report, starter, form, groups, messages, unitName, unitSigner, onChange, onGenerate, status, busy }: Props) {
  const ids = nomineeFieldIds(nominee.id);
  const name = nominee.name.trim() || '(chưa có tên)';
  const awards = report?.earlierAwards ?? [];
  const change = (next: ReportChange) => onChange(nominee.id, next);
  const errorFor = (fieldId: string) => messages.get(fieldId)?.error;
  const setSection = (sectionId: string, text: string | undefined) => change((r) => withSection(r, sectionId, text));
  const setAward = (index: number, key: keyof EarlierAward, value: string) =>
    change((r) => ({ ...r, earlierAwards: r.earlierAwards.map((award, i) => (i === index ? { ...award, [key]: value } : award)) }));
  const addAward = () => {
    change((r) => ({ ...r, earlierAwards: [...r.earlierAwards, emptyAward()] }));
    focusSoon(ids.award(awards.length, 'year'));
  };
  const removeAward = (index: number) => {
    change((r) => ({ ...r, earlierAwards: r.earlierAwards.filter((_, i) => i !== index) }));
    focusSoon(`${ids.report}-them-kt`);
  };

  return (
    <section class="dossier-report" aria-labelledby={ids.report}>
      <h4 id={ids.report} tabIndex={-1}>
        {name} <span class="muted">({groups[nominee.type]})</span>
      </h4>
      <OwnUnitFields {...{ nominee, report, change, messages, unitName, unitSigner }} />
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
                      error={messages.get(ids.award(index, column.key))?.error}
                      maxLength={column.key === 'year' ? undefined : DOSSIER_TEXT_LIMITS.earlierAward[column.key].limit}
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
      <div class="button-group">
        <ActionButton busy={busy} onClick={() => onGenerate(nominee.id)}>
          Tạo báo cáo (DOCX)<span class="visually-hidden"> của {nominee.name.trim() || 'tập thể, cá nhân chưa có tên'}</span>
        </ActionButton>
      </div>
      <StatusLine status={status} />
    </section>
  );
});
