// The task list of /ho-so/: each part of the dossier with what is left in it, a link to it, the
// generation one click away, and the last step (the one-PDF dossier). It stays in view beside the
// form on a wide screen; on a phone it opens the page, and every part ends with a link back to it.
import type { DossierIssue } from '../../dossier/check';
import { SECTIONS, sectionOf, type SectionId } from './sections';

export const PROGRESS_ID = 'hs-tien-do';

/** The next step, after the signed papers are scanned: the one-PDF dossier. */
export const ASSEMBLY_HREF = '/ho-so/nop-ban-pdf/';

interface Props {
  /** the dossier's check, as last run (undefined until the checks are loaded) */
  issues: readonly DossierIssue[] | undefined;
}

function statusOf(issues: readonly DossierIssue[], id: SectionId): [text: string, tone: string] {
  const own = id === 'hs-phan-tao' ? issues : issues.filter((found) => sectionOf(found.target) === id);
  const blocking = own.filter((found) => found.severity !== 'warning').length;
  const warnings = own.length - blocking;
  if (id === 'hs-phan-tao') return blocking > 0 ? [`Chưa tạo được: còn ${blocking} lỗi cần sửa`, 'unanswered'] : ['Sẵn sàng', 'met'];
  if (blocking > 0) return [`Còn ${blocking} mục cần điền hoặc sửa`, 'unanswered'];
  if (warnings > 0) return [`Đã đủ, có ${warnings} lưu ý`, 'unanswered'];
  return ['Đã đủ', 'met'];
}

export function Progress({ issues }: Props) {
  return (
    <nav class="dossier-progress" id={PROGRESS_ID} aria-labelledby={`${PROGRESS_ID}-tieu-de`} tabIndex={-1}>
      <h3 id={`${PROGRESS_ID}-tieu-de`}>Các phần của hồ sơ</h3>
      {/* the parts' headings carry their numbers: a list without its own */}
      <ul>
        {SECTIONS.map(({ id, heading }) => {
          const [text, tone] = issues ? statusOf(issues, id) : ['', ''];
          return (
            <li key={id}>
              <a href={`#${id}`}>{heading}</a>
              {text && <span class={`dossier-progress__status status--${tone}`}> {text}</span>}
            </li>
          );
        })}
        <li>
          <a href={ASSEMBLY_HREF}>6. Ghép các văn bản đã ký thành một tệp PDF</a>
          <span class="dossier-progress__status"> (trang tiếp theo)</span>
        </li>
      </ul>
    </nav>
  );
}

/**
 * On a phone, where the task list is at the top of a long form, a link back to it that stays at
 * the bottom of the screen while the form is in view (a plain link: it works as any anchor).
 */
export function ProgressJump() {
  return (
    <p class="dossier-jump">
      <a href={`#${PROGRESS_ID}`}>Các phần của hồ sơ</a>
    </p>
  );
}

/** The end of a part: the next part, and back to the task list. */
export function SectionEnd({ after }: { after: SectionId }) {
  const index = SECTIONS.findIndex((section) => section.id === after);
  const next = SECTIONS[index + 1];
  return (
    <p class="dossier-section-end">
      {next && (
        <>
          <a href={`#${next.id}`}>Tiếp theo: {next.heading}</a>
          {' · '}
        </>
      )}
      <a href={`#${PROGRESS_ID}`}>Về danh sách các phần</a>
    </p>
  );
}
