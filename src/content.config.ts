import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { rulesFile } from './content/rulesLoader';
import { award } from './schemas/award';
import { correction } from './schemas/correction';
import { criterion } from './schemas/criterion';
import { formText } from './schemas/form';
import { keyDate } from './schemas/keyDate';
import { legalReference } from './schemas/legalReference';
import { nomineeKind } from './schemas/nomineeKind';
import { planDocument } from './schemas/planDocument';
import { planSection } from './schemas/planSection';
import { principle } from './schemas/principle';
import { quotaCategory } from './schemas/quota';

const rules = (name: string) => rulesFile(`./content/rules/${name}.yaml`);

export const collections = {
  /** The plan's text, one MDX file per section. */
  plan: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/plan' }), schema: planSection }),
  planDocument: defineCollection({ loader: rules('plan-document'), schema: planDocument }),
  awards: defineCollection({ loader: rules('awards'), schema: award }),
  nomineeKinds: defineCollection({ loader: rules('nominee-kinds'), schema: nomineeKind }),
  criteria: defineCollection({ loader: rules('criteria'), schema: criterion }),
  principles: defineCollection({ loader: rules('principles'), schema: principle }),
  quotas: defineCollection({ loader: rules('quotas'), schema: quotaCategory }),
  keyDates: defineCollection({ loader: rules('key-dates'), schema: keyDate }),
  legalReferences: defineCollection({ loader: rules('legal-references'), schema: legalReference }),
  /** Wording of the dossier's official forms. */
  forms: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/forms' }), schema: formText }),
  /** Typing errors in the published plan that the rendering corrects. */
  corrections: defineCollection({
    loader: rulesFile('./content/source/corrections.yaml'),
    schema: correction,
  }),
};
