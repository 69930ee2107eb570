// SaveStatus fetches SaveProblems through this module, which imports nothing: the list of files
// SaveProblems needs (written next to each dynamic import by the bundler) then stays out of the
// first load of every tool page and is read only when a problem is shown.
export const loadSaveProblems = () => import('./SaveProblems');
