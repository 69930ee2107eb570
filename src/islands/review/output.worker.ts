/// <reference lib="webworker" />
// The review's output worker: makes the Sở's documents (DOCX, with the project's document layer)
// and the workbook (.xlsx) from the consolidation and the reviewer's marks. Started on the first
// output asked for; docx and write-excel-file come with it, so that the page never carries them.
import { decisionAnnexInput, reviewLetterInput, reviewSummaryInput, workbookInput, type OutputContext } from '../../review/outputs';
import { tally } from '../../review/tally';
import { markKey } from '../../schemas/review';
import type { GeneratedFile } from '../../documents/types';
import type { OutputRequest, OutputResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

async function make(request: OutputRequest): Promise<GeneratedFile> {
  const { consolidation, common, reviewForms } = request;
  const marks = new Map(request.marks.map((mark) => [markKey(mark.unitKey, mark.nomineeId), mark]));
  const totals = tally(consolidation, marks);
  const today = new Date(request.today.year, request.today.month - 1, request.today.day);
  const noCategory = reviewForms.reviewSummary.noCategory;
  const context: OutputContext = { references: request.references, issuer: request.issuer, fields: request.fields, today, noCategory };
  // (a worker bundle inlines these imports: the worker itself is what is fetched on the click)
  if (request.kind === 'workbook') return (await import('../../documents/workbook')).renderWorkbook(workbookInput(consolidation, marks, totals, noCategory), common, reviewForms, today);
  const documents = await import('../../documents/review');
  switch (request.kind) {
    case 'annex':
      return documents.renderDecisionAnnex(decisionAnnexInput(consolidation, marks, context), common, reviewForms);
    case 'letter':
      return documents.renderReviewLetter(reviewLetterInput(consolidation, marks, totals, context), common, reviewForms);
    case 'summary':
      return documents.renderReviewSummary(reviewSummaryInput(consolidation, totals, context), common, reviewForms);
  }
}

self.onmessage = async (event: MessageEvent<OutputRequest>) => {
  const request = event.data;
  try {
    const file = await make(request);
    const message: OutputResponse = { type: 'made', id: request.id, file };
    self.postMessage(message, [file.bytes.buffer]);
  } catch (error) {
    self.postMessage({ type: 'failed', id: request.id, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies OutputResponse);
  }
};
