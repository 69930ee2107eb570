// The eligibility self-check (/tu-kiem-tra/): one question per step, the step in the URL hash
// (never the answers), answers autosaved as drafts.selfChecks[<nominee id> | 'current']. The
// result and its next steps (attaching the check to a nominee) load once the last questions are
// reached: the first screen does not wait for them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { evaluateSelfCheck, type EligibilityRecords } from '../domain/eligibility';
import type { Drafts } from '../storage/drafts';
import { loadDrafts } from '../storage/store';
import type { Nominee } from '../schemas/nominee';
import { isRecordKey, withEntry, withoutEntry } from '../schemas/recordKey';
import { CURRENT_CHECK as CURRENT, emptySelfCheck, type SelfCheckAnswers } from '../schemas/selfCheck';
import { ErrorSummary, type FieldError } from './shared/ErrorSummary';
import { SaveStatus } from './shared/SaveStatus';
import { useDrafts } from './shared/useDrafts';
import { AwardStep, CriterionStep, ExclusionsStep, NomineeKindStep, ScopeStep, type StepProps } from './eligibility/QuestionSteps';
import { firstUnanswered, isStepId, stepAfter, stepBefore, stepsFor } from './eligibility/steps';
import { useHash } from './eligibility/useHash';
import { validateStep } from './eligibility/validate';
import './eligibility/eligibility.css';

interface Props {
  records: EligibilityRecords;
}

type FinishModule = typeof import('./eligibility/Finish');

/** The draft key: the quota planner's nominee id from ?ung-vien=, or 'current'. */
function draftKey(): string {
  const id = new URLSearchParams(location.search).get('ung-vien') ?? '';
  return isRecordKey(id) ? id : CURRENT;
}

const isEmpty = (check: SelfCheckAnswers) =>
  !check.award && !check.nomineeKind && !check.inScope && Object.keys(check.answers).length === 0 && !check.turnout.registered && !check.turnout.voted;

/** A fresh check; for a nominee of the quota plan, its kind is preselected where the type tells it. */
function freshCheck(nominee: Nominee | undefined, records: EligibilityRecords): SelfCheckAnswers {
  const kinds = records.nomineeKinds.filter((k) => k.nomineeType === nominee?.type);
  const nomineeKind = nominee?.nomineeKind ?? (kinds.length === 1 ? kinds[0]!.id : undefined);
  return { ...emptySelfCheck(), nomineeKind };
}

