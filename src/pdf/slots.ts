// The documents of the dossier as slots to fill with files, in the order a reviewer reads them
// (spec: Tờ trình, Danh sách, Biên bản, one achievement report per nominee, collectives then
// individuals, then related documents), and what must hold before they are merged. Pure: the
// island keeps the files, this module only sees their names, sizes, pages and problems.
import type { DocumentKind } from '../schemas/dossierData';
import { DOSSIER_TEXT_LIMITS, tooLongMessage } from '../schemas/dossierTextLimits';
import type { NomineeWording } from '../schemas/form';
import type { FileProblem } from './problems';
import { quotedFile } from './problems';

/** Titles of the documents: the slots' headings, the PDF's bookmarks and `documents[].title` of ho-so.json. */
export const DOCUMENT_TITLES: Record<Exclude<DocumentKind, 'achievement-report'>, string> = {
  'submission-letter': 'Tờ trình đề nghị khen thưởng',
  'nominee-list': 'Danh sách đề nghị khen thưởng',
  'meeting-minutes': 'Biên bản họp xét khen thưởng',
  related: 'Các văn bản liên quan',
};

/** "Báo cáo thành tích của Nguyễn Văn An". */
export const reportTitle = (name: string): string => `Báo cáo thành tích của ${name.normalize('NFC').replace(/\s+/g, ' ').trim()}`;

/** What goes into each kind of slot, shown under its heading. */
export const SLOT_HINTS: Record<DocumentKind, string> = {
  'submission-letter': 'Tờ trình đã ký, đóng dấu: bản quét PDF, hoặc ảnh chụp từng trang.',
  'nominee-list': 'Danh sách kèm theo tờ trình, đã ký, đóng dấu.',
  'meeting-minutes': 'Biên bản họp xét của Hội đồng Thi đua - Khen thưởng, có chữ ký của thư ký và chủ tọa.',
  'achievement-report': 'Báo cáo thành tích đã ký, có xác nhận của cấp trình khen thưởng.',
  related: 'Không bắt buộc: văn bản, tài liệu khác liên quan đến thành tích (nếu có).',
};

export interface SlotNominee {
  /** the nominee's id in the drafts (or one made for a report added by hand) */
  id: string;
  kind: 'collective' | 'individual';
  name: string;
}

/** One document to fill with files. */
export interface SlotSpec {
  /** key of the slot's files in the island's state: the kind, or "report:<nominee id>" */
  key: string;
  kind: DocumentKind;
  /** heading and bookmark */
  title: string;
  /** an empty required slot keeps the dossier from being merged */
  required: boolean;
  /** achievement report: its nominee */
  nominee?: SlotNominee;
}

/** Collectives first, then individuals, each group in the order given (the order of the list and of its reports). */
export const inListOrder = <T extends { kind: 'collective' | 'individual' }>(nominees: readonly T[]): T[] => [
  ...nominees.filter((n) => n.kind === 'collective'),
  ...nominees.filter((n) => n.kind === 'individual'),
];

/**
 * The slots of a dossier for `nominees` (any order: collectives come first, then individuals,
 * each group in the order given).
 */
export function dossierSlots(nominees: readonly SlotNominee[]): SlotSpec[] {
  const fixed = (kind: Exclude<DocumentKind, 'achievement-report' | 'related'>): SlotSpec => ({ key: kind, kind, title: DOCUMENT_TITLES[kind], required: true });
  const ordered = inListOrder(nominees);
  return [
    fixed('submission-letter'),
    fixed('nominee-list'),
    fixed('meeting-minutes'),
    ...ordered.map((nominee): SlotSpec => ({
      key: `report:${nominee.id}`,
      kind: 'achievement-report',
      title: reportTitle(nominee.name || 'tập thể, cá nhân chưa có tên'),
      required: true,
      nominee,
    })),
    { key: 'related', kind: 'related', title: DOCUMENT_TITLES.related, required: false },
  ];
}

/** A file of a slot as the checks see it. */
export interface SlotFile {
  /** unique key of the file in the island */
  key: string;
  name: string;
  /** bytes as chosen */
  size: number;
  /** checking: being read by the worker; ready: can be merged; refused: a blocking problem */
  status: 'checking' | 'ready' | 'refused';
  /** pages it adds (0 until checked) */
  pageCount: number;
  /** bytes it adds to the merged PDF (the PDF's size, or the prepared image's) */
  mergedBytes: number;
  problems: FileProblem[];
}

export interface Slot<F extends SlotFile = SlotFile> {
  spec: SlotSpec;
  files: readonly F[];
}

/**
 * Where a problem is shown: beside the unit's name or its category (chosen on the page without a
 * list), the reports, a slot, one file of a slot, or a nominee of the list whose name is missing
 * (fixed in the quota planner).
 */
