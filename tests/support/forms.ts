// Loads content/forms in Node exactly as the build does (same zod schema, same assembly), for
// the document tests.
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { assembleForms, formText, type DocumentForms } from '../../src/schemas/form';
import { readProjectFile } from './rules';

/** Every form file of content/forms, validated; throws naming the file and the field. */
export function loadForms(): DocumentForms {
  const dir = new URL('../../content/forms/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  return assembleForms(
    files.map((name) => {
      const path = `content/forms/${name}`;
      const result = formText.safeParse(parse(readProjectFile(path)));
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        throw new Error(`${path}: ${issues.join('; ')}`);
      }
      return result.data;
    }),
  );
}
