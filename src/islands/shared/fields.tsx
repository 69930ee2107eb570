import type { ComponentChildren } from 'preact';
import { characterCount, countdownFrom } from '../../schemas/textLimits';

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
}

export const describedBy = (id: string, hint: unknown, error?: string) =>
  [hint ? `${id}-goi-y` : '', error ? `${id}-loi` : ''].filter(Boolean).join(' ') || undefined;

export function FieldMessages({ id, hint, error, details }: { id: string; hint?: ComponentChildren; error?: string; details?: readonly string[] }) {
  return (
    <>
      {hint && <span class="hint" id={`${id}-goi-y`}>{hint}</span>}
      {error && (
        <span class="error-message" id={`${id}-loi`}>
          <span class="visually-hidden">Lỗi: </span>
          {error}
          {details && details.length > 0 && (
            <span class="error-details">
              {details.map((line) => (
                <code key={line}>{line}</code>
              ))}
            </span>
          )}
        </span>
      )}
    </>
  );
}

/** A labelled control: the label, the hint and the error message, then the control itself and what follows it (a countdown). */
export function Field({ id, label, hint, error, details, children, after }: FieldProps & { details?: readonly string[]; children: ComponentChildren; after?: ComponentChildren }) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} details={details} />
      {children}
      {after}
    </div>
  );
}

/** What every control carries: its id and name, and its hint and error for assistive technology. */
export const controlProps = ({ id, hint, error }: FieldProps) => ({
  id,
  name: id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

/**
 * The countdown of a field with a character limit (src/schemas/textLimits.ts): "còn N ký tự" in the
 * last fifth of the limit, "quá N ký tự" beyond it; nothing before. The text is never cut: the
 * form refuses it with a message. A polite live region, so that the count is heard while typing.
 */
export function CharacterCount({ id, value, maxLength }: { id: string; value: string; maxLength: number }) {
  const count = characterCount(value);
  const left = maxLength - count;
  return (
    <span class={`hint character-count${left < 0 ? ' character-count--over' : ''}`} id={`${id}-dem`} aria-live="polite">
      {count >= countdownFrom(maxLength) && (left < 0 ? `Quá ${-left} ký tự (tối đa ${maxLength})` : `Còn ${left} ký tự`)}
    </span>
  );
}

interface TextFieldProps extends FieldProps {
  value: string;
  onInput: (value: string) => void;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  autoComplete?: string;
  width?: 'short' | 'full';
  required?: boolean;
  /** the most characters the text may have: a countdown shows near it */
  maxLength?: number;
}

/** A labelled text input with hint and error message wired for assistive technology. */
export function TextField({ value, onInput, inputMode, autoComplete = 'off', width = 'full', required, maxLength, ...field }: TextFieldProps) {
  return (
    <Field {...field} after={maxLength && <CharacterCount id={field.id} value={value} maxLength={maxLength} />}>
      <input
        {...controlProps(field)}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellcheck={inputMode === 'numeric' ? false : undefined}
        value={value}
        class={width === 'short' ? 'input--short' : undefined}
        aria-required={required ? true : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </Field>
  );
}

interface TextAreaProps extends FieldProps {
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  /** the most characters the text may have: a countdown shows near it */
  maxLength?: number;
}

/** A labelled multi-line text area. */
export function TextArea({ value, onInput, rows = 8, maxLength, ...field }: TextAreaProps) {
  return (
    <Field {...field} after={maxLength && <CharacterCount id={field.id} value={value} maxLength={maxLength} />}>
      <textarea {...controlProps(field)} rows={rows} value={value} onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)} />
    </Field>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

interface RadioGroupProps<V extends string> extends FieldProps {
  value: V | undefined;
  choices: Choice<V>[];
  onChange: (value: V) => void;
  inline?: boolean;
  /** render the legend as the page heading (one question per page) */
  legendAsHeading?: boolean;
}

/**
 * A fieldset of radios. The first radio carries `id`, so that an error summary link lands on it.
 */
export function RadioGroup<V extends string>({ id, label, hint, error, value, choices, onChange, inline, legendAsHeading }: RadioGroupProps<V>) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend>{legendAsHeading ? <h1 class="question-heading">{label}</h1> : label}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div class={`radios${inline ? ' radios--inline' : ''}`}>
          {choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div class="radio" key={choice.value}>
                <input
                  id={choiceId}
                  type="radio"
                  name={id}
                  value={choice.value}
                  checked={value === choice.value}
                  aria-describedby={choice.hint ? `${choiceId}-goi-y` : undefined}
                  onChange={() => onChange(choice.value)}
                />
                <label for={choiceId}>
                  {choice.label}
                  {choice.hint && <span class="hint" id={`${choiceId}-goi-y`}>{choice.hint}</span>}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

interface SelectFieldProps<V extends string> extends FieldProps {
  value: V | '';
  options: { value: V; label: string; group?: string }[];
  placeholder: string;
  required?: boolean;
  onChange: (value: V | '') => void;
}

/** A labelled select; options with a `group` are put in optgroups, in order of first appearance. */
export function SelectField<V extends string>({ value, options, placeholder, required, onChange, ...field }: SelectFieldProps<V>) {
  const groups = [...new Set(options.map((option) => option.group ?? ''))];
  const render = (list: typeof options) => list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>);
  return (
    <Field {...field}>
      <select {...controlProps(field)} value={value} aria-required={required ? true : undefined} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as V | '')}>
        <option value="">{placeholder}</option>
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>{render(options.filter((o) => o.group === group))}</optgroup>
          ) : (
            render(options.filter((o) => !o.group))
          ),
        )}
      </select>
    </Field>
  );
}
