// One file of a slot: its first page, name, pages and size, what is wrong with it, and the
// buttons to move, replace or remove it. The name is shown as text, never as markup.
import { formatBytes } from '../../pdf/slots';
import type { HeldFile } from './state';

const TYPE_NAMES: Record<string, string> = { pdf: 'PDF', jpeg: 'Ảnh JPEG', png: 'Ảnh PNG' };

/** "PDF, 3 trang, 1,2 MB" / "Ảnh JPEG, 1 trang A4, đã xoay đúng chiều, thu về khoảng 200 dpi (4,1 MB → 470 KB)". */
function facts(file: HeldFile): string {
  if (file.status === 'checking') return 'Đang đọc tệp…';
  const type = TYPE_NAMES[file.inspection?.type ?? ''] ?? 'Tệp';
  if (file.status === 'refused') return `${type}, ${formatBytes(file.size)}: không ghép được`;
  const image = file.inspection?.image;
  if (image) {
    if (image.original) return `${type}, 1 trang A4, giữ nguyên ảnh (${formatBytes(image.blob.size)})`;
    const done = [image.turned && 'đã xoay đúng chiều', image.downscaled && 'thu về khoảng 200 dpi'].filter(Boolean).join(', ');
    return `${type}, 1 trang A4${done ? `, ${done}` : ''} (${formatBytes(file.size)} → ${formatBytes(image.blob.size)})`;
  }
  return `${type}, ${file.pageCount} trang, ${formatBytes(file.size)}`;
}

/** Ids of a file's element and buttons, for focus and the error summary. */
export const fileIds = (key: string) => ({ item: `pdf-${key}`, up: `pdf-${key}-len`, down: `pdf-${key}-xuong`, replace: `pdf-${key}-thay`, remove: `pdf-${key}-bo` });

interface Props {
  file: HeldFile;
  index: number;
  count: number;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onReplace: (file: File) => void;
  onRemove: () => void;
}

export function FileItem({ file, index, count, busy, onMove, onReplace, onRemove }: Props) {
  const ids = fileIds(file.key);
  const named = <span class="visually-hidden"> tệp “{file.name}”</span>;
  const pickReplacement = () => (document.getElementById(`${ids.replace}-chon`) as HTMLInputElement | null)?.click();
  return (
    <li class={`assembly-file${file.status === 'refused' ? ' assembly-file--refused' : ''}`}>
      <div class="assembly-file__preview">
        {file.preview ? (
          <img src={file.preview} alt={`Trang đầu của tệp “${file.name}”`} width={80} />
        ) : (
          <span class="assembly-file__no-preview">
            {file.status === 'refused' || file.previewFailed ? 'Không xem trước được' : 'Đang tạo ảnh xem trước…'}
          </span>
        )}
      </div>
      <div class="assembly-file__body">
        <p class="assembly-file__name" id={ids.item} tabIndex={-1}>
          {file.name}
        </p>
        <p class="assembly-file__facts">{facts(file)}</p>
        {file.problems.map((problem) => (
          <p key={problem.code} class={problem.severity === 'blocking' ? 'error-message' : 'assembly-warning'}>
            <span class="visually-hidden">{problem.severity === 'blocking' ? 'Lỗi: ' : 'Lưu ý: '}</span>
            {problem.message}
          </p>
        ))}
        <div class="assembly-actions">
          <button type="button" id={ids.up} class="button button--secondary" disabled={busy || index === 0} onClick={() => onMove(-1)}>
            Lên{named}
          </button>
          <button type="button" id={ids.down} class="button button--secondary" disabled={busy || index === count - 1} onClick={() => onMove(1)}>
            Xuống{named}
          </button>
          <button type="button" id={ids.replace} class="button button--secondary" disabled={busy} onClick={pickReplacement}>
            Thay tệp<span class="visually-hidden"> “{file.name}” bằng tệp khác</span>
          </button>
          <input
            id={`${ids.replace}-chon`}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            hidden
            tabIndex={-1}
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const chosen = input.files?.[0];
              input.value = '';
              if (chosen) onReplace(chosen);
            }}
          />
          <button type="button" id={ids.remove} class="button button--secondary" disabled={busy} onClick={onRemove}>
            Bỏ tệp<span class="visually-hidden"> “{file.name}”</span>
          </button>
        </div>
      </div>
    </li>
  );
}
