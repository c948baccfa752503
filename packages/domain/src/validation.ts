import type { z } from 'zod';
import { builtInMessage } from './issue-messages.js';
import { FIELD_LABELS } from './labels.js';
import { ruleMessage } from './rule-messages.js';
import { isSecretIssue } from './secret.js';

/** A language of messages. */
export type Locale = 'pl' | 'en';

/**
 * One problem with one field: where (`path`, e.g. `agenda[1].panelists[0].personId`), which field
 * as people call it, a stable `code`, and a message that names the field, says what was expected and
 * what was got.
 */
export interface FieldIssue {
  path: string;
  field: string;
  code: string;
  message: string;
}

/** The outcome of `validate`: the parsed value, or every issue found. */
export type Validation<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

// What a message repeats of the input: strings and numbers only, on one line, cut at 40 characters: a
// message names the value, it does not carry it (a Markdown body, a whole paragraph).
const ECHO_MAX = 40;
const show = (input: unknown): string | undefined => {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const s = String(input).replace(/\s+/g, ' ');
  return s.length > ECHO_MAX ? `${s.slice(0, ECHO_MAX)}…` : s;
};

const gotText = (got: string, locale: Locale) => (locale === 'pl' ? ` (otrzymano: „${got}”)` : ` (got "${got}")`);

/**
 * The message for an issue, a sentence ending with a full stop for our rules ("ma błędną cyfrę kontrolną
 * (…) (otrzymano: „…”).") as for zod's built-in checks ("Nieprawidłowy adres URL (…) (otrzymano: „…”)."), so
 * the messages of one form read alike; what was got comes before that full stop when `echoInput` asks for it
 * and the issue is not about a secret.
 */
function message(issue: z.core.$ZodRawIssue, locale: Locale, echoInput: boolean): string {
  const secret = isSecretIssue(issue);
  const code = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  if (typeof code === 'string') {
    const got = echoInput && !secret ? show(issue.input) : undefined;
    return `${ruleMessage(code, locale)}${got === undefined ? '' : gotText(got, locale)}.`;
  }
  const built = builtInMessage(issue, locale, secret);
  const got = echoInput && !secret && 'got' in built ? show(built.got) : undefined;
  if (got === undefined) return built.text;
  return built.text.endsWith('.')
    ? `${built.text.slice(0, -1)}${gotText(got, locale)}.`
    : `${built.text}${gotText(got, locale)}`;
}

const errorMap =
  (locale: Locale, echoInput: boolean): z.core.$ZodErrorMap =>
  (issue) =>
    message(issue, locale, echoInput);

/**
 * Several messages in one line, as errors and logs list them: joined by "; ", each but the last without
 * its final full stop. Every message of `validate` is a sentence ending with one; this keeps a list from
 * reading ".;" and ends it as its last message ends.
 *
 * @example
 * joinMessages(['Tytuł: to pole jest wymagane.', 'NIP: ma błędną cyfrę kontrolną.']) // 'Tytuł: to pole jest wymagane; NIP: ma błędną cyfrę kontrolną.'
 */
export function joinMessages(messages: readonly string[]): string {
  const last = messages.length - 1;
  return messages.map((m, i) => (i < last && m.endsWith('.') && !m.endsWith('..') ? m.slice(0, -1) : m)).join('; ');
}

/**
 * Renders a path as people and forms name it.
 *
 * @example
 * pathString(['agenda', 1, 'panelists', 0, 'personId']) // 'agenda[1].panelists[0].personId'
 */
export function pathString(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/**
 * The label of the last named segment of a path; unknown fields show their key.
 *
 * @example
 * fieldLabel(['agenda', 0, 'startsAt'], 'pl') // 'Początek'
 */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const last = [...path].reverse().find((k): k is string => typeof k === 'string');
  if (last === undefined) return locale === 'pl' ? 'Wartość' : 'Value';
  return FIELD_LABELS[last]?.[locale] ?? last;
}

/**
 * Turns zod issues into field issues whose messages name the field, in Polish or English.
 * Issues must come from a parse with `errorFor(locale)` for their messages to be in that language;
 * what was got is in a message only if the error map put it there (`echoInput`), never from the
 * issues' `input`, so `reportInput` cannot bring a secret back.
 *
 * @example
 * const r = NipSchema.safeParse('5252087228', { error: errorFor('en') });
 * toFieldIssues(r.error.issues, 'en')[0].code // 'nip.checksum'
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldIssue[] {
  return issues.map((issue) => {
    const field = fieldLabel(issue.path, locale);
    const custom = issue.code === 'custom' ? issue.params?.code : undefined;
    const code = typeof custom === 'string' ? custom : issue.code;
    // After the label's colon a message reads on in lower case, as the rules' predicates do ("NIP: ma błędną
    // cyfrę kontrolną"): "Tytuł: najwyżej 300 znaków", not "Tytuł: Najwyżej…". A built-in message alone is a
    // sentence ("To pole jest wymagane."). An acronym ("NIP…") keeps its capitals.
    const text = typeof custom === 'string' ? issue.message : afterColon(issue.message);
    return { path: pathString(issue.path), field, code, message: `${field}: ${text}` };
  });
}

/**
 * A message as it reads on after a label's colon: its first letter in lower case, unless it starts with an
 * acronym, whose capitals stay. For every "Label: message" a program composes, as `toFieldIssues` does.
 *
 * @example
 * afterColon('To pole jest wymagane.') // 'to pole jest wymagane.'
 * afterColon('NIP ma błędną cyfrę kontrolną.') // 'NIP ma błędną cyfrę kontrolną.'
 */
export const afterColon = (text: string): string =>
  /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('pl') + text.slice(1);

/**
 * The zod error map that gives our messages in a language; pass it as `{ error }` to `safeParse`.
 * With `echoInput` a message also says what was got (cut at 40 characters), except for secrets: a
 * schema marked with `secretSchema`, or a field whose key names one (`password`, `token`…).
 *
 * @example
 * EventSchema.safeParse(input, { error: errorFor('pl') })
 * NipSchema.safeParse('5252087228', { error: errorFor('en', { echoInput: true }) }).error.issues[0].message
 * // 'has a wrong check digit — check it for a typo (got "5252087228").'
 */
export const errorFor = (locale: Locale, options: { echoInput?: boolean } = {}): z.core.$ZodErrorMap =>
  errorMap(locale, options.echoInput === true);

/**
 * Validates input with a schema and returns the parsed value, or every issue with a message that
 * names the field in Polish (default) or English and says what was got, except for secrets (see
 * `errorFor`). The issues never carry the input itself. Never throws for bad input.
 *
 * @example
 * validate(OrganizationSchema, { ...org, nip: '5252087228' }, 'pl')
 * // { ok: false, issues: [{ path: 'nip', field: 'NIP', code: 'nip.checksum',
 * //   message: 'NIP: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”).' }] }
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale = 'pl',
): Validation<z.output<S>> {
  const result = schema.safeParse(input, { error: errorMap(locale, true) });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toFieldIssues(result.error.issues, locale) };
}
