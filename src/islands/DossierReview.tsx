// Sở Nội vụ's review of the units' dossiers (plan Mục V.1.b and VI.6), in the reviewer's browser:
// the files dropped (merged PDFs carrying ho-so.json, or the JSON itself) are read one by one and
// consolidated against the plan in a Web Worker (review/review.worker.ts), which also removes a
// unit's file and checks the marks before the outputs; the reviewer marks each nominee (kept on
// this device, src/storage/reviewStore.ts); the documents of the Sở and the workbook are made in
// a second worker on the click (review/output.worker.ts). The page itself carries neither the rules
// code nor pdf-lib, docx or the spreadsheet library. No file and no nominee's data leaves the device.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReviewIssuer } from '../documents/reviewTypes';
import type { CampaignReferences } from '../documents/types';
import type { OutputCheck } from '../review/outputChecks';
import type { ReviewRules } from '../review/rules';
import { tally } from '../review/tally';
import type { CommonForm } from '../schemas/form';
import type { ReviewDocumentFields } from '../schemas/review';
import type { ReviewForms } from '../schemas/reviewForm';
import { STORAGE_PROBLEMS } from './shared/storageMessages';
import { AcrossSection, type AcrossLinks } from './review/AcrossSection';
import { parseDecision, type Decision } from './review/decision';
import { IntakeSection, type Reading } from './review/IntakeSection';
import { OutputsSection } from './review/OutputsSection';
import type { PresentedConsolidation, PresentedNominee, PresentedUnit } from './review/present';
import type { IntakeSummary, OutputKind } from './review/protocol';
import { ReviewDataSection } from './review/ReviewDataSection';
import { UnitSection } from './review/UnitSection';
import { useReview } from './review/useReview';
import { ReviewWorkers } from './review/workerClient';
import './review/review.css';
import { useLeaveWarning, useNoDropNavigation } from './shared/fileGuards';

export interface DossierReviewProps {
  rules: ReviewRules;
  /** the wording shared by every document (content/forms/common.yaml) */
  common: CommonForm;
  reviewForms: ReviewForms;
  references: CampaignReferences;
  /** Sở Nội vụ as its documents' header names it */
  issuer: ReviewIssuer;
  /** the clauses the totals cite */
  links: AcrossLinks;
}

type OutputStatus = { at: OutputKind; failed: boolean; text: string } | null;

const EMPTY: PresentedConsolidation = { units: [], duplicates: [], missing: [] };
const NOTHING_TO_CHECK: OutputCheck = { blocking: [], warnings: [] };

const saveFile = async (name: string, data: BlobPart, type: string) => (await import('./shared/download')).saveFile(name, data, type);

/** "tham-dinh-ho-so-2026-04-05.json" (local date). */
const reviewExportFileName = (now = new Date()) => `tham-dinh-ho-so-${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}.json`;

