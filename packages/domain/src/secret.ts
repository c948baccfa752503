import type { z } from 'zod';

// Schemas (and their checks, which is what raises a length issue) whose input must never appear in a
// message: messages are shown on screen and written to logs.
const secrets = new WeakSet<object>();

type Internals = {
  _zod?: { def?: { checks?: readonly object[]; innerType?: object; in?: object; out?: object } };
};

function mark(schema: object | undefined): void {
  if (schema === undefined || secrets.has(schema)) return;
  secrets.add(schema);
  const def = (schema as Internals)._zod?.def;
  for (const check of def?.checks ?? []) secrets.add(check);
  mark(def?.innerType);
  mark(def?.in);
  mark(def?.out);
}

/**
 * Marks a schema as holding a secret (a password, a token): messages about its value, from
 * `validate` or `errorFor(locale, { echoInput: true })`, never repeat the value or its length. Marks
 * what it wraps too (`.optional()`, `.default()`, pipes) and returns the same schema. A schema derived
 * later (`.max(100)` on a marked one) is a new schema: mark that one. Fields whose key names a secret
 * (`password`, `newPassword`, `token`, `passwordHash`…) are never repeated either, marked or not.
 *
 * @example
 * const PinSchema = secretSchema(z.string().length(6));
 * const result = validate(PinSchema, '12345', 'en');
 * !result.ok && result.issues[0].message.includes('12345') // false
 */
export function secretSchema<S extends z.ZodType>(schema: S): S {
  mark(schema);
  return schema;
}

// Words of a key (camelCase, snake_case, kebab-case) that name a secret. Whole words, so `hashtags` is
// not one and `passwordHash` is.
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'hash',
  'salt',
  'credential',
  'credentials',
  'apikey',
  'otp',
  'pin',
  'haslo',
  'hasło',
]);

/**
 * Whether an object key names a secret.
 *
 * @example
 * isSecretKey('newPassword') // true
 * isSecretKey('hashtags') // false
 */
export function isSecretKey(key: PropertyKey): boolean {
  if (typeof key !== 'string') return false;
  const words = key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
  return words.some((w) => SECRET_WORDS.has(w)) || /api[_-]?key|private[_-]?key/i.test(key);
}

/** Whether an issue is about a secret: raised by a marked schema or check, or under a key naming one. */
export function isSecretIssue(issue: z.core.$ZodRawIssue): boolean {
  const inst = issue.inst as object | undefined;
  const schema = issue.schema as object | undefined;
  return (
    (inst !== undefined && secrets.has(inst)) ||
    (schema !== undefined && secrets.has(schema)) ||
    (issue.path ?? []).some(isSecretKey)
  );
}
