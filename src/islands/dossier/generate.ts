// The dossier's rules in the browser, loaded by dynamic import: the consistency checks, the
// assembly and the profile's defaults when the page is idle, the document builders (with docx) on
// the first click only.
export type DossierDomain = typeof import('../../dossier/check') & typeof import('../../dossier/assemble') & typeof import('../../dossier/profile');
export type Documents = typeof import('../../documents');

/** Memoises a dynamic import; a failed load is forgotten so that a later click tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** The consistency checks, the assembly and the profile's defaults (small; fetched when the page is idle). */
export const loadDossierDomain = once(async (): Promise<DossierDomain> => {
  const [check, assemble, profile] = await Promise.all([import('../../dossier/check'), import('../../dossier/assemble'), import('../../dossier/profile')]);
  return { ...check, ...assemble, ...profile };
});

/** The document builders and docx, fetched when the first document is generated. */
export const loadDocuments = once(() => import('../../documents'));
