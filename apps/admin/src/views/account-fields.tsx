import type { FieldIssue, Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import { t, type UiKey } from '../i18n.js';

/** What a staff account form says about each of its fields. Never echoes a password. */
const FIELD_MESSAGES: Record<string, UiKey> = {
  email: 'accountEmailInvalid',
  name: 'accountNameInvalid',
  role: 'accountRoleInvalid',
  password: 'accountPasswordInvalid',
};

/**
 * The errors of an account form by field, in the admin's words: the schema's messages repeat what was
 * typed ("otrzymano: „…”"), which for a password must never be shown, and name fields in English.
 *
 * @example
 * accountErrors([{ path: 'password', field: 'password', code: 'too_small', message: '…' }], 'pl')
 * // { password: 'Hasło musi mieć od 12 do 256 znaków.' }
 */
export function accountErrors(issues: readonly FieldIssue[], locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = FIELD_MESSAGES[i.path];
    out[key ? i.path : '__form'] ??= key ? t(locale, key) : t(locale, 'badRequest');
  }
  return out;
}

/** A labelled input of an account form with its error slot; the value is never set for a password. */
export const AccountField: FC<{
  name: string;
  label: string;
  type: 'email' | 'text' | 'password';
  autocomplete: string;
  value?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  minlength?: number;
}> = ({ name, label, type, autocomplete, value, error, required, minlength }) => (
  <div class="field">
    <label for={name}>{label}</label>
    <input
      id={name}
      name={name}
      type={type}
      autocomplete={autocomplete}
      required={required}
      minlength={minlength}
      value={type === 'password' ? undefined : (value ?? '')}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={error ? `${name}-error` : undefined}
    />
    {error ? (
      <p class="error" id={`${name}-error`}>
        {error}
      </p>
    ) : null}
  </div>
);