export default function EligibilityCheck({ records }: Props) {
  const [key] = useState(draftKey);
  const [nominee] = useState(() => (key === CURRENT ? undefined : loadDrafts().quotaPlan.nominees.find((n) => n.id === key)));
  const { value: check, setValue, save, flush } = useDrafts<SelfCheckAnswers>(
    (drafts) => drafts.selfChecks[key] ?? freshCheck(nominee, records),
    (drafts, next): Drafts => ({ ...drafts, selfChecks: isEmpty(next) ? withoutEntry(drafts.selfChecks, key) : withEntry(drafts.selfChecks, key, next) }),
  );
  const [hash, go] = useHash();
  const [errors, setErrors] = useState<{ step: string; list: FieldError[] }>({ step: '', list: [] });
  const [focusKey, setFocusKey] = useState(0);
  const returning = useRef(false);
  const lastStep = useRef('');
  const root = useRef<HTMLDivElement>(null);
  const [baseTitle] = useState(() => document.title);
  /** the summary's and the result's module once loaded; false when it could not be */
  const [finish, setFinish] = useState<FinishModule | false | null>(null);
  /** the answers "Làm lại" cleared and the step it was pressed on, until the next step is taken */
  const [undo, setUndo] = useState<{ check: SelfCheckAnswers; step: string } | null>(null);
  const focusPending = useRef<string | null>(null);

  const steps = stepsFor(check, records);
  const requested = steps.find((s) => s.id === hash);
  // A hash that is not a step (the skip link's #noi-dung) keeps the step on screen.
  const kept = !requested && hash && !isStepId(hash) ? steps.find((s) => s.id === lastStep.current) : undefined;
  const step = requested ?? kept ?? firstUnanswered(steps, check, records);
  const stepErrors = errors.step === step.id ? errors.list : [];

  useEffect(() => {
    if (!requested && !kept) go(step.id, true);
  }, [step.id, requested, kept]);

  /** Focuses the element (the step's heading by default) and says whether it was there. */
  const focusOn = (selector: string) => {
    const target = root.current?.querySelector<HTMLElement>(selector);
    if (!target) return false;
    target.setAttribute('tabindex', '-1');
    target.focus();
    scrollTo(0, 0);
    return true;
  };

  // The result loads from the last questions on, so that it is there when asked for.
  const nearResult = step.kind === 'exclusions' || step.kind === 'check' || step.kind === 'result';
  useEffect(() => {
    if (nearResult && finish === null) import('./eligibility/Finish').then(setFinish, () => setFinish(false));
  }, [nearResult]);

  useEffect(() => {
    const previous = lastStep.current;
    lastStep.current = step.id;
    if (step.kind === 'check') returning.current = false;
    // Move focus to the new step's heading, as a page load would, but not on the first render;
    // to the undo note after "Làm lại"; once loaded, for a result that was still loading.
    if (previous && previous !== step.id) focusPending.current ??= 'h1';
    if (focusPending.current && focusOn(focusPending.current)) focusPending.current = null;
  }, [step.id, finish, undo]);

  const evaluation = step.kind === 'result' ? evaluateSelfCheck(check, records) : undefined;
  const outcome = evaluation?.ok ? evaluation.evaluation.outcome : undefined;

  // The title names the step by its heading (never personal data), as a page of its own would.
  useEffect(() => {
    const heading = root.current?.querySelector('h1')?.textContent;
    document.title = `${stepErrors.length > 0 ? 'Lỗi: ' : ''}${heading ? `${heading} · ` : ''}${baseTitle}`;
  }, [step.id, stepErrors.length > 0, outcome, finish]);

  const update: StepProps['update'] = (change) =>
    setValue((c) => ({ ...c, ...change(c) }));

  const submit = (event: Event) => {
    event.preventDefault();
    const list = validateStep(step, check, records);
    setErrors({ step: step.id, list });
    if (list.length > 0) {
      setFocusKey((k) => k + 1);
      return;
    }
    const next = returning.current ? firstUnanswered(steps, check, records) : (stepAfter(steps, step.id) ?? firstUnanswered(steps, check, records));
    setUndo(null);
    go(next.id);
  };

  // "Làm lại" clears the answers at once and offers to undo, as the planner's "Hoàn tác" does.
  const restart = () => {
    setUndo({ check, step: step.id });
    setValue(freshCheck(nominee, records));
    setErrors({ step: '', list: [] });
    returning.current = false;
    go('hinh-thuc');
    focusPending.current = '#lam-lai';
  };

  const undoRestart = () => {
    if (!undo) return;
    setValue(undo.check);
    setUndo(null);
    go(undo.step);
    focusPending.current = 'h1';
  };

  const props: StepProps = { check, records, update, errors: stepErrors };
  const back = stepBefore(steps, step.id);
  let body;
  if (nearResult && step.kind !== 'exclusions' && !finish) {
    body = <p role="status">{finish === false ? 'Không tải được trang: hãy kiểm tra kết nối rồi tải lại trang.' : 'Đang tải…'}</p>;
  } else if (finish && step.kind === 'result' && evaluation?.ok) {
    body = <finish.Result evaluation={evaluation.evaluation} records={records} checkKey={key} flush={flush} />;
  } else if (finish && (step.kind === 'check' || step.kind === 'result')) {
    // (a result with invalid figures saved, reached by typing its address, shows the summary)
    body = (
      <finish.CheckAnswers
        check={check}
        records={records}
        steps={steps}
        onChange={() => (returning.current = true)}
        onContinue={() => go(evaluation ? firstUnanswered(steps, check, records).id : 'ket-qua')}
      />
    );
  } else {
    body = (
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={stepErrors} focusKey={focusKey} />
        <p class="caption">
          Tự kiểm tra điều kiện khen thưởng
          {step.kind === 'criterion' && ` · Tiêu chuẩn ${step.position}/${step.count}`}
        </p>
        {step.kind === 'award' && <AwardStep {...props} />}
        {step.kind === 'nominee-kind' && <NomineeKindStep {...props} />}
        {step.kind === 'scope' && <ScopeStep {...props} />}
        {step.kind === 'criterion' && <CriterionStep key={step.id} criterion={step.criterion} {...props} />}
        {step.kind === 'exclusions' && <ExclusionsStep {...props} />}
        <div class="button-group">
          <button type="submit" class="button">
            Tiếp tục
          </button>
        </div>
      </form>
    );
  }

  return (
    <div class="self-check" ref={root}>
      {/* "Làm lại" stays at the top, away from "Tiếp tục" */}
      <div class="step-nav">
        {back && (
          <a class="back-link" href={`#${back.id}`}>
            Quay lại
          </a>
        )}
        {!isEmpty(check) && (
          <button type="button" class="link-button" onClick={restart}>
            Làm lại từ đầu
          </button>
        )}
      </div>
      {undo && (
        <p class="note" id="lam-lai">
          Đã xóa các câu trả lời để làm lại từ đầu.{' '}
          <button type="button" class="button button--secondary" onClick={undoRestart}>
            Hoàn tác
          </button>
        </p>
      )}
      {key !== CURRENT && (
        <p class="note">
          {nominee
            ? <>Đang tự kiểm tra cho <strong>{nominee.name.trim() || '(chưa có tên)'}</strong> trong danh sách đề nghị của đơn vị.</>
            : 'Không tìm thấy tập thể, cá nhân này trong danh sách đề nghị lưu trên máy này; câu trả lời vẫn được lưu riêng.'}
        </p>
      )}
      {body}
      <SaveStatus save={save} />
    </div>
  );
}
