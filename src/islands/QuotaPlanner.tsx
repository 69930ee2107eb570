// The quota planner (plan Mục IV.2): the unit chooses its category, builds its list of nominees
// and sees at once whether the list fits. The list is stored as drafts.quotaPlan; the dossier is
// generated from it. The add/edit form loads after the first screen. Opened from a self-check's
// result (?tu-kiem-tra=moi), the form starts with the check's type of nominee, and the new nominee
// gets the check.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EligibilityRecords } from '../domain/eligibility';
import { allowedTypes, evaluateQuota, kindFor, LEADERSHIP_PRIORITY_CLAUSE, parseGroupCount, summariseSelfChecks } from '../domain/quotas';
import { clauseLabel } from '../domain/rules';
import type { NomineeWording } from '../schemas/form';
import type { QuotaCategory } from '../schemas/quota';
import type { Drafts } from '../storage/drafts';
import type { Nominee } from '../schemas/nominee';
import type { NomineeEntryDraft, QuotaPlanDraft } from '../storage/quotaPlanDraft';
import { loadDrafts } from '../storage/store';
import { SelectField, TextField } from './shared/fields';
import { focusSoon } from './shared/focus';
import { SaveStatus } from './shared/SaveStatus';
import { useDrafts } from './shared/useDrafts';
import { useStored } from './shared/useStoredDrafts';
import { CATEGORY_FIELD_ID, FORM_HEADING_ID, GROUP_COUNT_FIELD_ID, TYPE_FIELD_ID } from './quota/formIds';
import { itemIds, NomineeList } from './quota/NomineeList';
import { countsSentence, QuotaStatus } from './quota/QuotaStatus';
import { groupCountField, selectedUnitValue, UNIT_CHOICE, unitOptions } from './quota/unitOptions';
import './quota/quota.css';

export interface QuotaPlannerProps {
  /** every category of content/rules/quotas.yaml, in the plan's order */
  categories: QuotaCategory[];
  /** what the self-check of each nominee is evaluated with (eligibilityRecords(rules)) */
  records: EligibilityRecords;
  /** how nominee groups and genders are named (content/forms/common.yaml) */
  wording: NomineeWording;
  /** the self-check page */
  selfCheckPath?: string;
}

type FormModule = typeof import('./quota/NomineeForm');

const readPlan = (drafts: Drafts) => drafts.quotaPlan;
const writePlan = (drafts: Drafts, quotaPlan: QuotaPlanDraft): Drafts => ({ ...drafts, quotaPlan });

