// The result's next steps, loaded with the result. A check kept under CURRENT_CHECK is attached to
// a nominee of the quota planner's list (chosen here; a nominee's own check is replaced only once
// the unit agrees) or starts a new nominee in the planner; a nominee's check leads on to its list
// and to its report.
import { useState } from 'preact/hooks';
import { attachCurrentCheck, CURRENT_CHECK, fitsNominee, nomineeOfCheck, savedCheck, type AttachResult } from '../../domain/attach';
import { evaluateSelfCheck, type EligibilityRecords } from '../../domain/eligibility';
import { OUTCOME_LABELS } from '../../domain/outcomes';
import type { Outcome } from '../../schemas/selfCheck';
import type { Drafts } from '../../storage/drafts';
import { loadDrafts, updateDrafts } from '../../storage/store';
import { RadioGroup } from '../shared/fields';
import { focusSoon } from '../shared/focus';
import { STORAGE_PROBLEMS } from '../shared/storageMessages';

export interface NextStepsProps {
  outcome: Outcome;
  records: EligibilityRecords;
  /** the key of drafts.selfChecks the island edits: a nominee id, or CURRENT_CHECK */
  checkKey: string;
  /** writes the answers on the screen to the drafts now */
  flush: () => void;
}

/** Where the planner's add form starts a nominee from the current check (src/islands/QuotaPlanner.tsx reads the query). */
export const NEW_NOMINEE_HREF = '/so-luong/?tu-kiem-tra=moi#tieu-de-them-uv';
const PLANNER_LIST_HREF = '/so-luong/#lap-danh-sach';
const PICK_ID = 'gan-uv';
const CONFIRM_ID = 'gan-xac-nhan';

const nameOf = (name: string) => name.trim() || '(chưa có tên)';

function AttachPanel({ records, flush }: Omit<NextStepsProps, 'outcome' | 'checkKey'>) {
  // the answers on the screen are written first: the list is read with them
  const [drafts] = useState(() => (flush(), loadDrafts()));
  const [chosen, setChosen] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const kinds = records.nomineeKinds;
  const check = savedCheck(drafts.selfChecks, CURRENT_CHECK);
  const of = nomineeOfCheck(check, kinds);
  if (!of) return null;
  const noun = of.type === 'collective' ? 'tập thể' : 'cá nhân';
  const rows = drafts.quotaPlan.nominees.flatMap((nominee, index) => (fitsNominee(check, nominee, kinds) ? [{ nominee, row: index + 1 }] : []));
  const outcomeOf = (id: string) => {
    const own = savedCheck(drafts.selfChecks, id);
    const result = own && evaluateSelfCheck(own, records);
    return own && OUTCOME_LABELS[result?.ok ? result.evaluation.outcome : 'incomplete'];
  };
  const picked = rows.find((r) => r.nominee.id === chosen);

  const attach = (replace: boolean) => {
    if (!picked) {
      setError(`Chọn một ${noun} trong danh sách.`);
      focusSoon(PICK_ID);
      return;
    }
    flush();
    let found = { ok: false, reason: 'no-check' } as AttachResult<Drafts>;
    const saved = updateDrafts((current) => {
      found = attachCurrentCheck(current, picked.nominee.id, kinds, replace);
      return found.ok ? found.drafts : current;
    });
    if (found.ok && saved.ok) {
      location.replace(`${location.pathname}?ung-vien=${encodeURIComponent(picked.nominee.id)}&da-gan=1#ket-qua`);
    } else if (!found.ok && found.reason === 'has-check') {
      setConfirming(true);
      focusSoon(CONFIRM_ID);
    } else {
      setError(saved.ok ? 'Không gắn được: danh sách hoặc kết quả đã thay đổi ở một thẻ khác. Hãy tải lại trang.' : `Không gắn được: ${STORAGE_PROBLEMS[saved.reason]}`);
      focusSoon(PICK_ID);
    }
  };

  return (
    <section aria-labelledby="gan-ket-qua">
      <h3 id="gan-ket-qua">Gắn kết quả với {noun} được đề nghị</h3>
      <p>
        Kết quả chỉ được dùng để điền sẵn phần thành tích của báo cáo khi đã gắn với một {noun} trong danh sách đề nghị ở trang Số
        lượng. Câu trả lời được chuyển sang {noun} đó.
      </p>
      {rows.length > 0 ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            attach(false);
          }}
        >
          <RadioGroup
            id={PICK_ID}
            label={`Chọn ${noun} trong danh sách đề nghị`}
            error={error}
            value={chosen}
            choices={rows.map(({ nominee, row }) => {
              const outcome = outcomeOf(nominee.id);
              return { value: nominee.id, label: `Dòng ${row}: ${nameOf(nominee.name)}`, hint: outcome && `Đã có kết quả tự kiểm tra: ${outcome}` };
            })}
            onChange={(id) => {
              setChosen(id);
              setConfirming(false);
              setError(undefined);
            }}
          />
          {confirming && picked ? (
            <div class="note note--warning" id={CONFIRM_ID} tabIndex={-1}>
              <p>
                “{nameOf(picked.nominee.name)}” đã có kết quả tự kiểm tra ({outcomeOf(picked.nominee.id)}). Thay kết quả đó bằng kết quả vừa
                làm? Câu trả lời cũ sẽ bị xóa.
              </p>
              <div class="button-group">
                <button type="button" class="button" onClick={() => attach(true)}>
                  Thay bằng kết quả vừa làm
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => {
                    setConfirming(false);
                    focusSoon(PICK_ID);
                  }}
                >
                  Giữ kết quả cũ
                </button>
              </div>
            </div>
          ) : (
            <div class="button-group">
              <button type="submit" class="button">
                Gắn kết quả vào {noun} đã chọn
              </button>
            </div>
          )}
        </form>
      ) : (
        <p>Danh sách đề nghị ở trang Số lượng chưa có {noun} nào.</p>
      )}
      <p>
        <a href={NEW_NOMINEE_HREF}>Thêm {noun} mới vào danh sách đề nghị</a> (trang Số lượng): loại đối tượng được chọn sẵn theo câu trả
        lời, kết quả này được gắn khi thêm.
      </p>
    </section>
  );
}

export function NextSteps({ outcome, records, checkKey, flush }: NextStepsProps) {
  const own = checkKey !== CURRENT_CHECK;
  return (
    <>
      <h2>Bước tiếp theo</h2>
      {own ? (
        <ul>
          <li>
            <a href={PLANNER_LIST_HREF}>Về danh sách đề nghị</a> (trang Số lượng): kết quả này được ghi bên cạnh tập thể, cá nhân.
          </li>
          <li>
            <a href="/ho-so/">Soạn báo cáo thành tích</a> (trang Hồ sơ): phần thành tích của báo cáo được điền sẵn từ kết quả này.
          </li>
        </ul>
      ) : outcome === 'incomplete' ? (
        <p>Trả lời đủ các câu hỏi ở trên, rồi gắn kết quả với một tập thể, cá nhân trong danh sách đề nghị.</p>
      ) : (
        <AttachPanel records={records} flush={flush} />
      )}
      {!own && (
        <p>
          <a href="/so-luong/">Xem số lượng được đề nghị</a> của đơn vị và lập danh sách đề nghị.
        </p>
      )}
    </>
  );
}
