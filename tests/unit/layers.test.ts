// The architecture in one page (../shared/DESIGN.md): which folder of src/ may import which, and
// which packages. Data flows one way: content → schemas → domain → dossier → islands, with the
// document builders and the drafts' storage beside the domain, and the pure layers free of the
// DOM, Preact and Astro. A test reads every import under src/ and names the file, the import and
// the rule it breaks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/rules';

interface Layer {
  /** what the layer is, for the message */
  is: string;
  /** the other layers (folders of src/) it may import; `*` for any */
  layers: readonly string[] | '*';
  /** the packages it may import (a prefix matches its subpaths: `preact` allows `preact/hooks`); `*` for any */
  packages: readonly string[] | '*';
  /** layers it may reach only with `import type` or a dynamic `import()`: heavy at run time */
  lazily?: readonly string[];
}

/** The rules. A folder of src/ that is not listed here is refused: add it with its rule. */
export const LAYERS: Record<string, Layer> = {
  text: { is: 'the Vietnamese text module', layers: [], packages: [] },
  schemas: { is: 'the zod schemas', layers: ['text'], packages: ['astro/zod', 'zod/mini'] },
  domain: { is: 'the pure rules (eligibility, turnout, quotas)', layers: ['schemas', 'text'], packages: [] },
  documents: { is: 'the pure DOCX builders', layers: ['schemas', 'text'], packages: ['docx', 'fflate'] },
  storage: { is: 'the local drafts', layers: ['schemas', 'text'], packages: ['zod/mini'] },
  // the one-PDF dossier: checks, image layout, merge; it reuses the documents' text conventions
  pdf: { is: 'the pure PDF assembly', layers: ['schemas', 'text', 'documents'], packages: ['@cantoo/pdf-lib', 'zod/mini'] },
  dossier: { is: 'the dossier layer (drafts → documents, consistency)', layers: ['domain', 'documents', 'pdf', 'storage', 'schemas', 'text'], packages: [] },
  islands: {
    is: 'the Preact islands',
    layers: ['dossier', 'domain', 'documents', 'pdf', 'storage', 'schemas', 'text', 'styles'],
    packages: ['preact', 'pdfjs-dist'],
    lazily: ['documents'],
  },
  content: { is: 'the content loaders', layers: ['schemas', 'domain'], packages: ['astro:content', 'astro/loaders', 'yaml', 'node:'] },
  'content.config.ts': { is: 'the content collections', layers: ['content', 'schemas'], packages: ['astro:content', 'astro/loaders'] },
  // components get the rules from their page (or layout) as props: they never load content themselves;
  // they may read the plan's published text (content/source) as it is
  components: { is: 'the Astro components', layers: ['schemas', 'domain', 'text', 'islands', 'components', '../content'], packages: ['astro', 'astro:'] },
  // the page shell of every page, which loads the plan's data for the header and the footer
  layouts: { is: 'the Astro layouts', layers: ['components', 'styles', 'content', 'domain'], packages: ['astro', 'astro:'] },
  pages: { is: 'the pages', layers: '*', packages: ['astro', 'astro:'] },
  styles: { is: 'the stylesheets', layers: [], packages: [] },
  tooling: { is: 'the build and test tooling (Node scripts)', layers: '*', packages: '*' },
};

export interface SourceFile {
  /** path relative to src/, with "/" */
  path: string;
  code: string;
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

interface Import {
  specifier: string;
  /** `import type`, or `import()`: nothing of it runs before it is asked for */
  lazy: boolean;
}

/** The imports of a module (or of an .astro file's frontmatter and scripts). */
export function importsOf(code: string): Import[] {
  const found: Import[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: match[3]!, lazy: !!match[2] });
  }
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: match[1]!, lazy: true });
  return found;
}

/** The layer of a path relative to src/: its first folder, or the file itself at the top; outside src/, `../<folder>`. */
const layerOf = (path: string) => {
  const parts = path.split('/');
  return parts[0] === '..' ? `../${parts[1]}` : parts[0]!;
};

/** A layer as the messages name it: `src/domain`, or `content/` outside src/. */
const folder = (layer: string) => (layer.startsWith('../') ? `${layer.slice(3)}/` : `src/${layer}`);

