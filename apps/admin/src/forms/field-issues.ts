import { afterColon, type FieldIssue, type Locale } from '@org/domain';
import { t } from '../i18n.js';
import { getPath } from '../views/get-path.js';
import type { EntityDef } from './entities.js';
import { labelOf } from './field-label.js';

/**
 * The domain's issues as the form's fields need them, on the server and in the browser alike:
 * - an issue on a part of the record the form shows as several fields (a venue's missing `address`) goes
 *   to each of its required fields, so every message sits beside a control (`aria-describedby`) and none
 *   reads "Adres: …", which staff take for the page address ("Adres strony w serwisie");
 * - a field required only when its part is filled (an organisation's street, once a city is given) says so;
 * - a field of a part is named as the form labels it: the domain says "Do: …" of a grant's period end and
 *   "Kwota: …" of its own contribution, which staff would look for under "Kwota" (the grant's amount);
 * - a required select left at „—” (an organisation's legal form, a grant's form) is required, as every other empty
 *   required field is, not "choose one of" all its options over several lines: the select offers nothing else
 *   (`input` is the value validated, to tell an empty choice from a value of no option);
 * - a missing slug is left out when other fields are refused: it is optional, made from the name, and
 *   missing only because the name is, whose own message comes first;
 * - the rest in the order of the form's fields.
 *
 * @example
 * fieldIssues(venue, [{ path: 'address', field: 'Adres', code: 'invalid_type', message: 'Adres: to pole jest wymagane.' }], 'pl')
 * // [{ path: 'address.street', message: 'Ulica i numer: to pole jest wymagane.', … }, { path: 'address.city', … }]
 */
export function fieldIssues(
  def: EntityDef,
  issues: readonly FieldIssue[],
  locale: Locale,
  input?: unknown,
): FieldIssue[] {
  const names = def.fields.map((f) => f.name);
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const select = def.fields.find((f) => f.name === issue.path && f.type === 'select' && f.required);
    if (select && issue.code === 'invalid_value' && input !== undefined && getPath(input, issue.path) === undefined) {
      out.push({ ...issue, message: `${issue.field}: ${afterColon(t(locale, 'requiredField'))}` });
      continue;
    }
    const parts = def.fields.filter((f) => f.name.startsWith(`${issue.path}.`) && (f.required || f.requiredWith));
    if (!names.includes(issue.path) && parts.length > 0) {
      const reason = issue.message.slice(issue.message.indexOf(': ') + 2);
      for (const f of parts) {
        // As the form labels the part ("Waluta kwoty"), not by the last word of its path ("Waluta").
        const label = labelOf(f.name, locale);
        out.push({ ...issue, path: f.name, field: label, message: `${label}: ${reason}` });
      }
      continue;
    }
    const field = def.fields.find((f) => f.name === issue.path);
    if (field?.requiredWith && issue.code === 'invalid_type') {
      out.push({ ...issue, message: `${issue.field}: ${t(locale, 'requiredWithAddress')}.` });
      continue;
    }
    const label = names.includes(issue.path) && issue.path.includes('.') ? labelOf(issue.path, locale) : issue.field;
    out.push(
      label !== issue.field && issue.message.startsWith(`${issue.field}: `)
        ? { ...issue, field: label, message: `${label}: ${issue.message.slice(issue.field.length + 2)}` }
        : issue,
    );
  }
  const others = out.filter((i) => i.path !== 'slug');
  const kept = others.length > 0 ? out.filter((i) => !(i.path === 'slug' && i.code === 'invalid_type')) : out;
  const place = (i: FieldIssue) => {
    const at = names.findIndex((n) => i.path === n || i.path.startsWith(`${n}.`) || i.path.startsWith(`${n}[`));
    return at === -1 ? names.length : at;
  };
  return kept
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => place(a.issue) - place(b.issue) || a.index - b.index)
    .map((x) => x.issue);
}
