import { useCallback, useEffect, useState } from 'preact/hooks';

const currentHash = () => decodeURIComponent(location.hash.slice(1));

/**
 * The URL hash as state. `go(id)` adds a history entry (so the browser's Back returns to the
 * previous step); `go(id, true)` replaces the current one (for redirects).
 */
export function useHash(): [string, (id: string, replace?: boolean) => void] {
  const [hash, setHash] = useState(currentHash);
  useEffect(() => {
    const sync = () => setHash(currentHash());
    addEventListener('hashchange', sync);
    addEventListener('popstate', sync);
    return () => {
      removeEventListener('hashchange', sync);
      removeEventListener('popstate', sync);
    };
  }, []);
  const go = useCallback((id: string, replace = false) => {
    if (replace) history.replaceState(history.state, '', `#${id}`);
    else if (currentHash() !== id) location.hash = id;
    setHash(id);
  }, []);
  return [hash, go];
}
