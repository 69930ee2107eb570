// A file picker with the site's label, hint and error (the drafts page's import, the one-PDF
// dossier): apart from fields.tsx, so that the islands without one do not carry it.
import { Field, controlProps, type FieldProps } from './fields';

interface FileFieldProps extends FieldProps {
  /** file types offered by the picker, e.g. ".json,application/json" */
  accept: string;
  multiple?: boolean;
  /** lines explaining the error (e.g. the invalid fields of a file), shown under it */
  details?: readonly string[];
  onFiles: (files: File[], input: HTMLInputElement) => void;
}

/** A labelled file picker; the chosen files are handed over and the input is cleared, so that the same file can be chosen again. */
export function FileField({ accept, multiple, details, onFiles, ...field }: FileFieldProps) {
  return (
    <Field {...field} details={details}>
      <input
        {...controlProps(field)}
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const files = Array.from(input.files ?? []);
          input.value = '';
          if (files.length > 0) onFiles(files, input);
        }}
      />
    </Field>
  );
}
