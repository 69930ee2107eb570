// The dossier builder (plan Mục V.1.b): the unit enters its profile once (with the defaults it
// may keep: header lines, place, council name, legal bases), the meeting and letter data, the
// list summary and votes of each nominee of the quota plan, who signs each report, and each
// achievement report in a guided editor; the documents are generated in the browser (docx loaded
// on the first click) after the consistency check of src/dossier/check.ts, whose warnings are
// shown beside their fields as soon as the check is loaded (when the page is idle) and never stop
// a document. Everything autosaves as drafts.dossier.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dossierNominees, memberCount, reportStarter, type DossierRules } from '../dossier/nominees';
import { profileContext, profileDefaults } from '../dossier/profile';
import type { DossierTarget } from '../dossier/targets';
import type { GeneratedFile } from '../documents/types';
import { VOTING_METHODS, votingMethodOf } from '../schemas/meeting';
import type { ProfileTextField } from '../schemas/unitProfile';
import type { Drafts } from '../storage/drafts';
import { emptyReportDraft, type DossierDraft, type ReportDraft } from '../storage/dossierDraft';
import { ErrorSummary, errorFor, type FieldError } from './shared/ErrorSummary';
import { RadioGroup } from './shared/fields';
import { SaveStatus } from './shared/SaveStatus';
import { useDrafts } from './shared/useDrafts';
import { useStoredDrafts } from './shared/useStoredDrafts';
import { DataDownload } from './dossier/DataDownload';
import { FieldList, hintWith } from './dossier/FieldList';
import { FIELD_IDS, QUOTA_PLANNER_HREF, targetLocation } from './dossier/fieldIds';
import { loadDocuments, loadDossierDomain, type Documents, type DossierDomain } from './dossier/generate';
import { LETTER_FIELDS, MEETING_FIELDS, PROFILE_FIELDS } from './dossier/specs';
import './dossier/dossier.css';

export type DossierBuilderProps = DossierRules;

/** Which check's failures are on the screen: the whole dossier's, or one report's. */
type Shown = { kind: 'dossier' } | { kind: 'report'; nomineeId: string } | null;

/** The line under a generate button. */
interface Status {
  /** the button it belongs to: DOSSIER_STATUS or a nominee id */
  at: string;
  tone: 'working' | 'done' | 'failed';
  text: string;
}

/**
 * The parts below the first fields (the legal bases, the nominees' votes and report editors),
 * fetched as soon as the page has rendered, so that the island's first load stays small.
 */
type Editors = typeof import('./dossier/ReportEditor') & typeof import('./dossier/NomineeVotes') & typeof import('./dossier/LegalBases');

const loadEditors = async (): Promise<Editors> => {
  const [report, votes, bases] = await Promise.all([import('./dossier/ReportEditor'), import('./dossier/NomineeVotes'), import('./dossier/LegalBases')]);
  return { ...report, ...votes, ...bases };
};

/** Status key of the buttons of the whole dossier (nominee ids key the report buttons). */
const DOSSIER_STATUS = 'toan-bo-ho-so';

/** Issues as the summary and the fields show them: at a field of this page, or linking to another page. */
const located = (issues: readonly { target: DossierTarget; message: string }[]): FieldError[] =>
  issues.map(({ target, message }) => {
    const where = targetLocation(target);
    return 'fieldId' in where ? { fieldId: where.fieldId, message } : { fieldId: `${where.href} ${message}`, message, href: where.href };
  });

const readDossier = (drafts: Drafts) => drafts.dossier;
const writeDossier = (drafts: Drafts, dossier: DossierDraft): Drafts => ({ ...drafts, dossier });

function StatusLine({ status, at }: { status: Status | null; at: string }) {
  const own = status?.at === at ? status : null;
  return (
    <p class={`dossier-status${own?.tone === 'failed' ? ' dossier-status--failed' : ''}`} role="status" aria-live="polite">
      {own?.text ?? ''}
    </p>
  );
}

