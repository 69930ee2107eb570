// The island's side of the assembly worker: one worker, started on the first file, with
// promises for its answers. If the worker cannot start or dies, every pending request fails
// (the island says so) instead of waiting forever.
import type { DossierData } from '../../schemas/dossierData';
import AssemblyWorker from './assembly.worker?worker';
import type { Inspection, MergeRequest, WorkerRequest, WorkerResponse } from './protocol';

type Pending = {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
};

export interface Merged {
  bytes: ArrayBuffer;
  pageCount: number;
  data: DossierData;
  fileName: string;
}

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export class AssemblyClient {
  #worker: Worker | null = null;
  #next = 1;
  #pending = new Map<number, Pending>();

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new AssemblyWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      if (message.type === 'progress') {
        pending.onProgress?.(message.done, message.total);
        return;
      }
      this.#pending.delete(message.id);
      if (message.type === 'failed') pending.reject(new Error(message.detail));
      else pending.resolve(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(new Error(`assembly worker: ${event.message || 'failed to start'}`));
    };
    this.#worker = worker;
    return worker;
  }

  #fail(error: Error) {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #send(request: Request, onProgress?: Pending['onProgress']): Promise<WorkerResponse> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#start().postMessage({ ...request, id } as WorkerRequest);
    });
  }

  async inspect(file: Blob, name: string): Promise<Inspection> {
    const response = await this.#send({ type: 'inspect', file, name });
    if (response.type !== 'inspected') throw new Error(`unexpected ${response.type}`);
    return response.inspection;
  }

  async merge(request: MergeRequest, onProgress: (done: number, total: number) => void): Promise<Merged> {
    const response = await this.#send({ type: 'merge', ...request }, onProgress);
    if (response.type !== 'merged') throw new Error(`unexpected ${response.type}`);
    return { bytes: response.bytes, pageCount: response.pageCount, data: response.data, fileName: response.fileName };
  }

  terminate() {
    this.#fail(new Error('stopped'));
  }
}