export default function DossierReview(props: DossierReviewProps) {
  const { rules, common, reviewForms, references, issuer, links } = props;
  const form = reviewForms.review;
  const noCategory = reviewForms.reviewSummary.noCategory;
  const workers = useMemo(() => new ReviewWorkers(), []);
  const { review, loaded, save, marks, change, setMarks, replace, clear } = useReview();
  const [consolidation, setConsolidation] = useState<PresentedConsolidation>(EMPTY);
  const [intake, setIntake] = useState<IntakeSummary>({ refused: [], notes: [] });
  const [reading, setReading] = useState<Reading | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [readFailed, setReadFailed] = useState(false);
  const [output, setOutput] = useState<OutputStatus>(null);
  const [making, setMaking] = useState(false);
  const [check, setCheck] = useState<OutputCheck>(NOTHING_TO_CHECK);

  const totals = useMemo(() => tally(consolidation, marks), [consolidation, marks]);

  useEffect(() => () => workers.terminate(), []);

  // What the outputs section must say before the documents are made, checked in the reading worker.
  const marksList = review?.marks;
  useEffect(() => {
    let live = true;
    if (!marksList || consolidation.units.length === 0) setCheck(NOTHING_TO_CHECK);
    else void workers.check(marksList).then((found) => live && setCheck(found), () => undefined);
    return () => {
      live = false;
    };
  }, [consolidation, marksList]);

  // A file dropped beside the drop zone must not replace the page; leaving with files read asks first.
  useNoDropNavigation();
  const holding = consolidation.units.length > 0;
  useLeaveWarning(holding);

  const onFiles = async (files: File[]) => {
    setReadFailed(false);
    setReading({ done: 0, total: files.length });
    setAnnouncement(`Đang đọc ${files.length} tệp…`);
    try {
      const result = await workers.read({ files: files.map((file) => ({ name: file.name, file })), rules }, (done, total) =>
        setReading({ done, total }),
      );
      const refused = result.intake.refused.length - intake.refused.length;
      const notes = result.intake.notes.length - intake.notes.length;
      setIntake(result.intake);
      setConsolidation(result.consolidation);
      setAnnouncement(
        `Đã đọc ${files.length} tệp: đang có hồ sơ của ${result.consolidation.units.length} đơn vị` +
          (refused > 0 ? `; ${refused} tệp không nhận được (xem danh sách bên dưới)` : '') +
          (notes > 0 ? `; ${notes} tệp trùng đơn vị` : '') +
          '.',
      );
    } catch {
      setReadFailed(true);
      setAnnouncement('Trình duyệt dừng việc đọc tệp giữa chừng. Hãy chọn lại các tệp; nếu vẫn lỗi, tải lại trang (các quyết định vẫn được lưu trên máy này).');
    } finally {
      setReading(null);
    }
  };

  const onRemove = async (unit: PresentedUnit) => {
    try {
      const result = await workers.remove({ unitKey: unit.key, rules });
      setIntake(result.intake);
      setConsolidation(result.consolidation);
      setReadFailed(false);
      setAnnouncement(`Đã bỏ hồ sơ của “${unit.name}” (tệp “${unit.fileName}”); đang có hồ sơ của ${result.consolidation.units.length} đơn vị. Các quyết định đã chọn cho đơn vị này vẫn được lưu trên máy này.`);
      return true;
    } catch {
      setReadFailed(true);
      setAnnouncement(`Không bỏ được hồ sơ của “${unit.name}”. Hãy thử lại; nếu vẫn lỗi, tải lại trang.`);
      return false;
    }
  };

  const onDecide = (changes: { unit: PresentedUnit; nominee: PresentedNominee; decision: Decision }[]) => {
    setMarks(
      changes.map(({ unit, nominee, decision }) => {
        const { status, ground } = parseDecision(decision);
        return { unitKey: unit.key, nomineeId: nominee.id, mark: status === 'pending' ? null : { unitName: unit.name, nomineeName: nominee.data.name, status, ...(ground ? { ground } : {}) } };
      }),
    );
  };

  const onField = (key: keyof ReviewDocumentFields, value: string) => change((state) => ({ ...state, documents: { ...state.documents, [key]: value } }), true);

  const make = async (kind: OutputKind) => {
    if (making || !review) return;
    setMaking(true);
    setOutput({ at: kind, failed: false, text: 'Đang tạo tệp…' });
    try {
      // the annex and the letter hold only placed nominees: checked again now, as the list of
      // what blocks them may not have come back from the worker since the last mark
      if (kind === 'annex' || kind === 'letter') {
        const found = await workers.check(review.marks);
        setCheck(found);
        if (found.blocking.length > 0) {
          setOutput({ at: kind, failed: true, text: `Chưa tạo được: ${found.blocking.join(' ')}` });
          return;
        }
      }
      const now = new Date();
      const file = await workers.make({
        kind,
        consolidation,
        marks: review.marks,
        fields: review.documents,
        common,
        reviewForms,
        references,
        issuer,
        today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
      });
      await saveFile(file.name, file.bytes as BlobPart, file.mimeType);
      setOutput({ at: kind, failed: false, text: `Đã tạo tệp ${file.name}.` });
    } catch {
      setOutput({ at: kind, failed: true, text: 'Không tạo được tệp. Hãy thử lại; nếu vẫn lỗi, tải lại trang (các quyết định vẫn được lưu trên máy này).' });
    } finally {
      setMaking(false);
    }
  };

  if (!review || !loaded) return <p role="status">Đang mở dữ liệu thẩm định trên máy này…</p>;

  const unreadable = loaded.state === 'unreadable' ? { raw: loaded.raw, message: [loaded.refusal.message, ...loaded.refusal.problems].join(' ') } : null;
  return (
    <div class="review">
      <IntakeSection
        units={consolidation.units.length}
        intake={intake}
        reading={reading}
        announcement={announcement}
        failed={readFailed}
        onFiles={(files) => void onFiles(files)}
      />
      <UnitSection units={consolidation.units} marks={marks} byUnit={totals.byUnit} form={form} common={common} onDecide={onDecide} onRemove={onRemove} />
      <AcrossSection consolidation={consolidation} totals={totals} noCategory={noCategory} links={links} />
      <ReviewDataSection
        review={review}
        save={save}
        unreadable={unreadable}
        onExport={() => void saveFile(reviewExportFileName(), `${JSON.stringify(review, null, 2)}\n`, 'application/json;charset=utf-8')}
        onDownloadUnreadable={() => unreadable && void saveFile('tham-dinh-khong-doc-duoc.json', unreadable.raw, 'application/json;charset=utf-8')}
        onImport={(imported) => {
          replace(imported);
          setAnnouncement(`Đã nhập dữ liệu thẩm định: ${imported.marks.length} đánh dấu.`);
        }}
        onClear={async () => {
          const result = await clear();
          setAnnouncement(result.ok ? 'Đã xóa dữ liệu thẩm định trên máy này.' : `Không xóa được. ${STORAGE_PROBLEMS[result.reason]}`);
        }}
      />
      <OutputsSection
        fields={review.documents}
        units={consolidation.units.length}
        check={check}
        accepted={{ collectives: totals.total.accepted.collectives, individuals: totals.total.accepted.individuals }}
        status={output}
        busy={making}
        onField={onField}
        onMake={(kind) => void make(kind)}
      />
    </div>
  );
}
