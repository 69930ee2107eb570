// A button that makes something (a file): while the work runs it is marked disabled for assistive
// technology and ignores clicks, yet keeps keyboard focus (a disabled button would drop focus to
// the page, and the user would have to find their place again).
import type { ComponentChildren } from 'preact';

interface Props {
  busy: boolean;
  onClick: () => void;
  secondary?: boolean;
  children: ComponentChildren;
}

export function ActionButton({ busy, onClick, secondary = false, children }: Props) {
  return (
    <button type="button" class={secondary ? 'button button--secondary' : 'button'} aria-disabled={busy ? 'true' : undefined} onClick={busy ? undefined : onClick}>
      {children}
    </button>
  );
}
