// Astro integration: after `astro build`, index dist/ with Pagefind's Node API so that
// search ships with every build (no separate command to forget).
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spaceBlocksForIndex } from './index-text.mjs';
import { htmlFiles } from './site-weight.mjs';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Each page is read and given with its blocks spaced (see index-text.mjs), so that no
        // two words of neighbouring blocks are glued in the index or its snippets.
        const files = htmlFiles(outDir);
        for (const file of files) {
          const content = spaceBlocksForIndex(await readFile(file, 'utf8'));
          const sourcePath = relative(outDir, file).split(sep).join('/');
          const { errors: addErrors } = await index.addHTMLFile({ sourcePath, content });
          if (addErrors.length) throw new Error(`Pagefind (${sourcePath}): ${addErrors.join('; ')}`);
        }
        const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (writeErrors.length) throw new Error(`Pagefind: ${writeErrors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind read ${files.length} pages.`);
      },
    },
  };
}
