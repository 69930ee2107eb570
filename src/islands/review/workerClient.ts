// The island's side of the review's two workers (src/islands/shared/workerClient.ts): the reading
// worker, started on the first files, and the output worker, started on the first document asked for.
import type { GeneratedFile } from '../../documents/types';
import OutputWorker from './output.worker?worker';
import type { OutputRequest, OutputResponse, ReadRequest, ReadResponse } from './protocol';
import ReviewWorker from './review.worker?worker';
import { WorkerClient } from '../shared/workerClient';

export class ReviewWorkers {
  readonly reading = new WorkerClient<ReadRequest, ReadResponse>(() => new ReviewWorker(), 'review worker');
  readonly output = new WorkerClient<OutputRequest, OutputResponse>(() => new OutputWorker(), 'output worker');

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
