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

interface Props<K extends string> {
  specs: readonly FieldSpec<K>[];
  values: Record<K, string>;
  onChange: (key: K, value: string) => void;
  /** message for a field id, when the consistency check found a problem there */
  errorFor: (fieldId: string) => string | undefined;
}

/** A run of labelled fields, each with its hint and error message. */
export function FieldList<K extends string>({ specs, values, onChange, errorFor }: Props<K>) {
  return (
    <>
      {specs.map((spec) =>
        spec.rows ? (
          <TextArea
            key={spec.key}
            id={spec.id}
            label={spec.label}
            hint={spec.hint}
            rows={spec.rows}
            value={values[spec.key]}
            error={errorFor(spec.id)}
            onInput={(value) => onChange(spec.key, value)}
          />
        ) : (
          <TextField
            key={spec.key}
            id={spec.id}
            label={spec.label}
            hint={spec.hint}
            width={spec.short ? 'short' : 'full'}
            inputMode={spec.numeric ? 'numeric' : undefined}
            required={spec.required}
            value={values[spec.key]}
            error={errorFor(spec.id)}
            onInput={(value) => onChange(spec.key, value)}
          />
        ),
      )}
    </>
  );
}
