import { type Locale, validate } from '@org/domain';
import type { EntityDef } from '../forms/entities.js';
import { fieldIssues } from '../forms/field-issues.js';
import { issueFieldName, parseEntityForm } from '../forms/parse-entity-form.js';

/** Validates the whole form as the server will and returns the first message per form field name. */
export function formIssues(form: HTMLFormElement, def: EntityDef, locale: Locale): Map<string, string> {
  const entries = [...new FormData(form).entries()].filter((e): e is [string, string] => typeof e[1] === 'string');
  const { input, issues } = parseEntityForm(def, entries, { newId: () => 'draft', locale });
  const result = validate(def.schema, input, locale);
  const out = new Map<string, string>();
  for (const i of issues) if (!out.has(i.path)) out.set(i.path, i.message);
  if (!result.ok)
    for (const i of fieldIssues(def, result.issues, locale, input))
      if (!out.has(issueFieldName(i.path))) out.set(issueFieldName(i.path), i.message);
  // A grant's funder left empty is filled from its chosen authority on save (`routes/funder-name.ts`), whose name
  // the browser has not got: it is not missing while an authority is chosen.
  if (def.kind === 'grant' && typeof input.funderAuthorityId === 'string' && input.funderName === undefined)
    out.delete('funderName');
  return out;
}

/**
 * Shows field errors as staff type: after a field is first left (blur) or changed, every later
 * input re-validates the form with the same `@org/domain` schema and Polish messages the server uses.
 * A field the server refused (a slug taken, a time the clocks skip) keeps the server's message and
 * `aria-invalid` until staff change that field, even where the browser finds nothing wrong with it.
 */
export function attachFieldValidation(form: HTMLFormElement, def: EntityDef, locale: Locale): () => void {
  const touched = new Set<string>();
  const fromServer = new Map<string, string>();
  for (const el of form.querySelectorAll<HTMLElement>('[data-field][aria-invalid="true"]')) {
    const name = el.getAttribute('name') ?? '';
    const message = document.getElementById(`${el.id}-error`)?.textContent ?? '';
    touched.add(name);
    if (message) fromServer.set(name, message);
  }
  const run = () => {
    const issues = formIssues(form, def, locale);
    for (const el of form.querySelectorAll<HTMLElement>('[data-field]')) {
      const name = el.getAttribute('name') ?? '';
      const slot = document.getElementById(`${el.id}-error`);
      if (!slot) continue;
      const message = touched.has(name) ? (issues.get(name) ?? fromServer.get(name)) : undefined;
      slot.textContent = message ?? '';
      if (message) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
    }
  };
  const nameOf = (e: Event) => (e.target as HTMLElement | null)?.getAttribute?.('name');
  form.addEventListener('focusout', (e) => {
    const name = nameOf(e);
    if (name) touched.add(name);
    run();
  });
  form.addEventListener('change', (e) => {
    const name = nameOf(e);
    if (name) {
      touched.add(name);
      fromServer.delete(name);
    }
    // Choosing which repeated 02:30 a time is answers the server's message on the time's field.
    const owner = (e.target as HTMLElement | null)?.getAttribute?.('data-offset-for');
    if (owner) fromServer.delete(owner);
    run();
  });
  form.addEventListener('input', (e) => {
    const name = nameOf(e);
    if (!name || !touched.has(name)) return;
    fromServer.delete(name);
    run();
  });
  return run;
}