const allowedPackage = (specifier: string, packages: Layer['packages']) =>
  packages === '*' || packages.some((name) => specifier === name || specifier.startsWith(name.endsWith(':') ? name : `${name}/`));

/** Every import of `files` that breaks a rule of LAYERS. */
export function layerViolations(files: readonly SourceFile[], layers: Record<string, Layer> = LAYERS): Violation[] {
  const violations: Violation[] = [];
  for (const { path, code } of files) {
    const own = layerOf(path);
    const layer = layers[own];
    if (!layer) {
      violations.push({ file: path, specifier: '', rule: `src/${own} has no rule in LAYERS (tests/unit/layers.test.ts): add it with what it may import` });
      continue;
    }
    for (const { specifier, lazy } of importsOf(code)) {
      if (!specifier.startsWith('.')) {
        if (!allowedPackage(specifier, layer.packages)) {
          const packages = layer.packages as readonly string[];
          violations.push({ file: path, specifier, rule: `${layer.is} (src/${own}) may import ${packages.length ? `only the packages ${packages.join(', ')}` : 'no package'}` });
        }
        continue;
      }
      const target = posix.join(posix.dirname(path), specifier);
      const other = layerOf(target);
      if (other === own) continue;
      if (layer.layers !== '*' && !layer.layers.includes(other)) {
        violations.push({ file: path, specifier, rule: `${layer.is} (src/${own}) may import only ${layer.layers.length ? layer.layers.map(folder).join(', ') : 'its own files'}` });
      } else if (layer.lazily?.includes(other) && !lazy) {
        violations.push({ file: path, specifier, rule: `${layer.is} (src/${own}) may import src/${other} only with \`import type\` or a dynamic import(): it is loaded when its output is asked for` });
      }
    }
  }
  return violations;
}

const src = join(projectRoot, 'src');
const sourceFiles = (dir: string): SourceFile[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    if (!/\.(ts|tsx|astro|mjs)$/.test(name) || /\.d\.ts$/.test(name)) return [];
    return [{ path: relative(src, path).replace(/\\/g, '/'), code: readFileSync(path, 'utf8') }];
  });

const describeViolation = ({ file, specifier, rule }: Violation) => `src/${file}: import '${specifier}': ${rule}`;

describe('layers of src/', () => {
  it('every import follows the rules of LAYERS', () => {
    expect(layerViolations(sourceFiles(src)).map(describeViolation)).toEqual([]);
  });

  it('names the file, the import and the rule when one is broken', () => {
    const broken: SourceFile[] = [
      { path: 'domain/quotas.ts', code: "import { loadDrafts } from '../storage/store';\nimport { h } from 'preact';\n" },
      { path: 'documents/text.ts', code: "import type { Rules } from '../domain/rules';\n" },
      { path: 'storage/store.ts', code: "import { evaluateQuota } from '../domain/quotas';\n" },
      { path: 'islands/Dossier.tsx', code: "import { renderDossierZip } from '../documents';\nconst later = () => import('../documents');\n" },
      { path: 'components/Guide.astro', code: "---\nimport { loadRules } from '../content/rules';\n---\n" },
      { path: 'newfolder/x.ts', code: '' },
    ];
    expect(layerViolations(broken).map(describeViolation)).toEqual([
      "src/domain/quotas.ts: import '../storage/store': the pure rules (eligibility, turnout, quotas) (src/domain) may import only src/schemas, src/text",
      "src/domain/quotas.ts: import 'preact': the pure rules (eligibility, turnout, quotas) (src/domain) may import no package",
      "src/documents/text.ts: import '../domain/rules': the pure DOCX builders (src/documents) may import only src/schemas, src/text",
      "src/storage/store.ts: import '../domain/quotas': the local drafts (src/storage) may import only src/schemas, src/text",
      "src/islands/Dossier.tsx: import '../documents': the Preact islands (src/islands) may import src/documents only with `import type` or a dynamic import(): it is loaded when its output is asked for",
      "src/components/Guide.astro: import '../content/rules': the Astro components (src/components) may import only src/schemas, src/domain, src/text, src/islands, src/components, content/",
      'src/newfolder/x.ts: import \'\': src/newfolder has no rule in LAYERS (tests/unit/layers.test.ts): add it with what it may import',
    ]);
  });
});
