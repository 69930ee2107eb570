// What the sections of the drafts page share: what is stored, one confirmation open at a time,
// one status line and one error summary.
import type { Drafts } from '../../storage/drafts';
import type { StorageProblem, StoredDrafts } from '../../storage/store';
import type { NomineeTransfer } from '../../storage/transferFormat';
import type { FieldError } from '../shared/ErrorSummary';
import type { OldData } from '../shared/OldDrafts';
import type { NomineeRow } from './StoredList';

export type Confirm =
  | { kind: 'delete-all' }
  | { kind: 'delete-nominee'; row: NomineeRow }
  /** `dropped`: what a rescue file read in part leaves out, as the pages name it */
  | { kind: 'import-all'; fileName: string; drafts: Drafts; dropped?: string[] }
  | { kind: 'import-nominee'; fileName: string; transfer: NomineeTransfer };

/** Said after a refused action: the drafts on this computer did not change. */
export const KEPT = 'Bản nháp hiện có trên máy vẫn giữ nguyên.';

export interface DraftsPage {
  /** the drafts as found in the storage */
  stored: StoredDrafts;
  /** stored drafts that could not be read (kept aside or not), or a copy of such drafts kept from before */
  old: OldData | null;
  /** the confirmation open, if any */
  confirm: Confirm | null;
  /** opens a confirmation (closing any other); focus returns to `from` (else the control focused now) when it closes */
  ask: (confirm: Confirm, from?: HTMLElement) => void;
  /** closes the confirmation; focus goes to `focus`, else back to the control that asked */
  close: (focus?: HTMLElement | null) => void;
  /** reads the drafts again and says what was done */
  done: (status: string) => void;
  /** says what was done, without a change to the drafts (an export) */
  tell: (status: string) => void;
  /** says that the browser would not keep the change, linked to the control `fieldId` */
  failed: (reason: StorageProblem, fieldId: string) => void;
  /** shows an error in the summary (linked to its field) and moves focus there */
  showError: (error: FieldError) => void;
  /** clears the status line and the error summary */
  clearMessages: () => void;
}
