import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parseRulesYaml } from './parseRulesYaml';

/**
 * Loads a YAML list of records, each with an `id`. Unlike Astro's `file()` loader, which logs and
 * skips a file it cannot parse, this one fails the build, naming the file and the record.
 */
export function rulesFile(path: string): Loader {
  return {
    name: 'rules-file',
    load: async ({ store, parseData, config, watcher }) => {
      const url = new URL(path, config.root);
      const sync = async () => {
        const records = parseRulesYaml(await readFile(url, 'utf8'), path);
        store.clear();
        for (const record of records) {
          const data = await parseData({ id: record.id, data: record, filePath: path });
          store.set({ id: record.id, data, filePath: path });
        }
      };
      await sync();
      watcher?.add(url.pathname);
      watcher?.on('change', (changed) => {
        if (changed === url.pathname) void sync();
      });
    },
  };
}
