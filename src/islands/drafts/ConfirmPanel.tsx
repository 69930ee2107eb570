import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  /** red button: the action cannot be undone */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline confirmation step (instead of window.confirm): takes focus when shown, is named by
 * its heading, and Escape cancels. The caller puts focus back where it belongs afterwards.
 */
export function ConfirmPanel({ id, title, children, confirmLabel, destructive, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      class="note note--warning confirm-panel"
      id={id}
      ref={ref}
      role="group"
      aria-labelledby={`${id}-tieu-de`}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={`${id}-tieu-de`}>{title}</h3>
      {children}
      <div class="button-group">
        <button type="button" class={`button${destructive ? ' button--warning' : ''}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </div>
  );
}
