// docx is loaded only when a document is generated: nothing but src/documents/index.ts (and the
// builders behind it) may reach it through static imports. The island imports the light helpers
// (src/documents types, fileNames, text; src/dossier nominees, starter) statically and the
// generator with import().
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/rules';

const src = join(projectRoot, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });

/** Static, value-level imports of a module (type-only imports and import() are left out). */
function staticImports(path: string): string[] {
  const code = readFileSync(path, 'utf8');
  return [...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** The external packages a module reaches through static imports, with the path that reaches them. */
function reaches(entry: string, packageName: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (path: string, trail: string[]): string[] | undefined => {
    if (seen.has(path)) return undefined;
    seen.add(path);
    for (const specifier of staticImports(path)) {
      if (specifier === packageName || specifier.startsWith(`${packageName}/`)) return [...trail, relative(projectRoot, path)];
      const local = resolveLocal(path, specifier);
      const found = local && walk(local, [...trail, relative(projectRoot, path)]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(entry, []);
}

const GENERATOR = new Set(['index.ts', 'dossierZip.ts', 'pack.ts', 'achievementReport.ts', 'submissionLetter.ts', 'meetingMinutes.ts', 'nomineeList.ts',
  // the review's documents, loaded only by its output worker (src/islands/review/output.worker.ts)
  'review.ts', 'decisionAnnex.ts', 'reviewLetter.ts', 'reviewSummary.ts']);
const isGenerator = (path: string) => {
  const inDocuments = relative(join(src, 'documents'), path);
  return !inDocuments.startsWith('..') && (inDocuments.startsWith('parts/') || GENERATOR.has(inDocuments));
};

describe('docx stays in the lazily loaded chunk', () => {
  it('is reached by no module outside the generator', () => {
    const leaks = files(src)
      .filter((path) => !isGenerator(path))
      .map((path) => reaches(path, 'docx'))
      .filter(Boolean);
    expect(leaks).toEqual([]);
  });

  it('keeps the helpers an island imports statically free of docx, fflate and zod', () => {
    for (const name of ['types.ts', 'text.ts', 'fileNames.ts', 'slots.ts', 'layout.ts']) {
      const path = join(src, 'documents', name);
      for (const heavy of ['docx', 'fflate', 'zod', 'astro']) expect(reaches(path, heavy), `${name} → ${heavy}`).toBeUndefined();
    }
    // the dossier layer reads the drafts' shapes (zod/mini, already on every tool page), never Astro's zod
    for (const name of ['nominees.ts', 'starter.ts', 'check.ts', 'assemble.ts', 'references.ts']) {
      const path = join(src, 'dossier', name);
      for (const heavy of ['docx', 'fflate', 'astro']) expect(reaches(path, heavy), `${name} → ${heavy}`).toBeUndefined();
    }
  });

  it('is what the generator does import', () => {
    expect(reaches(join(src, 'documents', 'index.ts'), 'docx')).toBeDefined();
  });
});
