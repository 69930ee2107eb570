// What SaveStatus shows when something needs the user: why nothing was saved (with the drafts as
// a JSON file), and, in a bar that stays in view at the bottom of the screen (on a phone too), a
// field both this tab and another one changed, a deletion made in another tab, or stored drafts
// that could not be read. Loaded only when needed, so that it weighs on no island's first load.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ConflictQuestion, DeletedNotice, SaveState } from '../../storage/autosave';
import { dropCopy } from '../../storage/store';
import { DownloadDraftsButton } from './SaveFallback';
import { formatDateTime } from './format';
import type { OldDrafts as OldDraftsType } from './OldDrafts';
import { STORAGE_PROBLEMS } from './storageMessages';
import { UNLOADED, UNLOADED_NEXT } from './unloaded';

// The notice about unreadable drafts is fetched when it is needed (rarely).
let OldDrafts: typeof OldDraftsType | undefined;

/** The text of a field (or the texts inside a part), shortened, for the question. */
function excerpt(value: unknown): string {
  const texts: string[] = [];
  const collect = (node: unknown) => {
    if (typeof node === 'string' && node.trim()) texts.push(node.trim());
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(collect);
  };
  collect(value);
  const text = texts.join(' · ').replace(/\s+/g, ' ');
  return text ? `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}”` : '(để trống)';
}

function Conflict({ question }: { question: ConflictQuestion }) {
  const { conflict, count } = question;
  const of = count > 1 ? ` (1 trong ${count} chỗ cần chọn)` : '';
  const [text, theirsLabel, mineLabel] =
    conflict.theirs === undefined
      ? [`Phần bạn đang sửa, ${excerpt(conflict.mine)}, vừa bị xóa ở một thẻ khác${of}.`, 'Để xóa như thẻ kia', 'Tạo lại với nội dung của tôi']
      : conflict.mine === undefined
        ? [`Phần bạn vừa xóa, ${excerpt(conflict.theirs)}, vừa được sửa ở một thẻ khác${of}.`, 'Giữ bản đã sửa ở thẻ kia', 'Vẫn xóa']
        : [
            `Một thẻ khác vừa sửa đúng chỗ bạn đang sửa${of}. Bản ở thẻ kia: ${excerpt(conflict.theirs)}. Bản của bạn: ${excerpt(conflict.mine)}.`,
            'Dùng bản của thẻ kia',
            'Giữ bản của tôi',
          ];
  return (
    <>
      <p role="alert">
        <strong>{text}</strong> Bản ở thẻ kia đang được lưu cho đến khi bạn chọn.
      </p>
      <div class="button-group">
        <button type="button" class="button" onClick={question.useTheirs}>
          {theirsLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={question.keepMine}>
          {mineLabel}
        </button>
      </div>
    </>
  );
}

function Deleted({ notice }: { notice: DeletedNotice }) {
  return (
    <>
      <p role="alert">
        <strong>Bản nháp đã bị xóa ở một thẻ khác lúc {formatDateTime(notice.at)}.</strong> Trang này cũng đã bỏ nội dung đó khỏi màn
        hình.
      </p>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={notice.dismiss}>
          Đồng ý
        </button>
        <button type="button" class="button button--secondary" onClick={notice.recreate}>
          Tạo lại bản nháp của trang này (ghi lại nội dung vừa bị xóa)
        </button>
      </div>
    </>
  );
}

/** A bar fixed at the bottom of the screen; the page keeps room for it, so that it hides no focused field. */
function Bar({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--attention-bar', `${ref.current?.offsetHeight ?? 0}px`);
    return () => root.removeProperty('--attention-bar');
  });
  // the field being typed in stays above the bar
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (focused && focused !== document.body) focused.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div class="attention-bar" ref={ref}>
      {children}
    </div>
  );
}

export default function SaveProblems({ save }: { save: SaveState }) {
  const [later, setLater] = useState(false);
  const [, setLoaded] = useState(false);
  /** the state in which the notice could not be fetched: fetched again on the next one */
  const [unloaded, setUnloaded] = useState<SaveState | null>(null);
  const { question, rescue } = save;
  if (rescue && !OldDrafts && unloaded !== save) {
    import('./OldDrafts').then(
      (module) => {
        OldDrafts = module.OldDrafts;
        setLoaded(true);
      },
      () => setUnloaded(save),
    );
  }
  const blocked = rescue && !rescue.kept;
  let bar = null;
  if (rescue && OldDrafts && (blocked || (!question && !later))) {
    const discard = () => {
      dropCopy(rescue.raw);
      rescue.release();
    };
    bar = <OldDrafts rescue={rescue} onDownloaded={rescue.release} onDiscard={discard} onLater={() => setLater(true)} />;
  } else if (rescue && !OldDrafts && unloaded) {
    bar = (
      <p role="alert">
        <strong>Bản nháp lưu trên máy này không đọc được trọn vẹn, nhưng trang chưa tải được phần hiển thị thông báo về bản nháp đó</strong>{' '}
        (có thể do mất mạng hoặc trang vừa được cập nhật). Bản nháp cũ vẫn còn nguyên trên máy; hãy tải lại trang.
      </p>
    );
  } else if (question?.kind === 'conflict') bar = <Conflict question={question} />;
  else if (question) bar = <Deleted notice={question} />;
  return (
    <>
      {save.state === 'failed' && (
        <>
          <p class="save-status save-status--failed" role="alert">
            Không lưu được.{' '}
            {save.reason === 'unloaded'
              ? `${UNLOADED} Nội dung trên màn hình vẫn còn. ${UNLOADED_NEXT}`
              : `${STORAGE_PROBLEMS[save.reason]} Nội dung trên màn hình vẫn còn; hãy tải bản nháp về máy thành tệp JSON để không mất.`}
          </p>
          <DownloadDraftsButton save={save} />
        </>
      )}
      {bar && <Bar>{bar}</Bar>}
    </>
  );
}
