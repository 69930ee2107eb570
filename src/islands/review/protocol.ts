// Messages between the review island and its Web Workers: the reading worker (review.worker.ts:
// reads the dropped files, holds the intake, removes a unit's file, consolidates, and checks the
// marks before the outputs are made) and the output worker (output.worker.ts: makes the Sở's
// documents and the workbook). Files travel as Blobs (structured clone passes a reference); the
// outputs come back as transferred bytes. Nothing here leaves the browser.
import type { ReviewIssuer } from '../../documents/reviewTypes';
import type { CampaignReferences, GeneratedFile } from '../../documents/types';
import type { Intake } from '../../review/intake';
import type { OutputCheck } from '../../review/outputChecks';
import type { ReviewRules } from '../../review/rules';
import type { CommonForm } from '../../schemas/form';
import type { ReviewDocumentFields, ReviewMark } from '../../schemas/review';
import type { ReviewForms } from '../../schemas/reviewForm';
import type { PresentedConsolidation } from './present';

/** What the page shows of the intake (the units themselves are in the consolidation). */
export type IntakeSummary = Pick<Intake, 'refused' | 'notes'>;

export type ReadRequest =
  | { type: 'read'; id: number; files: { name: string; file: Blob }[]; rules: ReviewRules }
  /** the reviewer removes a unit's file from the intake (its marks stay on the device) */
  | { type: 'remove'; id: number; unitKey: string; rules: ReviewRules }
  /** the marks checked against the units held, before the outputs are made */
  | { type: 'check'; id: number; marks: ReviewMark[] };

export type ReadResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'consolidated'; id: number; intake: IntakeSummary; consolidation: PresentedConsolidation }
  | { type: 'checked'; id: number; check: OutputCheck }
  | { type: 'failed'; id: number; detail: string };

/** The outputs the page offers. */
export type OutputKind = 'annex' | 'letter' | 'summary' | 'workbook';

export interface OutputRequest {
  type: 'make';
  id: number;
  kind: OutputKind;
  consolidation: PresentedConsolidation;
  marks: ReviewMark[];
  fields: ReviewDocumentFields;
  common: CommonForm;
  reviewForms: ReviewForms;
  references: CampaignReferences;
  issuer: ReviewIssuer;
  /** the page's time (the worker's clock and time zone may differ) */
  today: { year: number; month: number; day: number };
}

export type OutputResponse = { type: 'made'; id: number; file: GeneratedFile } | { type: 'failed'; id: number; detail: string };

