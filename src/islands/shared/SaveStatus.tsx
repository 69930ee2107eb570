import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { formatTime } from './format';
import type { SaveState } from './useDrafts';

type Problems = ComponentType<{ save: SaveState }>;

function statusText(save: SaveState): string {
  if (save.state === 'pending') return 'Đang lưu…';
  if (save.state === 'saved') return `Đã lưu lúc ${formatTime(save.savedAt)} trên máy này.`;
  return '';
}

/**
 * The visible "Đã lưu lúc …" line, announced politely to screen readers. When something needs the
 * user (saving failed, another tab changed or deleted the same draft, stored drafts could not be
 * read), SaveProblems says so, with the buttons: it is fetched then, so that it weighs on no
 * island's first load (the self-check's budget is 20 KB).
 */
export function SaveStatus({ save }: { save: SaveState }) {
  const needed = save.state === 'failed' || !!save.question || !!save.rescue;
  const [problems, setProblems] = useState<{ show: Problems } | null>(null);
  if (needed && !problems) {
    import('./loadSaveProblems')
      .then(({ loadSaveProblems }) => loadSaveProblems())
      .then((module) => setProblems({ show: module.default }));
  }
  const Show = needed && problems?.show;
  return (
    <div class="save-status-box">
      <p class="save-status" role="status" aria-live="polite">
        {statusText(save)}
      </p>
      {Show && <Show save={save} />}
    </div>
  );
}
