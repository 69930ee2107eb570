// The island's side of the review's two workers: the reading worker, started on the first files,
// and the output worker, started on the first document asked for. If a worker cannot start or
// dies, its pending requests fail (the island says so) instead of waiting forever.
import type { GeneratedFile } from '../../documents/types';
import OutputWorker from './output.worker?worker';
import type { OutputRequest, OutputResponse, ReadRequest, ReadResponse } from './protocol';
import ReviewWorker from './review.worker?worker';

type Pending<R> = { resolve: (response: R) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void };

/** One lazily started worker with promises for its answers. */
class Client<Request extends { id: number }, Response extends { id: number; type: string }> {
  #worker: Worker | null = null;
  #next = 1;
  #pending = new Map<number, Pending<Response>>();
  constructor(private readonly create: () => Worker) {}

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<Response & { done?: number; total?: number }>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      if (message.type === 'file') return pending.onProgress?.(message.done!, message.total!);
      this.#pending.delete(message.id);
      if (message.type === 'failed') pending.reject(new Error((message as { detail?: string }).detail));
      else pending.resolve(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(new Error(`review worker: ${event.message || 'failed to start'}`));
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

  send(request: Omit<Request, 'id'>, onProgress?: Pending<Response>['onProgress']): Promise<Response> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#start().postMessage({ ...request, id });
    });
  }

  terminate() {
    this.#fail(new Error('stopped'));
  }
}

export class ReviewWorkers {
  readonly reading = new Client<ReadRequest, ReadResponse>(() => new ReviewWorker());
  readonly output = new Client<OutputRequest, OutputResponse>(() => new OutputWorker());

  async read(request: Omit<ReadRequest, 'id' | 'type'>, onProgress: (done: number, total: number) => void) {
    const response = await this.reading.send({ type: 'read', ...request }, onProgress);
    if (response.type !== 'consolidated') throw new Error(`unexpected ${response.type}`);
    return response;
  }

  async make(request: Omit<OutputRequest, 'id' | 'type'>): Promise<GeneratedFile> {
    const response = await this.output.send({ type: 'make', ...request });
    if (response.type !== 'made') throw new Error(`unexpected ${response.type}`);
    return response.file;
  }

  terminate() {
    this.reading.terminate();
    this.output.terminate();
  }
}
