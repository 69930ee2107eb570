// The island's side of the assembly worker (src/islands/shared/workerClient.ts), started on the
// first file.
import type { DossierData } from '../../schemas/dossierData';
import AssemblyWorker from './assembly.worker?worker';
import { WorkerClient } from '../shared/workerClient';
import type { Inspection, MergeRequest, WorkerRequest, WorkerResponse } from './protocol';

export interface Merged {
  bytes: ArrayBuffer;
  pageCount: number;
  data: DossierData;
  fileName: string;
}

export class AssemblyClient {
  #worker = new WorkerClient<WorkerRequest, WorkerResponse>(() => new AssemblyWorker(), 'assembly worker');

  async inspect(file: Blob, name: string): Promise<Inspection> {
    const response = await this.#worker.send({ type: 'inspect', file, name });
    if (response.type !== 'inspected') throw new Error(`unexpected ${response.type}`);
    return response.inspection;
  }

  async merge(request: MergeRequest, onProgress: (done: number, total: number) => void): Promise<Merged> {
    const response = await this.#worker.send({ type: 'merge', ...request }, onProgress);
    if (response.type !== 'merged') throw new Error(`unexpected ${response.type}`);
    return { bytes: response.bytes, pageCount: response.pageCount, data: response.data, fileName: response.fileName };
  }

  terminate() {
    this.#worker.terminate();
  }
}
