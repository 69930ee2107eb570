// Building the export files (the shapes are in transferFormat.ts, the import in transfer.ts).
import { DRAFTS_VERSION, type Drafts } from './drafts';
import { EXPORT_FORMAT, type AllTransfer, type NomineeTransfer, type UnreadableTransfer } from './transferFormat';

/** The file that exports every draft. */
export function exportAll(drafts: Drafts, now = new Date()): AllTransfer {
  const { selfChecks, quotaPlan, dossier, changedAt, savedAt } = drafts;
  return {
    format: EXPORT_FORMAT,
    version: DRAFTS_VERSION,
    exportedAt: now.toISOString(),
    scope: 'all',
    selfChecks,
    quotaPlan,
    dossier,
    changedAt,
    ...(savedAt ? { savedAt } : {}),
  };
}

/** The file that exports one nominee, or null when there is no such nominee in the list. */
export function exportNominee(drafts: Drafts, id: string, now = new Date()): NomineeTransfer | null {
  const nominee = drafts.quotaPlan.nominees.find((n) => n.id === id);
  if (!nominee) return null;
  const selfCheck = drafts.selfChecks[id];
  const report = drafts.dossier.reports[id];
  const changedAt = drafts.changedAt.nominees[id];
  return {
    format: EXPORT_FORMAT,
    version: DRAFTS_VERSION,
    exportedAt: now.toISOString(),
    scope: 'nominee',
    nominee,
    ...(selfCheck ? { selfCheck } : {}),
    ...(report ? { report } : {}),
    ...(changedAt ? { changedAt } : {}),
  };
}

/** The file that keeps stored drafts that could not be read, as found: the import on /ban-nhap/ reads what it can of it. */
export const exportUnreadable = (stored: string, now = new Date()): UnreadableTransfer => ({
  format: EXPORT_FORMAT,
  version: DRAFTS_VERSION,
  exportedAt: now.toISOString(),
  scope: 'unreadable',
  stored,
});

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (now: Date) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/**
 * ASCII file names without personal data: `ban-nhap-thi-dua-2026-2026-11-25.json`, and for one
 * nominee `ban-nhap-thi-dua-2026-doi-tuong-3-2026-11-25.json` (its place in the list).
 */
export function exportFileName(now = new Date(), nomineeNumber?: number): string {
  const part = nomineeNumber === undefined ? '' : `doi-tuong-${nomineeNumber}-`;
  return `ban-nhap-thi-dua-2026-${part}${localDate(now)}.json`;
}

/** The file name of the copy of drafts that could not be read. */
export const unreadableCopyFileName = (now = new Date()) => `ban-nhap-khong-doc-duoc-${localDate(now)}.json`;

export const serializeTransfer = (file: AllTransfer | NomineeTransfer | UnreadableTransfer) => `${JSON.stringify(file, null, 2)}\n`;
