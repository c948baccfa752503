import { AgendaItemSchema, agendaProblems, describeAgendaProblem, type Locale } from '@org/domain';
import { agendaFollowsDate } from '../forms/agenda-follows-date.js';
import type { EntityDef } from '../forms/entities.js';
import { parseEntityForm } from '../forms/parse-entity-form.js';
import { ORIGINAL_FIELD, parseOriginal } from '../forms/three-way-merge.js';
import { agendaItemHeading } from '../views/agenda-item-heading.js';
import { fieldId } from '../views/ids.js';

/**
 * Renames every control of the agenda after a change so names follow the visible order, and heads each
 * item with its number and what its kind select and title say now (a copied item starts as the one above).
 */
function renumber(root: HTMLElement, locale: Locale): void {
  root.querySelectorAll<HTMLElement>('[data-agenda-item]').forEach((item, i) => {
    item.querySelectorAll<HTMLElement>('[data-person]').forEach((person, j) => {
      for (const el of person.querySelectorAll<HTMLElement>('[name]'))
        el.setAttribute('name', (el.getAttribute('name') ?? '').replace(/\.people\[\d+\]/, `.people[${j}]`));
    });
    for (const el of item.querySelectorAll<HTMLElement>('[name]')) {
      const name = (el.getAttribute('name') ?? '').replace(/^agenda\[\d+\]/, `agenda[${i}]`);
      el.setAttribute('name', name);
      if (el.getAttribute('type') === 'hidden') continue;
      const id = fieldId(name);
      const field = el.closest('.field');
      field?.querySelector('label')?.setAttribute('for', id);
      field?.querySelector('.error')?.setAttribute('id', `${id}-error`);
      // A field's hint has an id (FieldControl's `-hint`) and describes the control before its error; the
      // hints without one (beside a label, under a relation) are read with the label, not named here.
      const hint = field?.querySelector('.hint[id]');
      hint?.setAttribute('id', `${id}-hint`);
      el.id = id;
      // The select that says which repeated 02:30 a time is describes itself with its time field's error.
      const owner = el.getAttribute('data-offset-for');
      if (owner !== null) {
        const renamed = owner.replace(/^agenda\[\d+\]/, `agenda[${i}]`);
        el.setAttribute('data-offset-for', renamed);
        el.setAttribute('aria-describedby', `${fieldId(renamed)}-error`);
      } else el.setAttribute('aria-describedby', hint ? `${id}-hint ${id}-error` : `${id}-error`);
      if (el.hasAttribute('data-field')) el.setAttribute('data-field', name);
    }
    const legend = item.querySelector('legend');
    const value = (field: string) =>
      item.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="agenda[${i}].${field}"]`)?.value;
    if (legend)
      legend.textContent = `${i + 1}. ${agendaItemHeading({ kind: value('kind'), title: value('title') }, locale)}`;
  });
}

function clearControls(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  )) {
    if (el instanceof HTMLSelectElement) el.selectedIndex = el.required ? 0 : 0;
    else if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = false;
    else el.value = '';
  }
  for (const slot of root.querySelectorAll('.error')) slot.textContent = '';
  // Which repeated 02:30 a copied time was belongs to that time, not to the empty one of the copy.
  for (const choice of root.querySelectorAll('[data-repeated-hour]')) choice.remove();
  // A copied row starts closed and silent: no open inline form, no message of the row it was copied from.
  for (const message of root.querySelectorAll('[data-picker-message]')) message.remove();
  for (const details of root.querySelectorAll('details')) details.open = false;
  for (const part of root.querySelectorAll('.misfit')) part.classList.remove('misfit');
}

/** The next sibling matching `selector`, else the previous one: where focus goes when `el` is removed. */
function neighbourOf(el: HTMLElement, selector: string): HTMLElement | null {
  const next = el.nextElementSibling;
  if (next instanceof HTMLElement && next.matches(selector)) return next;
  const previous = el.previousElementSibling;
  return previous instanceof HTMLElement && previous.matches(selector) ? previous : null;
}

/** The first control of `root` that is shown and can be typed in or chosen. */
function firstField(root: HTMLElement): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea, button')].find(
    (el) => !el.closest('[hidden]') && !(el as HTMLInputElement).disabled,
  );
}

const ITEM_KIND = /^agenda\[\d+\]\.kind$/;

/** Whether a part of the form holds something staff entered (what parsing would keep). */
function holdsData(root: HTMLElement): boolean {
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input[name], textarea[name], select[name]',
  )) {
    if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
    // A ticked box ("Występuje we własnym imieniu") is sent, so it is data: hidden, it would be refused unseen.
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked) return true;
      continue;
    }
    // A speaker's "who" select alone is no speaker, as parsing reads it.
    if (el instanceof HTMLSelectElement && /\.kind$/.test(el.name)) continue;
    if (el.value.trim() !== '') return true;
  }
  return false;
}

/**
 * Shows each item's fields for its kind only. A field of another kind that holds data stays shown,
 * marked, until it is cleared: hiding it would send it unseen, and the server refuses it (it never
 * drops it quietly).
 */
function applyKinds(root: HTMLElement): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-agenda-item]')) {
    const select = [...item.querySelectorAll<HTMLSelectElement>('select[name]')].find((s) => ITEM_KIND.test(s.name));
    const kind = select?.value || 'other';
    for (const part of item.querySelectorAll<HTMLElement>('[data-kind-only]')) {
      const fits = (part.dataset.kindOnly ?? '').split(' ').includes(kind);
      const held = !fits && holdsData(part);
      part.hidden = !fits && !held;
      part.classList.toggle('misfit', held);
    }
  }
}

/** The agenda problems of the agenda as it is in the form now, as sentences. */
function currentProblems(form: HTMLFormElement, def: EntityDef, locale: Locale): string[] {
  const entries = [...new FormData(form).entries()].filter((e): e is [string, string] => typeof e[1] === 'string');
  const { input } = parseEntityForm(def, entries, { newId: () => 'draft' });
  // Items the server will move with the event's new day (`agendaFollowsDate`, against the version the form was opened
  // with) are checked where they will be, not listed as outside the event.
  const original = parseOriginal(form.querySelector<HTMLInputElement>(`input[name="${ORIGINAL_FIELD}"]`)?.value);
  const agenda = (original ? agendaFollowsDate(original, input)?.agenda : undefined) ?? input.agenda;
  const items = (Array.isArray(agenda) ? agenda : []).flatMap((raw, i) => {
    const parsed = AgendaItemSchema.safeParse({ ...(raw as object), id: `item-${i}` });
    return parsed.success ? [parsed.data] : [];
  });
  if (typeof input.startsAt !== 'string' || typeof input.endsAt !== 'string') return [];
  const names: Record<string, string> = {};
  items.forEach((item, i) => {
    names[item.id] = `${i + 1}. ${agendaItemHeading(item, locale)}`;
  });
  for (const option of form.querySelectorAll<HTMLOptionElement>('select[data-ref="people"] option'))
    if (option.value) names[option.value] = option.textContent ?? option.value;
  return agendaProblems({ startsAt: input.startsAt, endsAt: input.endsAt, agenda: items }).map((p) =>
    describeAgendaProblem(p, locale, names),
  );
}

/** Adds, removes and reorders agenda items and their people, and lists agenda problems as they change. */
export function attachAgendaEditor(
  form: HTMLFormElement,
  def: EntityDef,
  locale: Locale,
  revalidate: () => void,
): void {
  const root = form.querySelector<HTMLElement>('[data-agenda]');
  const list = root?.querySelector<HTMLElement>('[data-agenda-items]');
  const problems = root?.querySelector<HTMLElement>('[data-agenda-problems]');
  const none = root?.querySelector<HTMLElement>('[data-agenda-none]');
  if (!root || !list || !problems) return;
  for (const b of root.querySelectorAll<HTMLElement>('button[hidden]')) b.hidden = false;

  const refresh = () => {
    renumber(root, locale);
    applyKinds(root);
    const found = currentProblems(form, def, locale);
    problems.replaceChildren(
      ...found.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
    if (none) none.hidden = found.length > 0;
    revalidate();
  };

  // Keyboard and screen-reader users keep their place: a moved item keeps focus on the same button, a
  // removed one hands it to its neighbour (or to the add button), a new one takes it to its first field.
  root.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    if (!button || !root.contains(button)) return;
    const item = button.closest<HTMLElement>('[data-agenda-item]');
    let focus: HTMLElement | (() => HTMLElement | null | undefined) | null = null;
    if (button.hasAttribute('data-add-item')) {
      const last = list.querySelector<HTMLElement>('[data-agenda-item]:last-child');
      if (!last) return;
      const copy = last.cloneNode(true) as HTMLElement;
      clearControls(copy);
      const people = copy.querySelectorAll('[data-person]');
      for (let i = 1; i < people.length; i++) people[i]?.remove();
      list.append(copy);
      focus = () => firstField(copy);
    } else if (button.hasAttribute('data-remove-item') && item) {
      const neighbour = neighbourOf(item, '[data-agenda-item]');
      if (neighbour) {
        item.remove();
        focus = () => firstField(neighbour);
      } else {
        clearControls(item);
        focus = root.querySelector<HTMLElement>('[data-add-item]');
      }
    } else if (button.dataset.move === 'up' && item?.previousElementSibling) {
      item.previousElementSibling.before(item);
      focus = button;
    } else if (button.dataset.move === 'down' && item?.nextElementSibling) {
      item.nextElementSibling.after(item);
      focus = button;
    } else if (button.hasAttribute('data-add-person') && item) {
      const people = item.querySelector<HTMLElement>('[data-people]');
      const last = people?.querySelector<HTMLElement>('[data-person]:last-child');
      if (!people || !last) return;
      const copy = last.cloneNode(true) as HTMLElement;
      clearControls(copy);
      people.append(copy);
      focus = () => firstField(copy);
    } else if (button.hasAttribute('data-remove-person')) {
      const person = button.closest<HTMLElement>('[data-person]');
      if (!person) return;
      const neighbour = neighbourOf(person, '[data-person]');
      if (neighbour) {
        person.remove();
        focus = () => firstField(neighbour);
      } else {
        clearControls(person);
        focus = item?.querySelector<HTMLElement>('[data-add-person]') ?? null;
      }
    } else return;
    refresh();
    // After refresh: it shows and hides fields by kind, and only a shown field can take focus.
    (typeof focus === 'function' ? focus() : focus)?.focus();
  });
  root.addEventListener('change', refresh);
  form.querySelector('[name="startsAt"]')?.addEventListener('change', refresh);
  form.querySelector('[name="endsAt"]')?.addEventListener('change', refresh);
  refresh();
}
