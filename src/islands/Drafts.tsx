// The drafts page (/ban-nhap/): what the site keeps on this computer (src/islands/drafts/
// StoredSection), export (ExportSection), import (ImportSection) and delete (DeleteSection). This
// shell holds what they share: the stored drafts, the one confirmation open, the status line and
// the error summary.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CommonForm } from '../schemas/form';
import { readUnreadableCopy } from '../storage/cleanup';
import { checkStorage, keepAside, readStored, type StorageProblem } from '../storage/store';
import { DeleteSection } from './drafts/DeleteSection';
import { ExportSection } from './drafts/ExportSection';
import { ImportSection } from './drafts/ImportSection';
import { KEPT, type Confirm, type DraftsPage } from './drafts/page';
import { LIST_HEADING_ID, StoredSection } from './drafts/StoredSection';
import type { DraftsLabels } from './drafts/StoredList';
import './drafts/drafts.css';
import { ErrorSummary, type FieldError } from './shared/ErrorSummary';
import { focusSoon } from './shared/focus';
import { STORAGE_PROBLEMS } from './shared/storageMessages';
import { useStored } from './shared/useStoredDrafts';

export interface DraftsProps {
  awards: { id: string; shortName: string }[];
  nomineeKinds: { id: string; name: string }[];
  categories: { id: string; label: string }[];
  nomineeGroups: CommonForm['nomineeGroups'];
}

/**
 * What the page shows: the drafts as found, and what could not be read: the stored text (kept
 * aside at once, when there is room) or a copy kept from before.
 */
function readAll(): Pick<DraftsPage, 'stored' | 'old'> {
  const stored = readStored();
  if (stored.raw !== undefined) {
    return { stored, old: { kind: stored.state as 'unreadable' | 'salvaged', raw: stored.raw, kept: !keepAside(stored.raw) } };
  }
  const copy = readUnreadableCopy();
  return { stored, old: copy === null ? null : { kind: 'copy', raw: copy, kept: true } };
}

/** A lookup by id from the rules, without a prototype: an id from the drafts never finds Object's members. */
const toMap = <T,>(list: T[], key: (item: T) => string, value: (item: T) => string): Record<string, string> =>
  Object.assign(Object.create(null), Object.fromEntries(list.map((item) => [key(item), value(item)])));

export default function Drafts({ awards, nomineeKinds, categories, nomineeGroups }: DraftsProps) {
  const labels = useMemo<DraftsLabels>(
    () => ({
      awards: toMap(awards, (a) => a.id, (a) => a.shortName),
      nomineeKinds: toMap(nomineeKinds, (k) => k.id, (k) => k.name),
      categories: toMap(categories, (c) => c.id, (c) => c.label),
      nomineeGroups,
    }),
    [awards, nomineeKinds, categories, nomineeGroups],
  );
  // read again after each action here, and when the user comes back from a page that changed the drafts
  const [{ stored, old }, refresh] = useStored(readAll);
  const [problem] = useState<StorageProblem | null>(() => checkStorage());
  const [status, setStatus] = useState('');
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [error, setError] = useState<FieldError | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);

  const page: DraftsPage = {
    stored,
    old,
    confirm,
    ask: (next, from) => {
      page.clearMessages();
      returnFocus.current = from ?? (document.activeElement as HTMLElement | null);
      setConfirm(next);
    },
    close: (focus = returnFocus.current) => {
      setConfirm(null);
      // After the panel is gone: back to the control that opened it, or to the list.
      focusSoon(() => (focus?.isConnected ? focus : document.getElementById(LIST_HEADING_ID)));
    },
    done: (text) => {
      refresh();
      setStatus(text);
    },
    tell: setStatus,
    failed: (reason, fieldId) => page.showError({ fieldId, message: `Không lưu được. ${STORAGE_PROBLEMS[reason]} ${KEPT}` }),
    showError: (found) => {
      setError(found);
      setFocusKey((key) => key + 1);
    },
    clearMessages: () => {
      setStatus('');
      setError(null);
    },
  };

  return (
    <div class="drafts">
      <ErrorSummary errors={error ? [error] : []} focusKey={focusKey} title="Không thực hiện được" />
      <p class="drafts-status note note--important" role="status" aria-live="polite">
        {status}
      </p>
      {problem && (
        <div class="note note--warning">
          <p>
            <strong>Trình duyệt này không lưu được bản nháp.</strong> {STORAGE_PROBLEMS[problem]} Những gì bạn nhập ở các trang khác vẫn
            hiện trên màn hình nhưng sẽ mất khi đóng trang; hãy dùng nút “Tải bản nháp về máy” ở trang đó trước khi đóng.
          </p>
        </div>
      )}
      <StoredSection page={page} labels={labels} />
      <ExportSection page={page} />
      <ImportSection page={page} />
      <DeleteSection page={page} />
    </div>
  );
}
