import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatTime } from './format';
import type { SaveState } from './useDrafts';

type Problems = ComponentType<{ save: SaveState }>;

/** The module that fetches SaveProblems and SaveFallback (loadSaveProblems.ts). */
const parts = () => import('./loadSaveProblems');
/** What says that saving stopped, with the download, when SaveProblems cannot be fetched: fetched once the page has shown. */
let Fallback: Problems | undefined;

function statusText(save: SaveState): string {
  if (save.state === 'pending') return 'Đang lưu…';
  if (save.state === 'saved') return `Đã lưu lúc ${formatTime(save.savedAt)} trên máy này.`;
  return '';
}

/**
 * The visible "Đã lưu lúc …" line, announced politely to screen readers. When something needs the
 * user (saving failed, another tab changed or deleted the same draft, stored drafts could not be
 * read), SaveProblems says so, with the buttons: it is fetched then, so that it weighs on no
 * island's first load (the self-check's budget is 20 KB). When it cannot be fetched (offline, or
 * the site was updated since the page was opened), SaveFallback says so, with the drafts as a
 * JSON file; SaveProblems is fetched again on the next change of state.
 */
export function SaveStatus({ save }: { save: SaveState }) {
  const needed = save.state === 'failed' || !!save.question || !!save.rescue;
  const [problems, setProblems] = useState<{ show: Problems } | null>(null);
  /** the state in which SaveProblems could not be fetched */
  const [unloaded, setUnloaded] = useState<SaveState | null>(null);
  useEffect(() => {
    parts()
      .then(({ loadSaveFallback }) => loadSaveFallback())
      .then(
        (module) => (Fallback = module.default),
        () => {},
      );
  }, []);
  if (needed && !problems && unloaded !== save) {
    parts()
      .then(({ loadSaveProblems }) => loadSaveProblems())
      .then(
        (module) => setProblems({ show: module.default }),
        () => setUnloaded(save),
      );
  }
  const Show = needed && (problems?.show ?? (unloaded && Fallback));
  return (
    <div class="save-status-box">
      <p class="save-status" role="status" aria-live="polite">
        {statusText(save)}
      </p>
      {Show && <Show save={save} />}
    </div>
  );
}