export type IssueTarget =
  | { kind: 'unit' }
  | { kind: 'category' }
  | { kind: 'group-count' }
  | { kind: 'reports' }
  | { kind: 'slot'; slotKey: string }
  | { kind: 'file'; slotKey: string; fileKey: string }
  | { kind: 'nominee-name'; slotKey: string; nomineeId: string };

export interface AssemblyIssue {
  target: IssueTarget;
  severity: 'blocking' | 'warning';
  message: string;
}

const missingMessage = (spec: SlotSpec): string =>
  spec.nominee
    ? `Chưa có báo cáo thành tích của ${quotedFile(spec.nominee.name || 'tập thể, cá nhân chưa có tên')}: mỗi tập thể, cá nhân được đề nghị phải có báo cáo thành tích.`
    : `Chưa có tệp cho mục “${spec.title}”.`;

/** How the groups of nominees are named (forms.common.nomineeGroups): “Tập thể”, “Cá nhân”. */
export type NomineeGroups = NomineeWording['nomineeGroups'];

/**
 * A nominee whose name is blank (an imported draft may hold one), by its group and number in the
 * list as the documents number them: the one message, before the merge and if the data is refused.
 */
export const unnamedNomineeMessage = (groups: NomineeGroups, kind: SlotNominee['kind'], number: number): string =>
  `${groups[kind]} số ${number} trong danh sách đề nghị chưa có tên: nhập tên đầy đủ ở trang Số lượng rồi ghép lại.`;

/** The unit as the checks see it. */
export interface AssemblyUnit {
  /** its name, from the drafts or typed on the page */
  name: string;
  /** what is wrong with its category where the page asks for it (no list on the device), in the page's order */
  categoryIssues?: readonly AssemblyIssue[];
}

/**
 * Everything that keeps the dossier from being merged (blocking), and what the unit should know
 * first (warnings), in the order of the page.
 */
export function assemblyIssues(slots: readonly Slot[], unit: AssemblyUnit, groups: NomineeGroups): AssemblyIssue[] {
  const issues: AssemblyIssue[] = [];
  const tooLong = tooLongMessage(unit.name, DOSSIER_TEXT_LIMITS.profile.unitName);
  if (unit.name.trim() === '') {
    issues.push({ target: { kind: 'unit' }, severity: 'blocking', message: 'Nhập tên đơn vị đề nghị khen thưởng: tên được ghi vào tệp PDF và vào tên tệp.' });
  } else if (tooLong) {
    issues.push({ target: { kind: 'unit' }, severity: 'blocking', message: tooLong });
  }
  issues.push(...(unit.categoryIssues ?? []));
  if (!slots.some((slot) => slot.spec.kind === 'achievement-report')) {
    issues.push({
      target: { kind: 'reports' },
      severity: 'blocking',
      message: 'Hồ sơ chưa có báo cáo thành tích nào: thêm báo cáo của từng tập thể, cá nhân được đề nghị.',
    });
  }
  const numbers = { collective: 0, individual: 0 };
  for (const { spec, files } of slots) {
    const nominee = spec.nominee;
    if (nominee) {
      const number = ++numbers[nominee.kind];
      if (nominee.name.trim() === '') {
        issues.push({
          target: { kind: 'nominee-name', slotKey: spec.key, nomineeId: nominee.id },
          severity: 'blocking',
          message: unnamedNomineeMessage(groups, nominee.kind, number),
        });
      }
    }
    if (spec.required && files.length === 0) issues.push({ target: { kind: 'slot', slotKey: spec.key }, severity: 'blocking', message: missingMessage(spec) });
    for (const file of files) {
      const target: IssueTarget = { kind: 'file', slotKey: spec.key, fileKey: file.key };
      if (file.status === 'checking') {
        issues.push({ target, severity: 'blocking', message: `Đang đọc tệp ${quotedFile(file.name)}: chờ đọc xong rồi ghép.` });
      }
      for (const problem of file.problems) issues.push({ target, severity: problem.severity, message: problem.message });
    }
  }
  return issues;
}

/** Files, pages and bytes of the files that can be merged. */
export function assemblyTotals(slots: readonly Slot[]): { files: number; pages: number; bytes: number } {
  const ready = slots.flatMap((slot) => slot.files.filter((file) => file.status === 'ready'));
  return {
    files: ready.length,
    pages: ready.reduce((sum, file) => sum + file.pageCount, 0),
    bytes: ready.reduce((sum, file) => sum + file.mergedBytes, 0),
  };
}

/** "850 KB", "12,4 MB": sizes as the page shows them (decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