export default function QuotaPlanner({ categories, records, wording, selfCheckPath = '/tu-kiem-tra/' }: QuotaPlannerProps) {
  const { value: plan, setValue: setPlan, save, flush } = useDrafts(readPlan, writePlan);
  const [stored, reloadStored] = useStored(loadDrafts);
  const savedChecks = stored.selfChecks;
  const [action, setAction] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ nominee: Nominee; index: number } | null>(null);
  const [fromCheck] = useState(() => new URLSearchParams(location.search).get('tu-kiem-tra') === 'moi');
  /** the add/edit form's module once loaded; false when it could not be */
  const [form, setForm] = useState<FormModule | false | null>(null);
  useEffect(() => {
    import('./quota/NomineeForm').then(setForm, () => setForm(false));
  }, []);

  const options = useMemo(() => unitOptions(categories), [categories]);
  const category = categories.find((c) => c.id === plan.categoryId);
  const selfChecks = useMemo(() => summariseSelfChecks(plan.nominees, savedChecks, records), [plan.nominees, savedChecks, records]);
  const priority = records.principles.find((p) => p.kind === 'priority' && p.clause === LEADERSHIP_PRIORITY_CLAUSE);
  const evaluation = category
    ? evaluateQuota({
        category,
        unitName: plan.unitName,
        groupCount: plan.groupCount,
        nominees: plan.nominees,
        selfChecks,
        principles: records.principles,
        birthYears: records.birthYears,
      })
    : undefined;
  const editingId = plan.entry?.editingId;
  const kindOf = (type: Nominee['type']) => (category ? kindFor(category, type, records.nomineeKinds)?.id : undefined);
  // a finished self-check kept for no nominee yet: offered to a new nominee of its type
  const offer = form ? form.selfCheckOffer(savedChecks, records, kindOf, fromCheck) : undefined;

  // Opened from the self-check's result: the form starts with the check's type, and takes focus.
  useEffect(() => {
    if (!offer?.attachable) return;
    if (!plan.entry?.editingId && !plan.entry?.type) setEntry({ type: offer.type });
    focusSoon(FORM_HEADING_ID);
  }, [!!form]);

  /** Applies a change to the plan; the live region then says what happened, with the new counts. */
  const change = (next: QuotaPlanDraft, action: string) => {
    setPlan(next);
    setAction(action);
  };

  const chooseUnit = (value: string) => {
    const option = options.find((o) => o.value === value);
    change({ ...plan, categoryId: option?.categoryId, unitName: option?.unitName }, option ? `Đã chọn: ${option.label}.` : '');
  };

  const setEntry = (patch: Partial<NomineeEntryDraft>) =>
    form && setPlan((current) => ({ ...current, entry: { ...(current.entry ?? form.emptyEntry()), ...patch } }));

  const saveNominee = (nominee: Nominee, isNew: boolean) => {
    const nominees = isNew ? [...plan.nominees, nominee] : plan.nominees.map((n) => (n.id === nominee.id ? nominee : n));
    setRemoved(null);
    change({ ...plan, nominees, entry: undefined }, isNew ? `Đã thêm “${nominee.name}” vào danh sách.` : `Đã lưu thay đổi của “${nominee.name}”.`);
    if (form && isNew && offer?.attachable && offer.type === nominee.type) {
      // the nominee is stored first, then the check moves to it in one write (never copied)
      flush();
      if (form.attachToNew(nominee.id, records)) setAction(`Đã thêm “${nominee.name}” vào danh sách, với kết quả tự kiểm tra vừa làm.`);
      reloadStored();
    }
    focusSoon(isNew ? TYPE_FIELD_ID : itemIds(nominee.id).heading);
  };

  const edit = (id: string) => {
    const nominee = plan.nominees.find((n) => n.id === id);
    if (!nominee) return;
    const { id: _, ...fields } = nominee;
    setPlan({ ...plan, entry: { ...fields, editingId: id } });
    focusSoon(FORM_HEADING_ID);
  };

  const cancelEdit = () => {
    const id = editingId;
    setPlan({ ...plan, entry: undefined });
    if (id) focusSoon(itemIds(id).edit);
  };

  const move = (id: string, delta: -1 | 1) => {
    const from = plan.nominees.findIndex((n) => n.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= plan.nominees.length) return;
    const nominees = [...plan.nominees];
    const [nominee] = nominees.splice(from, 1);
    nominees.splice(to, 0, nominee!);
    change({ ...plan, nominees }, `Đã chuyển “${nominee!.name}” đến vị trí ${to + 1} trên ${nominees.length}.`);
    // Focus stays on the button pressed, unless the nominee reached that end of the list (the button is disabled there).
    const ids = itemIds(id);
    const [pressed, opposite] = delta < 0 ? [ids.up, ids.down] : [ids.down, ids.up];
    focusSoon((delta < 0 ? to === 0 : to === nominees.length - 1) ? opposite : pressed);
  };

  const remove = (id: string) => {
    const index = plan.nominees.findIndex((n) => n.id === id);
    const nominee = plan.nominees[index];
    if (!nominee) return;
    const editingThis = editingId === id;
    change({ ...plan, nominees: plan.nominees.filter((n) => n.id !== id), entry: editingThis ? undefined : plan.entry }, `Đã xóa “${nominee.name}” khỏi danh sách.`);
    setRemoved({ nominee, index });
    focusSoon('uv-da-xoa');
  };

  const undoRemove = () => {
    if (!removed) return;
    const nominees = [...plan.nominees];
    nominees.splice(Math.min(removed.index, nominees.length), 0, removed.nominee);
    change({ ...plan, nominees }, `Đã khôi phục “${removed.nominee.name}”.`);
    focusSoon(itemIds(removed.nominee.id).heading);
    setRemoved(null);
  };

  const groupField = category && groupCountField(category);
  const groupParsed = category && groupField ? parseGroupCount(category, plan.groupCount) : undefined;
  const groupError =
    groupParsed && 'message' in groupParsed && (plan.groupCount.trim() !== '' || plan.nominees.length > 0) ? groupParsed.message : undefined;

  return (
    <div class="quota-planner">
      <SaveStatus save={save} />
      <SelectField
        id={CATEGORY_FIELD_ID}
        label={UNIT_CHOICE.label}
        hint="Chọn tên đơn vị, hoặc nhóm đơn vị, theo bảng số lượng ở trên."
        value={selectedUnitValue(options, plan.categoryId, plan.unitName)}
        options={options}
        placeholder={UNIT_CHOICE.placeholder}
        onChange={chooseUnit}
      />
      {groupField && (
        <TextField
          id={GROUP_COUNT_FIELD_ID}
          {...groupField}
          inputMode="numeric"
          width="short"
          value={plan.groupCount}
          error={groupError}
          onInput={(groupCount) => change({ ...plan, groupCount }, '')}
        />
      )}
      {category && evaluation ? (
        <QuotaStatus category={category} wording={wording} evaluation={evaluation} />
      ) : (
        <p class="note">Chọn đơn vị của bạn để xem số lượng được đề nghị.</p>
      )}
      <p class="visually-hidden" role="status">
        {action !== null && `${action} ${evaluation ? countsSentence(evaluation) : ''}`.trim()}
      </p>
      <h3 id="ds-de-nghi">Danh sách đề nghị</h3>
      {removed && (
        <p class="note" id="uv-da-xoa" tabIndex={-1}>
          Đã xóa “{removed.nominee.name}” khỏi danh sách.{' '}
          <button type="button" class="button button--secondary" onClick={undoRemove}>
            Hoàn tác
          </button>
        </p>
      )}
      <NomineeList
        nominees={plan.nominees}
        wording={wording}
        issues={evaluation?.issues ?? []}
        selfChecks={selfChecks}
        selfCheckPath={selfCheckPath}
        onMove={move}
        onEdit={edit}
        onRemove={remove}
      />
      {form ? (
        <form.NomineeForm
          // a new unit or a new nominee to edit starts the form without the previous messages
          key={`${editingId ?? 'moi'}|${plan.categoryId}|${plan.unitName}`}
          entry={plan.entry}
          onEntry={setEntry}
          category={category}
          unitName={plan.unitName}
          groupCount={plan.groupCount}
          nominees={plan.nominees}
          wording={wording}
          allowed={category ? allowedTypes(category) : ['collective', 'individual']}
          kindOf={kindOf}
          birthYears={records.birthYears}
          offer={offer}
          selfCheckPath={selfCheckPath}
          leadershipHint={priority ? `${priority.text} (${clauseLabel(LEADERSHIP_PRIORITY_CLAUSE)})` : undefined}
          onSave={saveNominee}
          onCancelEdit={cancelEdit}
        />
      ) : (
        <p role="status">{form === false ? 'Không tải được biểu mẫu thêm tập thể, cá nhân: hãy kiểm tra kết nối rồi tải lại trang.' : 'Đang tải biểu mẫu…'}</p>
      )}
    </div>
  );
}
