// The island's side of the assembly worker (src/islands/shared/workerClient.ts), started on the
// first file.
import type { DossierData } from '../../schemas/dossierData';
import AssemblyWorker from './assembly.worker?worker';
import { WorkerClient } from '../shared/workerClient';
import type { DataFix, Inspection, MergeRequest, WorkerRequest, WorkerResponse } from './protocol';

export interface Merged {
  bytes: ArrayBuffer;
  pageCount: number;
  data: DossierData;
  fileName: string;
}

/** The merged file, or, when the dossier's data would not make a valid ho-so.json, what to fix in it. */
export type MergeOutcome = ({ ok: true } & Merged) | { ok: false; problems: DataFix[] };

export class AssemblyClient {
  #worker = new WorkerClient<WorkerRequest, WorkerResponse>(() => new AssemblyWorker(), 'assembly worker');

  async inspect(file: Blob, name: string): Promise<Inspection> {
    const response = await this.#worker.send({ type: 'inspect', file, name });
    if (response.type !== 'inspected') throw new Error(`unexpected ${response.type}`);
    return response.inspection;
  }

  async merge(request: MergeRequest, onProgress: (done: number, total: number) => void): Promise<MergeOutcome> {
    const response = await this.#worker.send({ type: 'merge', ...request }, onProgress);
    if (response.type === 'refused') return { ok: false, problems: response.problems };
    if (response.type !== 'merged') throw new Error(`unexpected ${response.type}`);
    return { ok: true, bytes: response.bytes, pageCount: response.pageCount, data: response.data, fileName: response.fileName };
  }

  terminate() {
    this.#worker.terminate();
  }
}
