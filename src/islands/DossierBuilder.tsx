// The dossier builder (plan Mục V.1.b): the unit enters its profile once (with the defaults it
// may keep: header lines, place, council name, legal bases), the meeting and letter data, the
// list summary and votes of each nominee of the quota plan, who signs each report, and each
// achievement report in a guided editor; the documents are generated in the browser (docx loaded
// on the first click) after the consistency check of src/dossier/check.ts. A task list says what
// is left in each part (Progress.tsx), the warnings show beside their fields, the generation is
// one click away. Everything autosaves as drafts.dossier.
//
// Typing stays instant as the dossier grows: the checks run once typing pauses (not on every
// keystroke), and each nominee's editors render again only when their own data changed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DossierIssue } from '../dossier/check';
import { dossierNominees, memberCount, type DossierRules, type ListedNominee } from '../dossier/nominees';
import type { GeneratedFile } from '../documents/types';
import type { ProfileTextField } from '../schemas/unitProfile';
import type { Drafts } from '../storage/drafts';
import type { DossierDraft } from '../storage/dossierDraft';
import { changeReport } from './dossier/reports';
import { ActionButton } from './shared/ActionButton';
import { ErrorSummary, type FieldError } from './shared/ErrorSummary';
import { stableBy } from './shared/pure';
import { SaveStatus } from './shared/SaveStatus';
import { useDrafts } from './shared/useDrafts';
import { useStoredDrafts } from './shared/useStoredDrafts';
import { FieldList } from './dossier/FieldList';
import { FIELD_IDS, nomineeFieldIds, QUOTA_PLANNER_HREF, targetLocation } from './dossier/fieldIds';
import { loadDocuments, loadDossierDomain, type Documents, type DossierDomain } from './dossier/generate';
import { ASSEMBLY_HREF, Progress, ProgressJump, SectionEnd } from './dossier/Progress';
import type { ReportChange } from './dossier/ReportEditor';
import { SECTIONS } from './dossier/sections';
import { PROFILE_FIELDS } from './dossier/specs';
import { shownStatus, StatusLine, type MessagesByField, type Status } from './dossier/StatusLine';
import './dossier/dossier.css';

export type DossierBuilderProps = DossierRules;

/** Which check's failures are on the screen: the whole dossier's, or one report's. */
type Shown = { kind: 'dossier' } | { kind: 'report'; nomineeId: string } | null;

/**
 * The parts below the first fields (the legal bases, the nominees' votes, the meeting and the
 * letter, the report editors, the dossier data download), fetched as soon as the page has
 * rendered, so that the island's first load stays small.
 */
type Editors = typeof import('./dossier/ReportEditor') &
  typeof import('./dossier/NomineeVotes') &
  typeof import('./dossier/LegalBases') &
  typeof import('./dossier/MeetingSection') &
  typeof import('./dossier/DataDownload');

const loadEditors = async (): Promise<Editors> => {
  const [report, votes, bases, meeting, data] = await Promise.all([
    import('./dossier/ReportEditor'),
    import('./dossier/NomineeVotes'),
    import('./dossier/LegalBases'),
    import('./dossier/MeetingSection'),
    import('./dossier/DataDownload'),
  ]);
  return { ...report, ...votes, ...bases, ...meeting, ...data };
};

/** Status key of the buttons of the whole dossier (nominee ids key the report buttons). */
const DOSSIER_STATUS = 'toan-bo-ho-so';

/** How long typing must pause before the dossier is checked again. */
const CHECK_PAUSE_MS = 300;

/** Issues as the summary and the fields show them: at a field of this page, or linking to another page. */
const located = (issues: readonly DossierIssue[]): FieldError[] =>
  issues.map(({ target, message }) => {
    const where = targetLocation(target);
    return 'fieldId' in where ? { fieldId: where.fieldId, message } : { fieldId: `${where.href} ${message}`, message, href: where.href };
  });

/** Every field's error and warning (the first of each), by field id. */
function fieldMessages(errors: readonly FieldError[], warnings: readonly FieldError[]): Map<string, { error?: string; warning?: string }> {
  const messages = new Map<string, { error?: string; warning?: string }>();
  for (const { fieldId, message } of errors) if (!messages.get(fieldId)?.error) messages.set(fieldId, { ...messages.get(fieldId), error: message });
  for (const { fieldId, message } of warnings) if (!messages.get(fieldId)?.warning) messages.set(fieldId, { ...messages.get(fieldId), warning: message });
  return messages;
}

const sameMessages = (a: MessagesByField, b: MessagesByField) =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key)?.error === value.error && b.get(key)?.warning === value.warning);
const sameNominee = (a: ListedNominee, b: ListedNominee) => Object.keys(a).every((key) => Object.is(a[key as keyof ListedNominee], b[key as keyof ListedNominee]));

