// Astro integration: after `astro build`, index dist/ with Pagefind's Node API so that
// search ships with every build (no separate command to forget).
import { fileURLToPath } from 'node:url';

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
        const { page_count, errors: addErrors } = await index.addDirectory({ path: outDir });
        if (addErrors.length) throw new Error(`Pagefind: ${addErrors.join('; ')}`);
        const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (writeErrors.length) throw new Error(`Pagefind: ${writeErrors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind indexed ${page_count} pages.`);
      },
    },
  };
}
