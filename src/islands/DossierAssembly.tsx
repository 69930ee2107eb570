// The signed dossier as one PDF for iDesk (plan Mục V.1.b): the unit puts its scanned or
// photographed documents into the slots of its dossier (from its drafts, or added by hand), the
// worker reads each file, and the merge makes one PDF with a bookmark per document and the
// dossier's data (ho-so.json) attached. Files stay in this tab's memory: nothing is uploaded and
// nothing is stored.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { manualNominee, withUniqueIds, type SourceNominee } from '../pdf/nominees';
import { assemblyIssues, assemblyTotals, dossierSlots, inListOrder, type AssemblyIssue, type Slot, type SlotNominee } from '../pdf/slots';
import { quotedFile } from '../pdf/problems';
import { ErrorSummary, type FieldError } from './shared/ErrorSummary';
import { TextField } from './shared/fields';
import { focusSoon } from './shared/focus';
import { useLeaveWarning, useNoDropNavigation } from './shared/fileGuards';
import { useStored } from './shared/useStoredDrafts';
import { readStored } from '../storage/store';
import { AddReport, ADD_REPORT_IDS } from './assembly/AddReport';
import { fileIds } from './assembly/FileItem';
import type { DraftRules } from '../dossier/dossierData';
import { unitChoiceIssues, type UnitChoice } from '../dossier/unitChoice';
import type { NomineeWording } from '../schemas/form';
import { QUOTA_PLANNER_HREF } from './quota/formIds';
import { FIELD_IDS } from './dossier/fieldIds';
import { DOSSIER_TEXT_LIMITS } from '../schemas/dossierTextLimits';
import type { UnitChoiceFields } from './quota/unitOptions';
import { UnitCategory, UNIT_CATEGORY_IDS } from './assembly/UnitCategory';
import { draftSlots } from './assembly/fromDrafts';
import { MergePanel, RESULT_HEADING_ID, type MergeState } from './assembly/MergePanel';
import type { DataFix, Inspection, MergeRequestDocument } from './assembly/protocol';
import { SlotSection, slotIds } from './assembly/SlotSection';
import { moved, withFile, withSlot, type HeldFile, type HeldFiles } from './assembly/state';
import { AssemblyClient } from './assembly/workerClient';
import './assembly/assembly.css';

export interface DossierAssemblyProps extends DraftRules {
  /** the unit's choices in the quota table and their wording, asked when the device has no list (unitChoiceFields()) */
  unitChoice: UnitChoiceFields;
  /** stem of the file name (forms.common.dossierFileStem) */
  fileStem: string;
  /** the award proposed and the campaign, for the PDF's subject */
  awardName: string;
  campaignName: string;
  /** how nominee groups are named (forms.common.nomineeGroups) */
  nomineeGroups: NomineeWording['nomineeGroups'];
}

const UNIT_FIELD_ID = 'pdf-ten-don-vi';
/** Width of the previews, in CSS pixels. */
const PREVIEW_WIDTH = 80;

/** Keys of the files held in this tab (they never leave it: reports get nominee ids, see manualNominee). */
let lastKey = 0;
const newKey = () => `t${++lastKey}`;

const slotInput = (slots: readonly Slot[], key: string) => slotIds(slots.findIndex((slot) => slot.spec.key === key) + 1).input;

/** Where the error summary links for an issue: a field of the page, or the page where it is fixed. */
function errorOf(issue: AssemblyIssue, slots: readonly Slot[], unitFromDrafts: boolean): FieldError {
  const { message, target } = issue;
  switch (target.kind) {
    case 'unit':
      // a name from the drafts is corrected where it was typed
      return unitFromDrafts ? { fieldId: UNIT_FIELD_ID, message, href: `/ho-so/#${FIELD_IDS.profile.unitName}` } : { fieldId: UNIT_FIELD_ID, message };
    case 'category':
      return { fieldId: UNIT_CATEGORY_IDS.category, message };
    case 'group-count':
      return { fieldId: UNIT_CATEGORY_IDS.groupCount, message };
    case 'reports':
      return { fieldId: ADD_REPORT_IDS.name, message };
    case 'slot':
      return { fieldId: slotInput(slots, target.slotKey), message };
    case 'file':
      return { fieldId: fileIds(target.fileKey).item, message };
    case 'nominee-name':
      return { fieldId: slotInput(slots, target.slotKey), message, href: QUOTA_PLANNER_HREF };
  }
}

