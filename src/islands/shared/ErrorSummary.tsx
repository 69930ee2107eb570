import { useEffect, useRef } from 'preact/hooks';

export interface FieldError {
  /** id of the field the message is about; the summary links to it */
  fieldId: string;
  /** the message, in Vietnamese, the same as at the field */
  message: string;
  /** where the link goes when the field is on another page (e.g. "/so-luong/#lap-danh-sach") */
  href?: string;
}

interface Props {
  errors: FieldError[];
  /** changes every time the form is submitted, so that focus moves to the summary again */
  focusKey?: number;
  title?: string;
}

/** GOV.UK-style error summary: takes focus when a submission shows it, each message links to its field. */
export function ErrorSummary({ errors, focusKey = 0, title = 'Có lỗi cần sửa' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // only when the form is submitted: errors that come and go while the user types never take focus from the field
  useEffect(() => {
    if (focusKey > 0 && errors.length > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  const focusField = (event: Event, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="tieu-de-loi">
      <h2 id="tieu-de-loi">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId + error.message}>
            <a href={error.href ?? `#${error.fieldId}`} onClick={error.href ? undefined : (event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message for one field, or undefined. */
export const errorFor = (errors: FieldError[], fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
