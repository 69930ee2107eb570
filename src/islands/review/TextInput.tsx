// A labelled text input with its hint, in the markup and classes of the shared fields
// (../shared/fields.tsx). The review page keeps its own copy of these few lines because importing
// the shared module would move it into a chunk of its own and add to every other tool's first load.
export function TextInput({ id, label, hint, value, short, onInput }: { id: string; label: string; hint?: string; value: string; short?: boolean; onInput: (value: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-goi-y`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        name={id}
        type="text"
        autoComplete="off"
        class={short ? 'input--short' : undefined}
        aria-describedby={hint ? `${id}-goi-y` : undefined}
        value={value}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
