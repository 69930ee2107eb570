// The island's side of a worker: one worker, started on the first request, with a promise for
// each answer. A worker answers a request with the request's id: "progress" messages (done of
// total) while it works, then one answer, or "failed" with a detail. If the worker cannot start
// or dies, every pending request fails (the island says so) instead of waiting forever.

/** What every worker's answer carries; a progress message says how far a request has got. */
type Answer = { id: number; type: string };
type Progress = { id: number; type: 'progress'; done: number; total: number };

type Pending<R> = { resolve: (response: R) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void };

/** Omit<R, 'id'> of each member of a union of requests. */
export type Unsent<R> = R extends unknown ? Omit<R, 'id'> : never;

export class WorkerClient<Request extends { id: number }, Response extends Answer> {
  #worker: Worker | null = null;
  #next = 1;
  #pending = new Map<number, Pending<Response>>();

  /** `name` says which worker failed, in errors. */
  constructor(
    private readonly create: () => Worker,
    private readonly name: string,
  ) {}

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<Response | Progress>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      if (message.type === 'progress') {
        const { done, total } = message as Progress;
        pending.onProgress?.(done, total);
        return;
      }
      this.#pending.delete(message.id);
      if (message.type === 'failed') pending.reject(new Error((message as { detail?: string }).detail));
      else pending.resolve(message as Response);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(new Error(`${this.name}: ${event.message || 'failed to start'}`));
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

  send(request: Unsent<Request>, onProgress?: (done: number, total: number) => void): Promise<Response> {
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