const readDossier = (drafts: Drafts) => drafts.dossier;
const writeDossier = (drafts: Drafts, dossier: DossierDraft): Drafts => ({ ...drafts, dossier });

export default function DossierBuilder(rules: DossierBuilderProps) {
  const { forms } = rules;
  const { value: dossier, setValue: setDossier, save, flush } = useDrafts(readDossier, writeDossier);
  const stored = useStoredDrafts(); // the list and the self-checks, edited on other pages
  const drafts = useMemo<Drafts>(() => ({ ...stored, dossier }), [stored, dossier]);

  // The nominees keep their identity while their own data does not change, so that typing in one
  // report does not render the others again.
  const previousNominees = useRef<Map<string, ListedNominee>>(new Map());
  const nominees = useMemo(() => {
    const next = dossierNominees(drafts).map((nominee) => stableBy(previousNominees.current.get(nominee.id), nominee, sameNominee));
    previousNominees.current = new Map(next.map((nominee) => [nominee.id, nominee]));
    return next;
  }, [stored.quotaPlan.nominees, dossier.reports]);
  const nomineeKey = nominees.map((nominee) => nominee.id).join(' ');

  const [shown, setShown] = useState<Shown>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  /** the consistency rules, loaded when the page is idle */
  const [domain, setDomain] = useState<DossierDomain | null>(null);
  /** the last check of the whole dossier, and of the report whose failures are shown */
  const [checked, setChecked] = useState<{ dossier: DossierIssue[]; report?: DossierIssue[] }>();

  const [editors, setEditors] = useState<Editors | 'failed' | null>(null);
  useEffect(() => {
    loadEditors().then(setEditors, () => setEditors('failed'));
  }, []);
  const ready = editors && editors !== 'failed' ? editors : null;
  // the starting text of each report: from the list and the self-checks, not from what is typed here
  const starters = useMemo(
    () => new Map(ready ? nominees.map((nominee) => [nominee.id, ready.reportStarter(nominee, drafts, rules)]) : []),
    [ready, stored.quotaPlan.nominees, stored.selfChecks, nomineeKey],
  );

  // The checks are small: fetched when the page is idle, so that warnings show before any click.
  useEffect(() => {
    const load = () => loadDossierDomain().then(setDomain, () => undefined);
    const idle = window.requestIdleCallback?.(load) ?? window.setTimeout(load, 500);
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(idle);
  }, []);

  // Checked again once typing pauses: each failure shown disappears when fixed, each warning follows.
  useEffect(() => {
    if (!domain) return;
    const run = () =>
      setChecked({
        dossier: domain.checkDossier(drafts, rules),
        ...(shown?.kind === 'report' ? { report: domain.checkReport(shown.nomineeId, drafts, rules) } : {}),
      });
    const timer = setTimeout(run, checked ? CHECK_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [domain, drafts, shown]);

  const errors = useMemo(
    () => (shown && domain && checked ? located(domain.blocking((shown.kind === 'report' ? checked.report : checked.dossier) ?? [])) : []),
    [shown, domain, checked],
  );
  const warnings = useMemo(() => located(checked?.dossier.filter((found) => found.severity === 'warning') ?? []), [checked]);
  const messages = useMemo(() => fieldMessages(errors, warnings), [errors, warnings]);
  const previousMessages = useRef<Map<string, MessagesByField>>(new Map());
  const nomineeMessages = useMemo(() => {
    const next = new Map<string, MessagesByField>();
    for (const { id } of nominees) {
      const prefix = `${nomineeFieldIds(id).report.replace(/-bao-cao$/, '')}-`;
      const own = new Map([...messages].filter(([fieldId]) => fieldId.startsWith(prefix)));
      next.set(id, stableBy(previousMessages.current.get(id), own, sameMessages));
    }
    previousMessages.current = next;
    return next;
  }, [messages, nomineeKey]);
  const none = useMemo<MessagesByField>(() => new Map(), []);

  // the defaults the profile's empty fields take (shown in their hints), once the rules are loaded
  const defaults = useMemo(
    () => (domain ? domain.profileDefaults(dossier.profile, domain.profileContext(drafts, rules)) : undefined),
    [domain, dossier.profile.unitName, stored.quotaPlan],
  );
  const present = memberCount(dossier.meeting.membersPresent);
  const total = memberCount(dossier.meeting.membersTotal);
  const validPresent = present > 0 && !(total < present) ? present : null;

  const setProfile = useCallback((key: ProfileTextField, value: string) => setDossier((d) => ({ ...d, profile: { ...d.profile, [key]: value } })), []);
  const setLegalBases = (legalBases: string | undefined) =>
    setDossier((d) => {
      const { legalBases: _, ...profile } = d.profile;
      return { ...d, profile: legalBases === undefined ? profile : { ...profile, legalBases } };
    });
  const setMeeting = useCallback((key: keyof DossierDraft['meeting'], value: string) => setDossier((d) => ({ ...d, meeting: { ...d.meeting, [key]: value } })), []);
  const updateReport = useCallback((nomineeId: string, change: ReportChange) => setDossier((d) => changeReport(d, nomineeId, change)), []);

  /** Checks, then builds and downloads a file; the builders are fetched on the first file only. */
  const generate = async (
    at: string,
    what: NonNullable<Shown>,
    build: (d: DossierDomain, docs: Documents, year: number, current: Drafts) => Promise<GeneratedFile>,
  ) => {
    if (busy) return;
    setBusy(true);
    flush();
    try {
      const d = domain ?? (await loadDossierDomain());
      setDomain(d);
      const all = what.kind === 'dossier' ? d.checkDossier(drafts, rules) : d.checkReport(what.nomineeId, drafts, rules);
      setChecked({ dossier: what.kind === 'dossier' ? all : d.checkDossier(drafts, rules), ...(what.kind === 'report' ? { report: all } : {}) });
      const found = d.blocking(all);
      setShown(found.length > 0 ? what : null);
      setFocusKey((key) => key + 1);
      if (found.length > 0) {
        setStatus({ at, tone: 'blocked', text: '' });
        return;
      }
      setStatus({ at, tone: 'working', text: 'Đang tạo tệp…' });
      const file = await build(d, await loadDocuments(), new Date().getFullYear(), drafts);
      (await import('./shared/download')).saveFile(file.name, file.bytes as BlobPart, file.mimeType);
      const notes = all.length > 0 ? ` Có ${all.length} lưu ý ở đầu phần lập hồ sơ: xem lại trước khi ký.` : '';
      setStatus({ at, tone: 'done', text: `Đã tạo tệp ${file.name}. Mở tệp để kiểm tra lại trước khi ký và xuất PDF.${notes}` });
    } catch {
      setStatus({ at, tone: 'failed', text: 'Không tạo được tệp. Hãy thử lại; nếu vẫn lỗi, tải lại trang (nội dung đã nhập vẫn được lưu trên máy này).' });
    } finally {
      setBusy(false);
    }
  };
  const draftsNow = useRef(drafts);
  draftsNow.current = drafts;
  const currentDrafts = useCallback(() => draftsNow.current, []);
  // The report buttons get one function for the life of the page (their editors compare props), calling the current one.
  const generateNow = useRef(generate);
  generateNow.current = generate;
  const generateReport = useCallback(
    (nomineeId: string) =>
      generateNow.current(nomineeId, { kind: 'report', nomineeId }, (d, docs, year, current) =>
        docs.renderAchievementReport(d.assembleReport(nomineeId, current, rules, year)!, forms),
      ),
    [],
  );
  const whole = (render: (docs: Documents) => Documents['renderSubmissionLetter']) => () =>
    generate(DOSSIER_STATUS, { kind: 'dossier' }, (d, docs, year, current) => render(docs)(d.assembleDossier(current, rules, year), forms));

  const summaryTitle = shown?.kind === 'report' ? 'Cần sửa trước khi tạo báo cáo thành tích' : 'Hồ sơ chưa thống nhất: cần sửa trước khi tạo văn bản';
  const groups = forms.common.nomineeGroups;
  const { profile } = dossier;
  const unitSigner = [profile.signerTitle, profile.signerName].map((t) => t.trim()).filter(Boolean).join(' ');
  const defaultHint = useCallback(
    (key: ProfileTextField) => {
      if (!defaults) return undefined;
      const value = key === 'headerName' ? defaults.headerName.toLocaleUpperCase('vi').split('\n').join(' / ') : key === 'place' || key === 'councilName' ? defaults[key] : '';
      return value ? `Để trống để ghi: ${value}.` : undefined;
    },
    [defaults],
  );
  const pending =
    editors === 'failed' ? (
      <p class="note note--important">Không tải được phần này. Hãy tải lại trang; nội dung đã nhập vẫn được lưu.</p>
    ) : (
      <p>Đang tải…</p>
    );
  const heading = (index: number) => (
    <h3 id={SECTIONS[index]!.id} tabIndex={-1}>
      {SECTIONS[index]!.heading}
    </h3>
  );
  const said = useMemo(() => shownStatus(status, errors.length), [status, errors.length]);
  const own = said && nominees.some((nominee) => nominee.id === said.at) ? said : null;

  return (
    <div class="dossier-builder">
      <SaveStatus save={save} />
      <ErrorSummary title={summaryTitle} focusKey={focusKey} errors={errors} />
      <div class="dossier-layout">
        <aside class="dossier-aside">
          <Progress issues={checked?.dossier} />
          {warnings.length > 0 && (
            <div class="note note--important dossier-warnings">
              <h3>Lưu ý trước khi ký</h3>
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
        </aside>

        <div class="dossier-form">
          <section aria-labelledby={SECTIONS[0].id}>
            {heading(0)}
            <p>Nhập một lần, dùng cho mọi văn bản của hồ sơ.</p>
            <FieldList specs={PROFILE_FIELDS} values={profile} onChange={setProfile} messages={messages} extraHint={defaultHint} />
            {ready && defaults ? (
              <ready.LegalBases
                value={profile.legalBases}
                defaults={defaults.legalBases}
                optional={rules.references.optionalLegalBases}
                onChange={setLegalBases}
                error={messages.get(FIELD_IDS.profile.legalBases)?.error}
                warning={messages.get(FIELD_IDS.profile.legalBases)?.warning}
              />
            ) : (
              pending
            )}
            <SectionEnd after={SECTIONS[0].id} />
          </section>

          <section aria-labelledby={SECTIONS[1].id}>
            {heading(1)}
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
                  <ol class="dossier-nominees">
                    {nominees.map((nominee) => (
                      <ready.NomineeVote
                        key={nominee.id}
                        nominee={nominee}
                        report={dossier.reports[nominee.id]}
                        groups={groups}
                        present={validPresent}
                        messages={nomineeMessages.get(nominee.id) ?? none}
                        onChange={updateReport}
                      />
                    ))}
                  </ol>
                ) : (
                  pending
                )}
              </>
            )}
            <SectionEnd after={SECTIONS[1].id} />
          </section>

          <section aria-labelledby={SECTIONS[2].id}>
            {heading(2)}
            {ready ? <ready.MeetingSection meeting={dossier.meeting} methods={forms.meetingMinutes.votingMethods} messages={messages} onChange={setMeeting} /> : pending}
            <SectionEnd after={SECTIONS[2].id} />
          </section>

          <section aria-labelledby={SECTIONS[3].id}>
            {heading(3)}
            <p>
              Mỗi tập thể, cá nhân một báo cáo, theo {forms.achievementReport.formName.toLocaleLowerCase('vi')}. Phần gợi ý lấy từ danh sách và
              kết quả tự kiểm tra; hãy sửa cho đúng thực tế.
            </p>
            <p class="note">{forms.achievementReport.wordingNote}</p>
            {nominees.length === 0 && <p>Chưa có báo cáo nào: danh sách đề nghị đang trống.</p>}
            {nominees.length > 0 && !ready && pending}
            {ready &&
              nominees.map((nominee) => (
                <ready.ReportEditor
                  key={nominee.id}
                  nominee={nominee}
                  report={dossier.reports[nominee.id]}
                  starter={starters.get(nominee.id) ?? {}}
                  form={forms.achievementReport}
                  groups={groups}
                  messages={nomineeMessages.get(nominee.id) ?? none}
                  unitName={profile.unitName}
                  unitSigner={unitSigner}
                  onChange={updateReport}
                  onGenerate={generateReport}
                  status={own?.at === nominee.id ? own : null}
                  busy={busy}
                />
              ))}
            <SectionEnd after={SECTIONS[3].id} />
          </section>

          <section aria-labelledby={SECTIONS[4].id}>
            {heading(4)}
            <p>Trước khi tạo, trang kiểm tra hồ sơ có thống nhất và đúng số lượng được đề nghị không.</p>
            <div class="button-group">
              <ActionButton busy={busy} secondary onClick={whole((docs) => docs.renderSubmissionLetter)}>
                Tạo Tờ trình
              </ActionButton>
              <ActionButton busy={busy} secondary onClick={whole((docs) => docs.renderNomineeList)}>
                Tạo Danh sách
              </ActionButton>
              <ActionButton busy={busy} secondary onClick={whole((docs) => docs.renderMeetingMinutes)}>
                Tạo Biên bản
              </ActionButton>
              <ActionButton busy={busy} onClick={whole((docs) => docs.renderDossierZip)}>
                Tải toàn bộ hồ sơ (ZIP)
              </ActionButton>
            </div>
            <StatusLine status={said?.at === DOSSIER_STATUS ? said : null} />
            {ready && <ready.DataDownload drafts={currentDrafts} rules={rules} flush={flush} />}
            <p class="dossier-next">
              <strong>Bước tiếp theo:</strong> khi các văn bản đã ký, đóng dấu và quét, <a href={ASSEMBLY_HREF}>ghép hồ sơ thành một tệp PDF</a> để
              nộp qua iDesk.
            </p>
            <SectionEnd after={SECTIONS[4].id} />
          </section>
          <ProgressJump />
        </div>
      </div>
    </div>
  );
}
