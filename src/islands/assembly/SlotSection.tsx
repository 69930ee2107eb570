// One document of the dossier: its heading, what to put in it, the files it holds and where to
// add more (a file picker, and dropping files onto the slot).
import { useState } from 'preact/hooks';
import { SLOT_HINTS, type SlotSpec } from '../../pdf/slots';
import { FileItem } from './FileItem';
import type { HeldFile } from './state';

/** Ids of a slot's heading and file picker (by position: slot keys carry ids from the drafts). */
export const slotIds = (position: number) => ({ heading: `pdf-muc-${position}`, input: `pdf-muc-${position}-chon` });

export const ACCEPTED = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

interface Props {
  spec: SlotSpec;
  /** 1-based position in the dossier */
  position: number;
  files: readonly HeldFile[];
  /** the slot's own message (an empty required slot), shown once the unit has tried to merge */
  error?: string;
  busy: boolean;
  onAdd: (files: File[]) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onReplace: (index: number, file: File) => void;
  onRemove: (index: number) => void;
  /** a report added by hand can be taken away again */
  onRemoveSlot?: () => void;
}

export function SlotSection({ spec, position, files, error, busy, onAdd, onMove, onReplace, onRemove, onRemoveSlot }: Props) {
  const ids = slotIds(position);
  const [dragging, setDragging] = useState(false);
  const hintId = `${ids.input}-goi-y`;
  const errorId = `${ids.input}-loi`;
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (dropped.length > 0) onAdd(dropped);
  };
  return (
    <li
      class={`assembly-slot${dragging ? ' assembly-slot--drop' : ''}${error ? ' assembly-slot--error' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        if (!busy) setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}
    >
      <h3 id={ids.heading} tabIndex={-1}>
        {position}. {spec.title} <span class="muted">{spec.required ? '(bắt buộc)' : '(nếu có)'}</span>
      </h3>
      <p class="hint" id={hintId}>
        {SLOT_HINTS[spec.kind]} Mỗi mục nhận một hoặc nhiều tệp PDF, JPEG, PNG, ghép theo thứ tự dưới đây.
      </p>
      {error && (
        <p class="error-message" id={errorId}>
          <span class="visually-hidden">Lỗi: </span>
          {error}
        </p>
      )}
      {files.length > 0 && (
        <ol class="assembly-files" aria-label={`Các tệp của mục ${position}`}>
          {files.map((file, index) => (
            <FileItem
              key={file.key}
              file={file}
              index={index}
              count={files.length}
              busy={busy}
              onMove={(delta) => onMove(index, delta)}
              onReplace={(replacement) => onReplace(index, replacement)}
              onRemove={() => onRemove(index)}
            />
          ))}
        </ol>
      )}
      <div class="field assembly-pick">
        <label for={ids.input}>
          {files.length > 0 ? 'Thêm tệp' : 'Chọn tệp'}
          <span class="visually-hidden"> cho mục {position}: {spec.title}</span>
        </label>
        <input
          id={ids.input}
          type="file"
          multiple
          accept={ACCEPTED}
          disabled={busy}
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const chosen = [...(input.files ?? [])];
            input.value = '';
            if (chosen.length > 0) onAdd(chosen);
          }}
        />
        <span class="assembly-pick__drop" aria-hidden="true">
          hoặc kéo thả tệp vào khung này
        </span>
      </div>
      {onRemoveSlot && (
        <p>
          <button type="button" class="button button--secondary" disabled={busy || files.length > 0} onClick={onRemoveSlot}>
            Bỏ mục này<span class="visually-hidden">: {spec.title}</span>
          </button>
          {files.length > 0 && <span class="hint"> Bỏ hết tệp trong mục trước khi bỏ mục.</span>}
        </p>
      )}
    </li>
  );
}