/** A problem of the dossier's data, linked to where it is fixed: the planner's list, or a field of /ho-so/. */
const dataError = (problem: DataFix, index: number): FieldError => ({ fieldId: `pdf-du-lieu-${index + 1}`, ...problem });

const readFailure = (name: string): Inspection => ({
  type: 'unknown',
  pageCount: 0,
  mergedBytes: 0,
  problems: [
    { code: 'corrupt', severity: 'blocking', message: `Không đọc được tệp ${quotedFile(name)} vì một lỗi của trình duyệt: hãy bỏ tệp rồi chọn lại, hoặc tải lại trang.` },
  ],
});

export default function DossierAssembly(props: DossierAssemblyProps) {
  const [stored] = useStored(readStored);
  const drafts = stored.drafts;
  const source = useMemo(() => draftSlots(drafts), [drafts]);
  const fromDrafts = source.nominees.length > 0;
  const [manual, setManual] = useState<SourceNominee[]>([]);
  const [typedUnit, setTypedUnit] = useState('');
  // without a list: the unit's choice in the quota table (an option of props.unitChoice) and its boards or teams
  const [unitOption, setUnitOption] = useState('');
  const [groupCount, setGroupCount] = useState('');
  const option = props.unitChoice.options.find((o) => o.value === unitOption);
  const choice: UnitChoice = { categoryId: option?.categoryId, unitName: option?.unitName, groupCount };
  const [files, setFiles] = useState<HeldFiles>(() => new Map());
  const current = useRef(files);
  current.current = files;
  const [shown, setShown] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [merge, setMerge] = useState<MergeState>({ phase: 'idle' });
  const client = useMemo(() => new AssemblyClient(), []);
  const busy = merge.phase === 'working';

  const nominees: SlotNominee[] = useMemo(() => inListOrder(fromDrafts ? withUniqueIds(source.nominees) : manual), [source, manual]);
  const slots: Slot<HeldFile>[] = dossierSlots(nominees).map((spec) => ({ spec, files: files.get(spec.key) ?? [] }));
  const unitName = source.unitName || typedUnit;
  const issues = assemblyIssues(slots, { name: unitName, categoryIssues: fromDrafts ? [] : unitChoiceIssues(props.quotas, choice) }, props.nomineeGroups);
  const blocking = issues.filter((issue) => issue.severity === 'blocking');
  const warnings = issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.message);
  const errors: FieldError[] = shown
    ? [...blocking.map((issue) => errorOf(issue, slots, Boolean(source.unitName))), ...(merge.phase === 'refused' ? merge.problems.map(dataError) : [])]
    : [];
  const errorAt = (target: AssemblyIssue['target']['kind'], slotKey?: string) =>
    shown ? blocking.find((issue) => issue.target.kind === target && (!slotKey || ('slotKey' in issue.target && issue.target.slotKey === slotKey)))?.message : undefined;

  // Object URLs of previews are released with their files, and all of them when the page goes.
  const release = (held: readonly HeldFile[]) => held.forEach((file) => file.preview && URL.revokeObjectURL(file.preview));
  useEffect(() => () => {
    for (const held of current.current.values()) release(held);
    client.terminate();
  }, []);

  // A file dropped beside a slot must not replace the page (the browser would open it and every
  // file chosen would be lost); leaving the page with files chosen asks first.
  useNoDropNavigation();
  const holding = [...files.values()].some((held) => held.length > 0);
  useLeaveWarning(holding);

  /** Any change drops a merged file made before it, and what a failed merge said. */
  const changed = () =>
    setMerge((state) => (state.phase === 'done' ? { phase: 'stale' } : state.phase === 'failed' || state.phase === 'refused' ? { phase: 'idle' } : state));
  // the drafts read again (the unit may have fixed its data on another page): the data's problems are checked anew at the next merge
  useEffect(() => setMerge((state) => (state.phase === 'refused' ? { phase: 'idle' } : state)), [drafts]);
  const stillHeld = (key: string) => [...current.current.values()].some((held) => held.some((file) => file.key === key));

  const previewPdf = async (held: HeldFile) => {
    try {
      const { firstPagePreview } = await import('./assembly/pdfPreview');
      const url = URL.createObjectURL(await firstPagePreview(held.file, PREVIEW_WIDTH));
      if (!stillHeld(held.key)) return URL.revokeObjectURL(url);
      setFiles((state) => withFile(state, held.key, (file) => ({ ...file, preview: url })));
    } catch {
      setFiles((state) => withFile(state, held.key, (file) => ({ ...file, previewFailed: true })));
    }
  };

  const inspect = async (held: HeldFile) => {
    let inspection: Inspection;
    try {
      inspection = await client.inspect(held.file, held.name);
    } catch {
      inspection = readFailure(held.name);
    }
    if (!stillHeld(held.key)) return;
    const refused = inspection.problems.some((problem) => problem.severity === 'blocking');
    const preview = !refused && inspection.thumbnail ? URL.createObjectURL(inspection.thumbnail) : undefined;
    setFiles((state) =>
      withFile(state, held.key, (file) => ({
        ...file,
        inspection,
        status: refused ? 'refused' : 'ready',
        pageCount: inspection.pageCount,
        mergedBytes: inspection.mergedBytes,
        problems: inspection.problems,
        preview,
      })),
    );
    const first = inspection.problems[0];
    setAnnouncement(
      refused && first
        ? first.message
        : `Đã đọc tệp ${quotedFile(held.name)}: ${inspection.pageCount} trang.${first ? ` ${first.message}` : ''}`,
    );
    if (!refused && inspection.type === 'pdf') void previewPdf(held);
  };

  const held = (file: File): HeldFile => ({ key: newKey(), file, name: file.name, size: file.size, status: 'checking', pageCount: 0, mergedBytes: 0, problems: [] });

  const add = (slot: Slot<HeldFile>, chosen: File[]) => {
    const added = chosen.map(held);
    setFiles((state) => withSlot(state, slot.spec.key, (list) => [...list, ...added]));
    changed();
    setAnnouncement(`Đã thêm ${added.length} tệp vào mục “${slot.spec.title}”, đang đọc tệp…`);
    added.forEach((file) => void inspect(file));
  };

  const move = (slot: Slot<HeldFile>, index: number, delta: -1 | 1) => {
    const file = slot.files[index]!;
    setFiles((state) => withSlot(state, slot.spec.key, (list) => moved(list, index, delta)));
    changed();
    setAnnouncement(`Đã chuyển tệp ${quotedFile(file.name)} ${delta < 0 ? 'lên' : 'xuống'}: thứ ${index + 1 + delta} trong mục.`);
    const target = index + delta;
    const ids = fileIds(file.key);
    focusSoon(target === 0 ? ids.down : target === slot.files.length - 1 ? ids.up : delta < 0 ? ids.up : ids.down);
  };

  const remove = (slot: Slot<HeldFile>, position: number, index: number) => {
    const file = slot.files[index]!;
    release([file]);
    setFiles((state) => withSlot(state, slot.spec.key, (list) => list.filter((f) => f.key !== file.key)));
    changed();
    setAnnouncement(`Đã bỏ tệp ${quotedFile(file.name)} khỏi mục “${slot.spec.title}”.`);
    const next = slot.files[index + 1] ?? slot.files[index - 1];
    focusSoon(next ? fileIds(next.key).remove : slotIds(position).input);
  };

  const replace = (slot: Slot<HeldFile>, index: number, replacement: File) => {
    const old = slot.files[index]!;
    const fresh = held(replacement);
    release([old]);
    setFiles((state) => withSlot(state, slot.spec.key, (list) => list.map((f) => (f.key === old.key ? fresh : f))));
    changed();
    setAnnouncement(`Đã thay tệp ${quotedFile(old.name)} bằng ${quotedFile(fresh.name)}, đang đọc tệp…`);
    focusSoon(fileIds(fresh.key).item);
    void inspect(fresh);
  };

  const addManual = (kind: SourceNominee['kind'], name: string) => {
    const nominee = manualNominee(kind, name);
    setManual((list) => [...list, nominee]);
    changed();
    setAnnouncement(`Đã thêm mục báo cáo thành tích của ${quotedFile(nominee.name)}.`);
  };

  const removeManual = (id: string) => {
    setManual((list) => list.filter((n) => n.id !== id));
    changed();
  };

  const startMerge = async () => {
    if (busy) return;
    setShown(true);
    setFocusKey((key) => key + 1);
    if (blocking.length > 0) {
      setAnnouncement(`Chưa ghép được: còn ${blocking.length} điều cần sửa (xem danh sách “Chưa ghép được hồ sơ” ở trên).`);
      return;
    }
    const documents: MergeRequestDocument[] = slots.map(({ spec, files: list }) => ({
      kind: spec.kind,
      title: spec.title,
      nomineeId: spec.nominee?.id ?? null,
      sources: list.map((file) => (file.inspection?.image ? { type: 'image' as const, image: file.inspection.image } : { type: 'pdf' as const, file: file.file })),
    }));
    const total = documents.reduce((sum, d) => sum + d.sources.length, 0) + 1;
    setMerge({ phase: 'working', done: 0, total });
    setAnnouncement('Đang ghép hồ sơ…');
    try {
      const { planNumber, quotas, records, awardName, campaignName, fileStem, nomineeGroups: groups } = props;
      const merged = await client.merge(
        { documents, drafts, rules: { planNumber, quotas, records }, hand: { nominees: manual, category: choice }, unitName, words: { planNumber, awardName, campaignName }, groups, fileStem },
        (done, steps) => setMerge({ phase: 'working', done, total: steps }),
      );
      if (!merged.ok) {
        setMerge({ phase: 'refused', problems: merged.problems });
        setFocusKey((key) => key + 1);
        setAnnouncement(`Chưa ghép được: dữ liệu hồ sơ còn ${merged.problems.length} điều cần sửa (xem danh sách “Chưa ghép được hồ sơ” ở trên). Các tệp đã chọn vẫn còn.`);
        return;
      }
      const blob = new Blob([merged.bytes], { type: 'application/pdf' });
      setMerge({ phase: 'done', blob, fileName: merged.fileName, pageCount: merged.pageCount });
      setAnnouncement(`Đã ghép xong: ${merged.pageCount} trang. Bấm “Tải tệp PDF” để lưu về máy.`);
      focusSoon(RESULT_HEADING_ID);
    } catch {
      setMerge({ phase: 'failed' });
      setAnnouncement('Không ghép được tệp PDF vì một lỗi của trình duyệt. Các tệp đã chọn vẫn còn: hãy thử ghép lại; nếu vẫn lỗi, thử bỏ bớt tệp rất lớn.');
    }
  };

  const download = async () => {
    if (merge.phase !== 'done') return;
    (await import('./shared/download')).saveFile(merge.fileName, merge.blob, 'application/pdf');
    setAnnouncement(`Đã tải tệp ${merge.fileName}.`);
  };

  const reportCount = nominees.length;
  return (
    <div class="assembly">
      <ErrorSummary title="Chưa ghép được hồ sơ: cần sửa" focusKey={focusKey} errors={errors} />

      <section aria-labelledby="pdf-phan-don-vi">
        <h2 id="pdf-phan-don-vi">1. Đơn vị và danh sách đề nghị</h2>
        {(stored.state === 'unreadable' || stored.state === 'salvaged') && (
          <p class="note note--warning" role="alert">
            {stored.state === 'salvaged'
              ? 'Bản nháp trên máy này không đọc được trọn vẹn: trang chỉ dùng phần đọc được.'
              : 'Bản nháp trên máy này không đọc được, nên trang không lấy được danh sách đề nghị từ đó.'}{' '}
            Bản nháp vẫn còn nguyên trên máy; xem phần không đọc được và tải dữ liệu cũ về máy ở trang <a href="/ban-nhap/">Bản nháp</a>.
          </p>
        )}
        {source.unitName ? (
          <p>
            Đơn vị: <strong>{source.unitName}</strong> (theo thông tin đơn vị ở trang <a href="/ho-so/">Hồ sơ</a>).
          </p>
        ) : (
          <TextField
            id={UNIT_FIELD_ID}
            label="Tên đơn vị đề nghị khen thưởng"
            hint="Ghi vào tệp PDF và vào tên tệp, ví dụ Ủy ban nhân dân xã Ea Kar."
            value={typedUnit}
            error={errorAt('unit')}
            maxLength={DOSSIER_TEXT_LIMITS.profile.unitName.limit}
            required
            onInput={(value) => {
              setTypedUnit(value);
              changed();
            }}
          />
        )}
        {!fromDrafts && (
          <UnitCategory
            fields={props.unitChoice}
            value={unitOption}
            groupCount={groupCount}
            errors={{ category: errorAt('category'), groupCount: errorAt('group-count') }}
            onChoose={(value) => {
              setUnitOption(value);
              changed();
            }}
            onGroupCount={(typed) => {
              setGroupCount(typed);
              changed();
            }}
          />
        )}
        {fromDrafts ? (
          <p>
            Mỗi tập thể, cá nhân trong danh sách đề nghị ở trang <a href="/so-luong/#lap-danh-sach">Số lượng</a> có một mục báo cáo thành tích
            ({reportCount} mục, tập thể trước, cá nhân sau).
          </p>
        ) : (
          <p class="note">
            Trên máy này chưa có danh sách đề nghị. Hãy thêm từng báo cáo thành tích ở phần 2, hoặc lập danh sách ở trang{' '}
            <a href="/so-luong/#lap-danh-sach">Số lượng</a> để các mục có sẵn.
          </p>
        )}
      </section>

      <section aria-labelledby="pdf-phan-van-ban">
        <h2 id="pdf-phan-van-ban">2. Các văn bản của hồ sơ</h2>
        <p>
          Theo thứ tự người thẩm định đọc: tờ trình, danh sách kèm theo, biên bản họp xét, báo cáo thành tích của từng tập thể, cá nhân, rồi các
          văn bản liên quan.
        </p>
        <ol class="assembly-slots">
          {slots.map((slot, index) => {
            const manualId = !fromDrafts && slot.spec.nominee ? slot.spec.nominee.id : undefined;
            return (
              <SlotSection
                key={slot.spec.key}
                spec={slot.spec}
                position={index + 1}
                files={slot.files}
                error={errorAt('nominee-name', slot.spec.key) ?? errorAt('slot', slot.spec.key)}
                busy={busy}
                onAdd={(chosen) => add(slot, chosen)}
                onMove={(fileIndex, delta) => move(slot, fileIndex, delta)}
                onReplace={(fileIndex, file) => replace(slot, fileIndex, file)}
                onRemove={(fileIndex) => remove(slot, index + 1, fileIndex)}
                onRemoveSlot={manualId ? () => removeManual(manualId) : undefined}
              />
            );
          })}
        </ol>
        {!fromDrafts && <AddReport busy={busy} groups={props.nomineeGroups} error={errorAt('reports')} onAdd={addManual} />}
      </section>

      <MergePanel
        totals={assemblyTotals(slots)}
        warnings={warnings}
        merge={merge}
        announcement={merge.phase === 'stale' ? `Hồ sơ đã thay đổi sau lần ghép trước: hãy ghép lại. ${announcement}` : announcement}
        onMerge={startMerge}
        onDownload={download}
      />
    </div>
  );
}
