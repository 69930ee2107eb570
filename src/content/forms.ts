import { getCollection } from 'astro:content';
import { assembleForms, type DocumentForms } from '../schemas/form';
import { assembleReviewForms, type ReviewForms } from '../schemas/reviewForm';

/**
 * The wording of every dossier document (content/forms, validated at build time), as plain data
 * that an Astro page passes to the dossier island as a prop: no zod reaches the browser.
 */
export async function loadForms(): Promise<DocumentForms> {
  return assembleForms((await getCollection('forms')).map((entry) => entry.data));
}

/** The wording of Sở Nội vụ's review and of its documents (content/forms, the review's records). */
export async function loadReviewForms(): Promise<ReviewForms> {
  return assembleReviewForms((await getCollection('forms')).map((entry) => entry.data));
}
