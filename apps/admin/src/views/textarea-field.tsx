import type { FC } from 'hono/jsx';

/**
 * A labelled textarea of a one-field form (a comment, a status note) with its error under it: marked
 * invalid and described by the error while there is one, and given back what was typed when refused.
 * The error is `role="alert"` where the form asks (`alert`), as the status note's is.
 *
 * @example
 * <TextareaField id="comment-body" name="body" label="Dodaj komentarz" rows={3} maxlength={5000} error="…" typed="…" />
 */
export const TextareaField: FC<{
  id: string;
  name: string;
  label: string;
  rows: number;
  maxlength: number;
  /** Why what was just posted was refused. */
  error?: string | undefined;
  /** What was typed, given back in the field. */
  typed?: string | undefined;
  alert?: boolean;
}> = ({ id, name, label, rows, maxlength, error, typed, alert }) => (
  <div class="field">
    <label for={id}>{label}</label>
    <textarea
      id={id}
      name={name}
      rows={rows}
      maxlength={maxlength}
      required
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      {/* A newline right after <textarea> is dropped by the HTML parser: a leading one needs another. */}
      {typed?.startsWith('\n') ? `\n${typed}` : typed}
    </textarea>
    {error ? (
      <p class="error" id={`${id}-error`} role={alert ? 'alert' : undefined}>
        {error}
      </p>
    ) : null}
  </div>
);
