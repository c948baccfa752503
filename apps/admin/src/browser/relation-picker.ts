import type { Locale } from '@org/domain';

const WORDS = {
  pl: {
    search: 'Szukaj',
    createPerson: 'Utwórz osobę',
    createOrganization: 'Utwórz organizację',
    given: 'Imię',
    family: 'Nazwisko',
    name: 'Nazwa',
    add: 'Dodaj',
    searchFailed: 'Wyszukiwanie nie powiodło się (HTTP {status}). Spróbuj ponownie.',
    createFailed: 'Nie udało się utworzyć (HTTP {status}).',
    offline: 'Brak połączenia z serwerem. Spróbuj ponownie.',
    expired: 'Sesja wygasła albo formularz jest nieaktualny: odśwież stronę (wpisane dane najpierw skopiuj).',
    created: 'Utworzono i wybrano: {label}.',
    pickPerson: 'Wybierz tę osobę',
    pickOrganization: 'Wybierz tę organizację',
    picked: 'Wybrano istniejącą: {label}.',
  },
  en: {
    search: 'Search',
    createPerson: 'Create a person',
    createOrganization: 'Create an organisation',
    given: 'Given name',
    family: 'Family name',
    name: 'Name',
    add: 'Add',
    searchFailed: 'The search failed (HTTP {status}). Try again.',
    createFailed: 'Could not create it (HTTP {status}).',
    offline: 'No connection to the server. Try again.',
    expired: 'The session expired or the form is out of date: reload the page (copy what you typed first).',
    created: 'Created and chosen: {label}.',
    pickPerson: 'Choose this person',
    pickOrganization: 'Choose this organisation',
    picked: 'Chosen, as it exists: {label}.',
  },
};
type Words = (typeof WORDS)['pl'];

function setOptions(select: HTMLSelectElement, items: { id: string; label: string }[]): void {
  const chosen = new Set([...select.selectedOptions].map((o) => o.value));
  const keep = [...select.options].filter((o) => o.value === '' || chosen.has(o.value));
  const fresh = items
    .filter((i) => !chosen.has(i.id))
    .map((i) => {
      const o = document.createElement('option');
      o.value = i.id;
      o.textContent = i.label;
      return o;
    });
  select.replaceChildren(...keep, ...fresh);
}

/** What a refused request says, in staff's words: the server's messages where it gave some. */
async function refusal(res: Response, w: Words, key: 'searchFailed' | 'createFailed'): Promise<string> {
  if (res.status === 401 || res.status === 403) return w.expired;
  try {
    const body = (await res.json()) as { issues?: { message?: string }[] };
    const messages = (body.issues ?? []).flatMap((i) => (i.message ? [i.message] : []));
    if (messages.length > 0) return messages.join(' ');
  } catch {
    // Not JSON (an error page): the status says enough.
  }
  return w[key].replace('{status}', String(res.status));
}

/** The message line of a picker, made on first use. */
function messageOf(field: HTMLElement, kind: 'error' | 'info', text: string): void {
  let line = field.querySelector<HTMLElement>('[data-picker-message]');
  if (!line) {
    line = document.createElement('p');
    line.dataset.pickerMessage = '';
    line.setAttribute('role', 'status');
    field.append(line);
  }
  line.className = kind === 'error' ? 'error picker-message' : 'hint picker-message';
  line.textContent = text;
}

/** What the server answers when a live record has the name just typed (409), with the question's words. */
interface Duplicate {
  id: string;
  label: string;
  href: string;
  words: string;
  question: string;
  confirm: string;
}

/**
 * Asks, as the create page does, whether the record to create is another one than the live record of the
 * same name: its name linked, a button that chooses that record (most often the one meant: a duplicate
 * person would split their events between two pages), and one that creates another anyway
 * (`confirmDuplicate=1`).
 */
