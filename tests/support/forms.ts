// Loads content/forms in Node exactly as the build does (same zod schema, same assembly), for
// the document tests.
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { assembleForms, formText, type DocumentForms, type FormText } from '../../src/schemas/form';
import { assembleReviewForms, type ReviewForms } from '../../src/schemas/reviewForm';
import { readProjectFile } from './rules';

/** Every form file of content/forms, validated; throws naming the file and the field. */
function formRecords(): FormText[] {
  const dir = new URL('../../content/forms/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  return files.map((name) => {
      const path = `content/forms/${name}`;
      const result = formText.safeParse(parse(readProjectFile(path)));
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        throw new Error(`${path}: ${issues.join('; ')}`);
      }
      return result.data;
    });
}

/** The wording of the units' dossier documents. */
export const loadForms = (): DocumentForms => assembleForms(formRecords());

/** The wording of Sở Nội vụ's review and of its documents. */
export const loadReviewForms = (): ReviewForms => assembleReviewForms(formRecords());
