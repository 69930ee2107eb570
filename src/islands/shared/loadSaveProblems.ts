// SaveStatus fetches SaveProblems (and SaveFallback) through this module, which imports nothing:
// the list of files they need (written next to each dynamic import by the bundler) then stays out
// of the first load of every tool page and is read only when they are fetched.
export const loadSaveProblems = () => import('./SaveProblems');
export const loadSaveFallback = () => import('./SaveFallback');