function askDuplicate(field: HTMLElement, d: Duplicate, pick: string): void {
  messageOf(field, 'error', `${d.words} `);
  const line = field.querySelector<HTMLElement>('[data-picker-message]');
  if (!line) return;
  const link = document.createElement('a');
  link.href = d.href;
  link.textContent = d.label;
  const choose = document.createElement('button');
  choose.type = 'button';
  choose.dataset.inlinePick = d.id;
  choose.dataset.label = d.label;
  choose.textContent = pick;
  const confirm = document.createElement('button');
  confirm.type = 'button';
  confirm.dataset.inlineConfirm = '';
  confirm.textContent = d.confirm;
  line.append(link, '. ', choose, ` ${d.question} `, confirm);
}

/** Selects `id` in the picker's select (adding its option when a search has not offered it), as a choice would. */
function choose(select: HTMLSelectElement, id: string, label: string): void {
  let option = [...select.options].find((o) => o.value === id);
  if (!option) {
    option = document.createElement('option');
    option.value = id;
    option.textContent = label;
    select.append(option);
  }
  option.selected = true;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * A field's label as words: without the required marker (" *", hidden from screen readers) or a hint
 * beside it, which belong to the field, not to the names made from it ("Szukaj: Organizator").
 */
function labelText(label: HTMLLabelElement | null | undefined): string {
  if (!label) return '';
  const copy = label.cloneNode(true) as HTMLLabelElement;
  for (const extra of copy.querySelectorAll('[aria-hidden="true"], .hint')) extra.remove();
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Adds the search box (and, for people and organisations, the inline form) to each select not yet given one. */
function enhance(root: ParentNode, w: Words): void {
  for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-ref]:not([data-picker])')) {
    select.dataset.picker = '';
    const ref = select.dataset.ref ?? '';
    const label = labelText(select.closest('.field')?.querySelector('label')) || ref;
    const search = document.createElement('input');
    search.type = 'search';
    search.className = 'ref-search';
    search.setAttribute('aria-label', `${w.search}: ${label}`);
    search.placeholder = w.search;
    select.before(search);
    // A narrowed select (a grant's funder unit) offers no inline creation: it would make an NGO-form record there.
    if ((ref !== 'people' && ref !== 'organizations') || select.dataset.scope) continue;
    const details = document.createElement('details');
    details.className = 'inline-create';
    const summary = document.createElement('summary');
    // Said as a sentence ("Utwórz organizację"); the field's label tells one picker's from another's to a
    // screen reader, after the visible words so spoken commands still match them.
    const create = ref === 'people' ? w.createPerson : w.createOrganization;
    summary.textContent = create;
    summary.setAttribute('aria-label', `${create} (${label})`);
    details.append(summary);
    const keys = ref === 'people' ? ['givenName', 'familyName'] : ['name'];
    for (const key of keys) {
      const input = document.createElement('input');
      input.type = 'text';
      const text = key === 'givenName' ? w.given : key === 'familyName' ? w.family : w.name;
      input.setAttribute('aria-label', text);
      input.placeholder = text;
      input.dataset.key = key;
      details.append(input);
    }
    const add = document.createElement('button');
    add.type = 'button';
    add.dataset.inlineAdd = '';
    add.textContent = w.add;
    details.append(add);
    select.after(details);
  }
}

/**
 * Adds a search box to each relation select (by name, KRS, NIP or TERYT, through `/lookup`), and
 * for people and organisations a small inline form that creates one and selects it. Listeners sit on
 * the form, not on each control, so rows the agenda editor adds (copies of a row, controls included)
 * work like the first; a refused search or creation says why beside the field.
 */
