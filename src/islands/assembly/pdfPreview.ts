// Previews of a PDF's first page, drawn by pdf.js. This module and pdf.js are fetched only when
// the first PDF is added; pdf.js runs its parser in its own worker, bundled by Vite as a file of
// this site (CSP worker-src 'self'), and fetches its image decoders (WebAssembly, for JPEG 2000
// and JBIG2 scans) from this site too. One preview at a time, so that adding many files stays smooth.
import * as pdfjs from 'pdfjs-dist';
import PdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import jbig2Wasm from 'pdfjs-dist/wasm/jbig2.wasm?url';
import openjpegWasm from 'pdfjs-dist/wasm/openjpeg.wasm?url';

/** The WebAssembly decoders pdf.js may ask for, served from this site. */
const WASM_FILES: Record<string, string> = { 'jbig2.wasm': jbig2Wasm, 'openjpeg.wasm': openjpegWasm };

/** pdf.js's binary data loader, restricted to the files above (no CMaps or standard fonts: a thumbnail does without). */
class SiteBinaryData {
  constructor(_options: unknown) {}
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'wasmUrl' ? WASM_FILES[filename] : undefined;
    if (!url) throw new Error(`${kind} ${filename} is not served`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

let started = false;
function start() {
  if (started) return;
  pdfjs.GlobalWorkerOptions.workerPort = new PdfjsWorker();
  started = true;
}

let queue: Promise<unknown> = Promise.resolve();

/** A JPEG of the first page, `width` pixels wide (at the screen's pixel density); rejects when pdf.js cannot draw it. */
export function firstPagePreview(file: Blob, width: number): Promise<Blob> {
  const task = queue.then(async () => {
    start();
    const loading = pdfjs.getDocument({
      data: new Uint8Array(await file.arrayBuffer()),
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      BinaryDataFactory: SiteBinaryData,
      useWorkerFetch: false,
      disableWorkerRendering: true,
      enableXfa: false,
    });
    try {
      const document = await loading.promise;
      const page = await document.getPage(1);
      const scale = (width * (globalThis.devicePixelRatio || 1)) / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale });
      const canvas = globalThis.document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/jpeg', 0.75));
    } finally {
      await loading.destroy();
    }
  });
  queue = task.catch(() => undefined);
  return task;
}
