// What the dossier builder says under a generate button, and the messages of its fields.
import { pure } from '../shared/pure';

/** The line under a generate button. */
export interface Status {
  /** the button it belongs to: a nominee id, or the whole dossier's key */
  at: string;
  tone: 'working' | 'done' | 'failed';
  text: string;
}

/** The error (blocking) and the warning of each field, by field id. */
export type FieldMessages = ReadonlyMap<string, { error?: string; warning?: string }>;

export const StatusLine = pure(function StatusLine({ status }: { status: Status | null }) {
  return (
    <p class={`dossier-status${status?.tone === 'failed' ? ' dossier-status--failed' : ''}`} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );
});
