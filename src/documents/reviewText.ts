// The review documents' own words that the DOCX builders and the workbook share, without docx
// (the workbook is written without it). Pure.
import type { ReviewSummaryForm } from '../schemas/reviewForm';
import { fillTemplate } from '../text/vietnamese';
import type { SummaryRow } from './reviewTypes';

/** A unit's state as the last column words it. */
export function summaryState(row: SummaryRow, form: ReviewSummaryForm): string {
  switch (row.state.kind) {
    case 'ready':
      return form.states.ready;
    case 'issues':
      return fillTemplate(form.states.issues, { count: String(row.state.count) });
    case 'missing':
      return form.states.missing;
  }
}
