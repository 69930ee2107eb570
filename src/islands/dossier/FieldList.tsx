import type { ComponentChildren, VNode } from 'preact';
import { TextArea, TextField } from '../shared/fields';
import { pure } from '../shared/pure';
import type { MessagesByField } from './StatusLine';

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
  /** the most characters (src/schemas/dossierTextLimits.ts): a countdown shows near it */
  maxLength?: number;
}

/** Specs with the limit of each field that has one (`limits` by key, src/schemas/dossierTextLimits.ts). */
export const withLimits = <K extends string>(specs: readonly FieldSpec<K>[], limits: Partial<Record<K, { limit: number }>>): FieldSpec<K>[] =>
  specs.map((spec) => ({ ...spec, maxLength: limits[spec.key]?.limit }));

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
  /** the errors (found by the consistency check) and the warnings (the document is still made), by field id */
  messages: MessagesByField;
  /** what the hint adds for a field, e.g. the default it takes when left empty */
  extraHint?: (key: K) => ComponentChildren;
}

function Fields<K extends string>({ specs, values, onChange, messages, extraHint }: Props<K>) {
  return (
    <>
      {specs.map((spec) => {
        const common = {
          key: spec.key,
          id: spec.id,
          label: spec.label,
          hint: hintWith(spec.hint, extraHint?.(spec.key), messages.get(spec.id)?.warning),
          value: values[spec.key],
          error: messages.get(spec.id)?.error,
          maxLength: spec.maxLength,
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

/** A run of labelled fields, each with its hint, warning and error message; renders again only when its own props change. */
export const FieldList = pure(Fields as (props: Props<string>) => ComponentChildren) as unknown as <K extends string>(props: Props<K>) => VNode | null;