export function attachRelationPickers(form: HTMLFormElement, locale: Locale): void {
  const w = WORDS[locale];
  const csrf = form.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  enhance(form, w);
  const sequence = new WeakMap<HTMLElement, number>();

  form.addEventListener('input', async (e) => {
    // A question about a name stops applying once the name is changed.
    const typed = (e.target as HTMLElement).closest('details.inline-create input[data-key]');
    if (typed) typed.closest('.field')?.querySelector('[data-picker-message]:has([data-inline-confirm])')?.remove();
    const search = (e.target as HTMLElement).closest<HTMLInputElement>('input.ref-search');
    const field = search?.closest<HTMLElement>('.field');
    const select = field?.querySelector<HTMLSelectElement>('select[data-ref]');
    if (!search || !field || !select) return;
    const mine = (sequence.get(search) ?? 0) + 1;
    sequence.set(search, mine);
    let res: Response;
    try {
      const scope = select.dataset.scope ? `&scope=${encodeURIComponent(select.dataset.scope)}` : '';
      res = await fetch(`/lookup/${select.dataset.ref ?? ''}?q=${encodeURIComponent(search.value)}${scope}`, {
        credentials: 'same-origin',
      });
    } catch {
      if (mine === sequence.get(search)) messageOf(field, 'error', w.offline);
      return;
    }
    if (mine !== sequence.get(search)) return;
    // Signed out meanwhile: the admin answers with the sign-in page, which fetch follows.
    if (res.redirected || !(res.headers.get('content-type') ?? '').includes('json')) {
      messageOf(field, 'error', res.ok || res.redirected ? w.expired : await refusal(res, w, 'searchFailed'));
      return;
    }
    if (!res.ok) {
      messageOf(field, 'error', await refusal(res, w, 'searchFailed'));
      return;
    }
    field.querySelector('[data-picker-message]')?.remove();
    const body = (await res.json()) as { items: { id: string; label: string }[] };
    setOptions(select, body.items);
  });

  form.addEventListener('click', async (e) => {
    const target = e.target as HTMLElement;
    const pick = target.closest<HTMLButtonElement>('button[data-inline-pick]');
    if (pick) {
      const field = pick.closest<HTMLElement>('.field');
      const select = field?.querySelector<HTMLSelectElement>('select[data-ref]');
      const details = field?.querySelector<HTMLDetailsElement>('details.inline-create');
      if (!field || !select) return;
      const label = pick.dataset.label ?? '';
      choose(select, pick.dataset.inlinePick ?? '', label);
      for (const input of details?.querySelectorAll<HTMLInputElement>('input[data-key]') ?? []) input.value = '';
      if (details) details.open = false;
      messageOf(field, 'info', w.picked.replace('{label}', label));
      return;
    }
    const add = target.closest<HTMLButtonElement>('button[data-inline-add], button[data-inline-confirm]');
    const field = add?.closest<HTMLElement>('.field');
    const details = field?.querySelector<HTMLDetailsElement>('details.inline-create');
    const select = field?.querySelector<HTMLSelectElement>('select[data-ref]');
    if (!add || !details || !field || !select) return;
    const inputs = [...details.querySelectorAll<HTMLInputElement>('input[data-key]')];
    const body = new URLSearchParams(inputs.map((i) => [i.dataset.key ?? '', i.value]));
    body.set('_csrf', csrf);
    if (add.hasAttribute('data-inline-confirm')) body.set('confirmDuplicate', '1');
    let res: Response;
    try {
      res = await fetch(`/quick/${select.dataset.ref ?? ''}`, { method: 'POST', body, credentials: 'same-origin' });
    } catch {
      messageOf(field, 'error', w.offline);
      return;
    }
    if (res.status === 409 && !res.redirected) {
      const answer = (await res
        .clone()
        .json()
        .catch(() => ({}))) as { duplicate?: Duplicate };
      if (answer.duplicate) {
        askDuplicate(field, answer.duplicate, select.dataset.ref === 'people' ? w.pickPerson : w.pickOrganization);
        return;
      }
    }
    if (!res.ok || res.redirected) {
      messageOf(field, 'error', res.redirected ? w.expired : await refusal(res, w, 'createFailed'));
      return;
    }
    const created = (await res.json()) as { id: string; label: string };
    choose(select, created.id, created.label);
    for (const input of inputs) input.value = '';
    details.open = false;
    messageOf(field, 'info', w.created.replace('{label}', created.label));
  });
}
