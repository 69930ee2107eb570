// Loads content/rules in Node exactly as the build does (same parser, same zod schemas),
// for unit tests of the domain modules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { parseRulesYaml } from '../../src/content/parseRulesYaml';
import { inPlanOrder, type Rules } from '../../src/domain/rules';
import { award } from '../../src/schemas/award';
import { criterion } from '../../src/schemas/criterion';
import { keyDate } from '../../src/schemas/keyDate';
import { legalReference } from '../../src/schemas/legalReference';
import { nomineeKind } from '../../src/schemas/nomineeKind';
import { planDocument } from '../../src/schemas/planDocument';
import { principle } from '../../src/schemas/principle';
import { quotaCategory } from '../../src/schemas/quota';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const readProjectFile = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Reads one rules file and validates every record with `schema`. */
export function loadRulesFile<S extends z.ZodType>(name: string, schema: S): z.output<S>[] {
  const path = `content/rules/${name}.yaml`;
  return parseRulesYaml(readProjectFile(path), path).map((record) => schema.parse(record));
}

/** The rules, validated and in the plan's order, as loadRules() of src/content/rules.ts gives them to the pages. */
export function loadRules(): Rules {
  return inPlanOrder({
    planDocument: loadRulesFile('plan-document', planDocument)[0]!,
    awards: loadRulesFile('awards', award),
    nomineeKinds: loadRulesFile('nominee-kinds', nomineeKind),
    criteria: loadRulesFile('criteria', criterion),
    principles: loadRulesFile('principles', principle),
    quotas: loadRulesFile('quotas', quotaCategory),
    keyDates: loadRulesFile('key-dates', keyDate),
    legalReferences: loadRulesFile('legal-references', legalReference),
  });
}
