import type { Locale } from '@org/domain';

const WORDS = {
  pl: { search: 'Szukaj', create: 'Utwórz nową', given: 'Imię', family: 'Nazwisko', name: 'Nazwa', add: 'Dodaj' },
  en: { search: 'Search', create: 'Create new', given: 'Given name', family: 'Family name', name: 'Name', add: 'Add' },
};

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

/**
 * Adds a search box to each relation select (by name, KRS, NIP or TERYT, through `/lookup`), and
 * for people and organisations a small inline form that creates one and selects it.
 */
export function attachRelationPickers(form: HTMLFormElement, locale: Locale): void {
  const w = WORDS[locale];
  const csrf = form.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-ref]')) {
    const ref = select.dataset.ref ?? '';
    const label = select.closest('.field')?.querySelector('label')?.textContent?.trim() ?? ref;
    const search = document.createElement('input');
    search.type = 'search';
    search.className = 'ref-search';
    search.setAttribute('aria-label', `${w.search}: ${label}`);
    search.placeholder = w.search;
    let seq = 0;
    search.addEventListener('input', async () => {
      const mine = ++seq;
      const res = await fetch(`/lookup/${ref}?q=${encodeURIComponent(search.value)}`, { credentials: 'same-origin' });
      if (!res.ok || mine !== seq) return;
      const body = (await res.json()) as { items: { id: string; label: string }[] };
      setOptions(select, body.items);
    });
    select.before(search);
    if (ref !== 'people' && ref !== 'organizations') continue;
    const details = document.createElement('details');
    details.className = 'inline-create';
    const summary = document.createElement('summary');
    summary.textContent = `${w.create}: ${label}`;
    details.append(summary);
    const inputs = (ref === 'people' ? [w.given, w.family] : [w.name]).map((text, i) => {
      const input = document.createElement('input');
      input.type = 'text';
      input.setAttribute('aria-label', text);
      input.placeholder = text;
      input.dataset.key = ref === 'people' ? (i === 0 ? 'givenName' : 'familyName') : 'name';
      details.append(input);
      return input;
    });
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = w.add;
    details.append(add);
    add.addEventListener('click', async () => {
      const body = new URLSearchParams(inputs.map((i) => [i.dataset.key ?? '', i.value]));
      body.set('_csrf', csrf);
      const res = await fetch(`/quick/${ref}`, { method: 'POST', body, credentials: 'same-origin' });
      if (!res.ok) return;
      const created = (await res.json()) as { id: string; label: string };
      const option = document.createElement('option');
      option.value = created.id;
      option.textContent = created.label;
      option.selected = true;
      select.append(option);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      details.open = false;
    });
    select.after(details);
  }
}
