// Guards of a page that holds files the user chose: a file dropped beside the drop zone must not
// replace the page (the browser would open it and every file chosen would be lost), and leaving
// the page while files are held asks first.
import { useEffect } from 'preact/hooks';

/** Stops the browser from opening a file dropped anywhere on the page. */
export function useNoDropNavigation(): void {
  useEffect(() => {
    const stop = (event: DragEvent) => event.preventDefault();
    addEventListener('dragover', stop);
    addEventListener('drop', stop);
    return () => {
      removeEventListener('dragover', stop);
      removeEventListener('drop', stop);
    };
  }, []);
}

/** Asks before the page is left while `holding` (the browser's own question). */
export function useLeaveWarning(holding: boolean): void {
  useEffect(() => {
    if (!holding) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [holding]);
}
