// What the save status says when the part that explains a problem (SaveProblems) cannot be
// fetched: offline, or the site was updated since the page was opened. SaveStatus fetches this
// once the page has shown (not with its first load), so that it is there when nothing else can be.
import { downloadDrafts } from './download';
import type { SaveState } from './useDrafts';
import { UNLOADED, UNLOADED_NEXT } from './unloaded';

/** The drafts as a JSON file, offered wherever saving stopped (here and in SaveProblems). */
export function DownloadDraftsButton({ save }: { save: SaveState }) {
  return (
    <p>
      <button type="button" class="button button--secondary" onClick={() => downloadDrafts(save.download!())}>
        Tải bản nháp về máy (tệp JSON)
      </button>
    </p>
  );
}

export default function SaveFallback({ save }: { save: SaveState }) {
  return (
    <>
      <p class="save-status save-status--failed" role="alert">
        {save.state === 'failed' && 'Không lưu được. '}
        {UNLOADED} {UNLOADED_NEXT}
      </p>
      <DownloadDraftsButton save={save} />
    </>
  );
}
