/**
 * Moves focus once the change just made is rendered (Preact renders before the next frame): to
 * the element with this id, or to the one `target` returns. For controls that appear, disappear
 * or move when clicked.
 */
export const focusSoon = (target: string | (() => HTMLElement | null | undefined)) =>
  requestAnimationFrame(() => (typeof target === 'string' ? document.getElementById(target) : target())?.focus());
