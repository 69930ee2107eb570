// The island's side of the review's two workers (src/islands/shared/workerClient.ts): the reading
// worker, started on the first files, and the output worker, started on the first document asked for.
import type { GeneratedFile } from '../../documents/types';
import OutputWorker from './output.worker?worker';
import type { ReviewMark } from '../../schemas/review';
import type { OutputRequest, OutputResponse, ReadRequest, ReadResponse } from './protocol';
import ReviewWorker from './review.worker?worker';
import { WorkerClient } from '../shared/workerClient';

export class ReviewWorkers {
  readonly reading = new WorkerClient<ReadRequest, ReadResponse>(() => new ReviewWorker(), 'review worker');
  readonly output = new WorkerClient<OutputRequest, OutputResponse>(() => new OutputWorker(), 'output worker');

  async read(request: Omit<Extract<ReadRequest, { type: 'read' }>, 'id' | 'type'>, onProgress: (done: number, total: number) => void) {
    return this.#consolidated(await this.reading.send({ type: 'read', ...request }, onProgress));
  }

  /** The consolidation without a unit's file. */
  async remove(request: Omit<Extract<ReadRequest, { type: 'remove' }>, 'id' | 'type'>) {
    return this.#consolidated(await this.reading.send({ type: 'remove', ...request }));
  }

  /** What the outputs section shows about the marks, before the documents are made. */
  async check(marks: ReviewMark[]) {
    const response = await this.reading.send({ type: 'check', marks });
    if (response.type !== 'checked') throw new Error(`unexpected ${response.type}`);
    return response.check;
  }

  #consolidated(response: ReadResponse) {
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
