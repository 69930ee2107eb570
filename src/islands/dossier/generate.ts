// Generation in the browser: the consistency rules and the document builders (with docx) are
// loaded by dynamic import on the first click only.
export type DossierDomain = typeof import('../../dossier/check') & typeof import('../../dossier/assemble');
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

/** The consistency checks and the assembly of the dossier (small; fetched on the first click). */
export const loadDossierDomain = once(async (): Promise<DossierDomain> => {
  const [check, assemble] = await Promise.all([import('../../dossier/check'), import('../../dossier/assemble')]);
  return { ...check, ...assemble };
});

/** The document builders and docx, fetched when the first document is generated. */
export const loadDocuments = once(() => import('../../documents'));
