// Figures for the report (not a timed test: it runs only with DOCUMENT_FIGURES=1 and asserts
// nothing about time). Prints the gzip size of the generator chunk as a browser bundle, and the
// median time to build one report and a 50-nominee ZIP in Node.
//   DOCUMENT_FIGURES=1 node src/tooling/with-node22.mjs npx vitest run --config tests/vitest.config.ts tests/documents/figures.test.ts
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { renderAchievementReport, renderDossierZip } from '../../src/documents';
import { forms, individual, largeDossier, report } from '../fixtures/dossier';
import { projectRoot } from '../support/rules';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return Math.round(median(times));
}

describe.runIf(process.env.DOCUMENT_FIGURES === '1')('document generator figures', () => {
  it('measures the chunk and the generation times', async () => {
    const bundle = await build({
      entryPoints: [`${projectRoot}src/documents/index.ts`],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
    });
    const code = bundle.outputFiles[0]!.contents;
    const inputs = Object.entries(bundle.metafile.outputs[Object.keys(bundle.metafile.outputs)[0]!]!.inputs);
    const byPackage = new Map<string, number>();
    for (const [path, { bytesInOutput }] of inputs) {
      const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'src/documents (builders)';
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
    const dossier50 = largeDossier(50);
    await renderDossierZip(dossier50, forms); // warm-up
    const figures = {
      chunkMinifiedBytes: code.length,
      chunkGzipBytes: gzipSync(code, { level: 9 }).length,
      minifiedBytesByPackage: Object.fromEntries(byPackage),
      oneReportMs: await timed(15, () => renderAchievementReport(report(individual), forms)),
      zip50NomineesMs: await timed(5, () => renderDossierZip(dossier50, forms)),
      zip50Bytes: (await renderDossierZip(dossier50, forms)).bytes.length,
    };
    console.log(JSON.stringify(figures, null, 2));
    expect(figures.chunkGzipBytes).toBeGreaterThan(0);
  }, 120_000);
});