export default function DossierBuilder(rules: DossierBuilderProps) {
  const { forms } = rules;
  const { value: dossier, setValue: setDossier, save, flush } = useDrafts(readDossier, writeDossier);
  const stored = useStoredDrafts(); // the list and the self-checks, edited on other pages
  const drafts = useMemo<Drafts>(() => ({ ...stored, dossier }), [stored, dossier]);
  const nominees = useMemo(() => dossierNominees(drafts), [drafts]);

  const [shown, setShown] = useState<Shown>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);
  /** the consistency rules, once the first click has loaded them */
  const [domain, setDomain] = useState<DossierDomain | null>(null);
  const busy = useRef(false);

  const [editors, setEditors] = useState<Editors | 'failed' | null>(null);
  const hasNominees = nominees.length > 0;
  useEffect(() => {
    loadEditors().then(setEditors, () => setEditors('failed'));
  }, []);

  // The checks are small: fetched when the page is idle, so that warnings show before any click.
  useEffect(() => {
    const load = () => loadDossierDomain().then(setDomain, () => undefined);
    const idle = window.requestIdleCallback?.(load) ?? window.setTimeout(load, 500);
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(idle);
  }, []);

  const check = (d: DossierDomain, what: NonNullable<Shown>) =>
    what.kind === 'dossier' ? d.checkDossier(drafts, rules) : d.checkReport(what.nomineeId, drafts, rules);
  // Once shown, the failures are checked again on every change, so that each disappears when fixed.
  // A failure about another page (no field here) links there.
  const errors = located(shown && domain ? domain.blocking(check(domain, shown)) : []);
  const fieldError = (fieldId: string) => errorFor(errors, fieldId);
  // Warnings (dates, the unit's name against its category, header lines) are always shown once the checks are loaded.
  const warnings = useMemo(() => located(domain ? domain.checkDossier(drafts, rules).filter((found) => found.severity === 'warning') : []), [domain, drafts]);
  const fieldWarning = (fieldId: string) => errorFor(warnings, fieldId);
  const defaults = profileDefaults(dossier.profile, profileContext(drafts, rules));

  const present = memberCount(dossier.meeting.membersPresent);
  const total = memberCount(dossier.meeting.membersTotal);
  const validPresent = present > 0 && !(total < present) ? present : null;

  const setProfile = (key: ProfileTextField, value: string) => setDossier((d) => ({ ...d, profile: { ...d.profile, [key]: value } }));
  const setLegalBases = (legalBases: string | undefined) =>
    setDossier((d) => {
      const { legalBases: _, ...profile } = d.profile;
      return { ...d, profile: legalBases === undefined ? profile : { ...profile, legalBases } };
    });
  const setMeeting = (key: keyof DossierDraft['meeting'], value: string) =>
    setDossier((d) => ({ ...d, meeting: { ...d.meeting, [key]: value } }));
  const updateReport = (nomineeId: string, change: (report: ReportDraft) => ReportDraft) =>
    setDossier((d) => ({
      ...d,
      reports: { ...d.reports, [nomineeId]: change(d.reports[nomineeId] ?? emptyReportDraft()) },
    }));

  /** Checks, then builds and downloads a file; the rules and the builders are fetched on the first call only. */
  const generate = async (at: string, what: NonNullable<Shown>, build: (d: DossierDomain, docs: Documents, year: number) => Promise<GeneratedFile>) => {
    if (busy.current) return;
    busy.current = true;
    flush();
    try {
      const d = domain ?? (await loadDossierDomain());
      setDomain(d);
      const all = check(d, what);
      const found = d.blocking(all);
      setShown(found.length > 0 ? what : null);
      setFocusKey((key) => key + 1);
      if (found.length > 0) {
        setStatus({ at, tone: 'failed', text: `Chưa tạo được tệp: còn ${found.length} lỗi cần sửa (xem danh sách ở đầu phần lập hồ sơ).` });
        return;
      }
      setStatus({ at, tone: 'working', text: 'Đang tạo tệp…' });
      const file = await build(d, await loadDocuments(), new Date().getFullYear());
      (await import('./shared/download')).saveFile(file.name, file.bytes as BlobPart, file.mimeType);
      const notes = all.length > 0 ? ` Có ${all.length} lưu ý ở đầu phần lập hồ sơ: xem lại trước khi ký.` : '';
      setStatus({ at, tone: 'done', text: `Đã tạo tệp ${file.name}. Mở tệp để kiểm tra lại trước khi ký và xuất PDF.${notes}` });
    } catch {
      setStatus({ at, tone: 'failed', text: 'Không tạo được tệp. Hãy thử lại; nếu vẫn lỗi, tải lại trang (nội dung đã nhập vẫn được lưu trên máy này).' });
    } finally {
      busy.current = false;
    }
  };

  const whole = (render: (docs: Documents) => Documents['renderSubmissionLetter']) => () =>
    generate(DOSSIER_STATUS, { kind: 'dossier' }, (d, docs, year) => render(docs)(d.assembleDossier(drafts, rules, year), forms));
  const report = (nomineeId: string) => () =>
    generate(nomineeId, { kind: 'report', nomineeId }, (d, docs, year) =>
      docs.renderAchievementReport(d.assembleReport(nomineeId, drafts, rules, year)!, forms),
    );

  const summaryTitle = shown?.kind === 'report' ? 'Cần sửa trước khi tạo báo cáo thành tích' : 'Hồ sơ chưa thống nhất: cần sửa trước khi tạo văn bản';
  const groups = forms.common.nomineeGroups;
  const { profile } = dossier;
  const unitSigner = [profile.signerTitle, profile.signerName].map((t) => t.trim()).filter(Boolean).join(' ');
  const defaultHint = (key: ProfileTextField) => {
    const value = key === 'headerName' ? defaults.headerName.toLocaleUpperCase('vi').split('\n').join(' / ') : key === 'place' || key === 'councilName' ? defaults[key] : '';
    return value ? `Để trống để ghi: ${value}.` : undefined;
  };
  const methods = forms.meetingMinutes.votingMethods;
  const ready = editors && editors !== 'failed' ? editors : null;
  const pending =
    editors === 'failed' ? (
      <p class="note note--important">Không tải được phần này. Hãy tải lại trang; nội dung đã nhập vẫn được lưu.</p>
    ) : (
      <p>Đang tải…</p>
    );

  return (
    <div class="dossier-builder">
      <SaveStatus save={save} />
      <ErrorSummary title={summaryTitle} focusKey={focusKey} errors={errors} />
      {warnings.length > 0 && (
        <div class="note note--important dossier-warnings">
          <h2>Lưu ý trước khi ký</h2>
          <p>Văn bản vẫn được tạo; hãy xem lại:</p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>
                <a href={warning.href ?? `#${warning.fieldId}`}>{warning.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="hs-phan-don-vi">
        <h2 id="hs-phan-don-vi">1. Thông tin đơn vị</h2>
        <p>Nhập một lần, dùng cho mọi văn bản của hồ sơ.</p>
        <FieldList specs={PROFILE_FIELDS} values={profile} onChange={setProfile} errorFor={fieldError} warningFor={fieldWarning} extraHint={defaultHint} />
        {ready ? (
          <ready.LegalBases
            value={profile.legalBases}
            defaults={defaults.legalBases}
            optional={rules.references.optionalLegalBases}
            onChange={setLegalBases}
            error={fieldError(FIELD_IDS.profile.legalBases)}
            warning={fieldWarning(FIELD_IDS.profile.legalBases)}
          />
        ) : (
          pending
        )}
      </section>

      <section aria-labelledby="hs-phan-danh-sach">
        <h2 id="hs-phan-danh-sach">2. Danh sách đề nghị và kết quả bỏ phiếu</h2>
        {nominees.length === 0 ? (
          <p class="note note--important">
            Danh sách đề nghị chưa có tập thể, cá nhân nào. Hãy <a href={QUOTA_PLANNER_HREF}>lập danh sách ở trang Số lượng</a> trước: hồ sơ
            được lập từ danh sách đó.
          </p>
        ) : (
          <>
            <p>
              Tên, chức vụ, đơn vị của từng tập thể, cá nhân lấy từ danh sách ở trang Số lượng (tập thể trước, cá nhân sau).{' '}
              <a href={QUOTA_PLANNER_HREF}>Sửa danh sách ở trang Số lượng</a>.
            </p>
            {ready ? (
              <ready.NomineeVotes
                nominees={nominees}
                reports={dossier.reports}
                groups={groups}
                present={validPresent}
                errorFor={fieldError}
                onChange={(nomineeId, change) => updateReport(nomineeId, (r) => ({ ...r, ...change }))}
              />
            ) : (
              pending
            )}
          </>
        )}
      </section>

      <section aria-labelledby="hs-phan-cuoc-hop">
        <h2 id="hs-phan-cuoc-hop">3. Cuộc họp xét khen thưởng và tờ trình</h2>
        <h3>Biên bản họp xét khen thưởng</h3>
        <FieldList specs={MEETING_FIELDS} values={dossier.meeting} onChange={setMeeting} errorFor={fieldError} warningFor={fieldWarning} />
        <RadioGroup
          id={FIELD_IDS.meeting.votingMethod}
          label="Hình thức biểu quyết của Hội đồng"
          error={fieldError(FIELD_IDS.meeting.votingMethod)}
          value={votingMethodOf(dossier.meeting.votingMethod)}
          choices={VOTING_METHODS.map((method) => ({ value: method, label: methods[method].charAt(0).toLocaleUpperCase('vi') + methods[method].slice(1) }))}
          onChange={(method) => setMeeting('votingMethod', method)}
          inline
        />
        <h3>Tờ trình</h3>
        <FieldList specs={LETTER_FIELDS} values={dossier.meeting} onChange={setMeeting} errorFor={fieldError} warningFor={fieldWarning} />
      </section>

      <section aria-labelledby="hs-phan-bao-cao">
        <h2 id="hs-phan-bao-cao">4. Báo cáo thành tích</h2>
        <p>
          Mỗi tập thể, cá nhân một báo cáo, theo {forms.achievementReport.formName.toLocaleLowerCase('vi')}. Phần gợi ý lấy từ danh sách và
          kết quả tự kiểm tra; hãy sửa cho đúng thực tế.
        </p>
        <p class="note">{forms.achievementReport.wordingNote}</p>
        {!hasNominees && <p>Chưa có báo cáo nào: danh sách đề nghị đang trống.</p>}
        {hasNominees && !ready && pending}
        {ready && nominees.map((nominee) => (
          <ready.ReportEditor
            key={nominee.id}
            nominee={nominee}
            report={dossier.reports[nominee.id]}
            starter={reportStarter(nominee, drafts, rules)}
            form={forms.achievementReport}
            groups={groups}
            errorFor={fieldError}
            warningFor={fieldWarning}
            unitName={profile.unitName}
            unitSigner={unitSigner}
            onChange={(change) => updateReport(nominee.id, change)}
          >
            <div class="button-group">
              <button type="button" class="button" onClick={report(nominee.id)}>
                Tạo báo cáo (DOCX)<span class="visually-hidden"> của {nominee.name.trim() || 'tập thể, cá nhân chưa có tên'}</span>
              </button>
            </div>
            <StatusLine status={status} at={nominee.id} />
          </ready.ReportEditor>
        ))}
      </section>

      <section aria-labelledby="hs-phan-tao">
        <h2 id="hs-phan-tao">5. Tạo hồ sơ</h2>
        <p>Trước khi tạo, trang kiểm tra hồ sơ có thống nhất và đúng số lượng được đề nghị không.</p>
        <div class="button-group">
          <button type="button" class="button button--secondary" onClick={whole((docs) => docs.renderSubmissionLetter)}>
            Tạo Tờ trình
          </button>
          <button type="button" class="button button--secondary" onClick={whole((docs) => docs.renderNomineeList)}>
            Tạo Danh sách
          </button>
          <button type="button" class="button button--secondary" onClick={whole((docs) => docs.renderMeetingMinutes)}>
            Tạo Biên bản
          </button>
          <button type="button" class="button" onClick={whole((docs) => docs.renderDossierZip)}>
            Tải toàn bộ hồ sơ (ZIP)
          </button>
        </div>
        <StatusLine status={status} at={DOSSIER_STATUS} />
        <DataDownload drafts={drafts} rules={rules} flush={flush} />
      </section>
    </div>
  );
}
