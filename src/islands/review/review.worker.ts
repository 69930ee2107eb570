/// <reference lib="webworker" />
// The review's reading worker: reads each file the reviewer drops, on its own, into the unit's
// ho-so.json (attached to a merged PDF, or the JSON itself) validated by its schema, or a reason
// for refusing it; keeps the units received (until the reviewer removes one); consolidates them
// against the plan; and checks the reviewer's marks before the outputs are made, so that the page
// never freezes, whatever the number of files. Bundled by Vite as a same-origin file (CSP:
// worker-src 'self'), with pdf-lib and the rules code: the page itself carries neither.
import { readEmbeddedDossierData } from '../../pdf/embedded';
import { MAX_FILE_BYTES } from '../../pdf/problems';
import { PDF_HEADER_WINDOW, sniffType } from '../../pdf/sniff';
import { consolidate, type Consolidation } from '../../review/consolidate';
import { emptyIntake, receiveFiles, withoutUnit, type FileReading, type ReadFile } from '../../review/intake';
import { checkOutputs } from '../../review/outputChecks';
import type { ReviewRules } from '../../review/rules';
import { markKey } from '../../schemas/reviewKey';
import { readDossierData } from '../../schemas/dossierData';
import { present } from './present';
import type { ReadRequest, ReadResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: ReadResponse) => self.postMessage(message);

const refused = (kind: Extract<FileReading, { ok: false }>['kind'], message: string): FileReading => ({ ok: false, kind, message, problems: [] });

/** JSON starts with "{" or "[" after an optional BOM and white space. */
const looksLikeJson = (head: Uint8Array) => {
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') || text.startsWith('[');
};

/** One file: its data, or why it is refused (in Vietnamese). */
export async function readFile(file: Blob): Promise<FileReading> {
  if (file.size === 0) return refused('empty', 'tệp rỗng (0 byte).');
  if (file.size > MAX_FILE_BYTES) return refused('too-large', `tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB, không phải hồ sơ đọc được.`);
  const head = new Uint8Array(await file.slice(0, PDF_HEADER_WINDOW + 8).arrayBuffer());
  if (sniffType(head) === 'pdf') {
    const result = await readEmbeddedDossierData(new Uint8Array(await file.arrayBuffer()));
    return result.ok ? { ok: true, source: 'pdf', data: result.data } : { ok: false, kind: result.kind, message: result.message, problems: result.problems };
  }
  if (!looksLikeJson(head)) return refused('unknown-type', 'không phải tệp PDF hồ sơ hay tệp dữ liệu hồ sơ (JSON).');
  const result = readDossierData(new Uint8Array(await file.arrayBuffer()));
  return result.ok ? { ok: true, source: 'json', data: result.data } : { ok: false, kind: result.kind, message: result.message, problems: result.problems };
}

let intake = emptyIntake();
/** the last consolidation and the rules it was made with, for the checks of the marks */
let held: { consolidation: Consolidation; rules: ReviewRules } | null = null;

function consolidated(id: number, rules: ReviewRules) {
  const consolidation = consolidate(intake.units, rules);
  held = { consolidation, rules };
  post({ type: 'consolidated', id, intake: { refused: intake.refused, notes: intake.notes }, consolidation: present(consolidation) });
}

async function handle(request: ReadRequest) {
  if (request.type === 'check') {
    const marks = new Map(request.marks.map((mark) => [markKey(mark.unitKey, mark.nomineeId), mark]));
    post({ type: 'checked', id: request.id, check: held ? checkOutputs(held.consolidation, marks, held.rules) : { blocking: [], warnings: [] } });
    return;
  }
  if (request.type === 'remove') {
    intake = withoutUnit(intake, request.unitKey);
    consolidated(request.id, request.rules);
    return;
  }
  const read: ReadFile[] = [];
  for (const { name, file } of request.files) {
    let reading: FileReading;
    try {
      reading = await readFile(file);
    } catch {
      reading = refused('failed', 'trình duyệt không đọc được tệp: hãy chọn lại tệp.');
    }
    read.push({ name, reading });
    post({ type: 'progress', id: request.id, done: read.length, total: request.files.length });
  }
  intake = receiveFiles(intake, read);
  consolidated(request.id, request.rules);
}

// One request at a time, in order (a check sees the units of the reads before it); each file in
// turn: memory holds one file at once.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  queue = queue.then(() => handle(request)).catch((error: unknown) => post({ type: 'failed', id: request.id, detail: String(error) }));
};
