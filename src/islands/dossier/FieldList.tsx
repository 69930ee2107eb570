import type { ComponentChildren } from 'preact';
import { TextArea, TextField } from '../shared/fields';

/** One text field bound to a key of a record of strings. */
export interface FieldSpec<K extends string> {
  key: K;
  id: string;
  label: string;
  hint?: string;
  /** short input for numbers, dates and times */
  short?: boolean;
  numeric?: boolean;
  /** multi-line text, with this many rows */
  rows?: number;
  required?: boolean;
}

/** A field's hint with what the page adds: the default it takes when left empty, a warning. */
export function hintWith(hint: ComponentChildren, extra: ComponentChildren, warning: string | undefined): ComponentChildren {
  if (!extra && !warning) return hint;
  return (
    <>
      {hint} {extra}
      {warning && <strong class="field-warning">Lưu ý: {warning}</strong>}
    </>
  );
}

interface Props<K extends string> {
  specs: readonly FieldSpec<K>[];
  values: Record<K, string>;
  onChange: (key: K, value: string) => void;
  /** message for a field id, when the consistency check found a problem there */
  errorFor: (fieldId: string) => string | undefined;
  /** a warning for a field id (the document is still made) */
  warningFor?: (fieldId: string) => string | undefined;
  /** what the hint adds for a field, e.g. the default it takes when left empty */
  extraHint?: (key: K) => ComponentChildren;
}

/** A run of labelled fields, each with its hint, warning and error message. */
export function FieldList<K extends string>({ specs, values, onChange, errorFor, warningFor, extraHint }: Props<K>) {
  return (
    <>
      {specs.map((spec) => {
        const common = {
          key: spec.key,
          id: spec.id,
          label: spec.label,
          hint: hintWith(spec.hint, extraHint?.(spec.key), warningFor?.(spec.id)),
          value: values[spec.key],
          error: errorFor(spec.id),
          onInput: (value: string) => onChange(spec.key, value),
        };
        return spec.rows ? (
          <TextArea {...common} rows={spec.rows} />
        ) : (
          <TextField {...common} width={spec.short ? 'short' : 'full'} inputMode={spec.numeric ? 'numeric' : undefined} required={spec.required} />
        );
      })}
    </>
  );
}
