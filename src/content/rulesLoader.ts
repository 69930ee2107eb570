import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseRulesYaml } from './parseRulesYaml';

/**
 * Loads a YAML list of records, each with an `id`. Unlike Astro's `file()` loader, which logs and
 * skips a file it cannot parse, this one fails the build, naming the file and the record.
 */
export function rulesFile(path: string): Loader {
  return {
    name: 'rules-file',
    load: async ({ store, parseData, config, watcher, logger }) => {
      // a file system path (URL.pathname would keep "%20" for a space in the project's path)
      const file = fileURLToPath(new URL(path, config.root));
      const sync = async () => {
        const records = parseRulesYaml(await readFile(file, 'utf8'), path);
        store.clear();
        for (const record of records) {
          const data = await parseData({ id: record.id, data: record, filePath: path });
          store.set({ id: record.id, data, filePath: path });
        }
      };
      await sync();
      watcher?.add(file);
      watcher?.on('change', (changed) => {
        // in dev, a broken edit is logged rather than left as an unhandled rejection
        if (changed === file) sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
