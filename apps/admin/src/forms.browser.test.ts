import { SEED_IDS } from '@org/demo';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './testing/chromium.js';
import { type Harness, startHarness } from './testing/harness.js';
import { loginInBrowser } from './testing/login-in-browser.js';

/** The admin's forms in Chromium with the browser bundle: what staff see as they fill them. */
let h: Harness;
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  await loginInBrowser(page, h, h.users.editor);
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

/** Whether the form field of `id` (its `.field`, or its fieldset) is shown. */
const shown = (id: string) => page.locator(`#${id}`).isVisible();

describe('the agenda editor keeps keyboard focus', () => {
  /** The focused element: its id, its move direction or what it is, and the title of the item holding it. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const item = el?.closest('[data-agenda-item]');
      const title = item?.querySelector<HTMLInputElement>('input[name$="].title"]')?.value ?? null;
      return {
        id: el?.id ?? '',
        button:
          el?.tagName === 'BUTTON' ? [...el.attributes].map((a) => a.name).find((n) => n.startsWith('data-')) : null,
        move: el?.getAttribute('data-move') ?? null,
        title,
      };
    });
  const press = async (selector: string) => {
    await page.focus(selector);
    await page.keyboard.press('Enter');
  };

  it('after adding, moving and removing items and people', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    const firstOf0 =
      (await page.evaluate(
        () => document.querySelector('[data-agenda-item] select, [data-agenda-item] input:not([type=hidden])')?.id,
      )) ?? '';
    expect(firstOf0).toMatch(/^f-agenda-0-/);
    const firstOf = (i: number) => firstOf0.replace('f-agenda-0-', `f-agenda-${i}-`);
    await page.fill('#f-agenda-0-title', 'Pierwszy');
    // Dodaj punkt: the new item's first field.
    await press('[data-add-item]');
    expect((await focused()).id).toBe(firstOf(1));
    await page.fill('#f-agenda-1-title', 'Drugi');
    // W górę: the same button of the moved item.
    await press('[data-agenda-item]:nth-child(2) [data-move="up"]');
    expect(await focused()).toMatchObject({ move: 'up', title: 'Drugi' });
    expect(await page.inputValue('#f-agenda-0-title')).toBe('Drugi');
    // W dół: likewise.
    await page.keyboard.press('Tab');
    expect((await focused()).move).toBe('down');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ move: 'down', title: 'Drugi' });
    expect(await page.inputValue('#f-agenda-1-title')).toBe('Drugi');
    // Usuń: the neighbouring item (the next, or the previous for the last one).
    await press('[data-agenda-item]:nth-child(1) [data-remove-item]');
    expect(await focused()).toMatchObject({ id: firstOf(0), title: 'Drugi' });
    // The last item left is cleared, not removed: focus goes to "Dodaj punkt".
    await press('[data-agenda-item]:nth-child(1) [data-remove-item]');
    expect((await focused()).button).toBe('data-add-item');
    expect(await page.inputValue('#f-agenda-0-title')).toBe('');
    // Dodaj osobę: the new person's first field; Usuń on a person: the neighbour, then "Dodaj osobę".
    await page.selectOption('#f-agenda-0-kind', 'panel');
    await press('[data-agenda-item]:nth-child(1) [data-add-person]');
    const person = (await focused()).id;
    expect(person).toMatch(/^f-agenda-0-people-1-/);
    await press('[data-agenda-item]:nth-child(1) [data-person]:nth-child(2) [data-remove-person]');
    expect((await focused()).id).toBe(person.replace('people-1', 'people-0'));
    await press('[data-agenda-item]:nth-child(1) [data-person]:nth-child(1) [data-remove-person]');
    expect((await focused()).button).toBe('data-add-person');
  });
});

describe('the agenda editor heads each item by its kind', () => {
  const legend = (n: number) =>
    page.locator(`[data-agenda-item]:nth-child(${n}) > fieldset > legend`).first().textContent();

  it('follows the kind select and the title, also on an item added with „Dodaj punkt”', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    // The blank item has no kind chosen yet: it is no panel until staff say so.
    expect(await legend(1)).toBe('1. Nowy punkt');
    expect(await page.inputValue('#f-agenda-0-kind')).toBe('');
    await page.selectOption('#f-agenda-0-kind', 'panel');
    expect(await legend(1)).toBe('1. Panel');
    await page.click('[data-add-item]');
    expect(await legend(2)).toBe('2. Nowy punkt');
    await page.selectOption('#f-agenda-1-kind', 'discussion');
    expect(await legend(2)).toBe('2. Dyskusja');
    await page.selectOption('#f-agenda-1-kind', 'break');
    expect(await legend(2)).toBe('2. Przerwa');
    await page.fill('#f-agenda-0-title', 'Sprawny urząd');
    await page.locator('#f-agenda-0-title').blur();
    expect(await legend(1)).toBe('1. Panel: Sprawny urząd');
    await page.selectOption('#f-agenda-0-kind', 'presentation');
    expect(await legend(1)).toBe('1. Prezentacja: Sprawny urząd');
  });
});

describe('the agenda problems', () => {
  it('say none were found rather than stand as an empty heading, and list one as soon as it appears', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    const none = page.locator('[data-agenda-none]');
    expect(await none.isVisible()).toBe(true);
    expect(await none.textContent()).toBe('Nie znaleziono problemów programu.');
    await page.fill('#f-startsAt', '2026-11-26T10:00');
    await page.fill('#f-endsAt', '2026-11-26T15:00');
    await page.selectOption('#f-agenda-0-kind', 'break');
    await page.fill('#f-agenda-0-title', 'Przerwa kawowa');
    await page.fill('#f-agenda-0-startsAt', '2026-11-26T16:00');
    await page.fill('#f-agenda-0-endsAt', '2026-11-26T17:00');
    await page.locator('#f-agenda-0-endsAt').dispatchEvent('change');
    await expect
      .poll(() => page.locator('[data-agenda-problems] li').allTextContents())
      .toEqual(['Punkt „1. Przerwa kawowa” wykracza poza czas wydarzenia.']);
    expect(await none.isVisible()).toBe(false);
    // Named as the item's legend heads it: by number and kind without a title, not by a bare number.
    await page.fill('#f-agenda-0-title', '');
    await page.locator('#f-agenda-0-title').dispatchEvent('change');
    await expect
      .poll(() => page.locator('[data-agenda-problems] li').allTextContents())
      .toEqual(['Punkt „1. Przerwa” wykracza poza czas wydarzenia.']);
  });
});

describe('the agenda editor keeps what describes each field', () => {
  it("renames a field's hint with the field and keeps it in the description, after adding and moving items", async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    // Topics have a hint (FieldControl's `…-hint`, read before the error): the renumbering is seen to keep it.
    const described = (i: number) =>
      page.evaluate((name) => {
        const box = document.querySelector<HTMLElement>(`[name="${name}"]`);
        const ids = (box?.getAttribute('aria-describedby') ?? '').split(' ');
        return {
          id: box?.id,
          describedBy: ids,
          texts: ids.map((id) =>
            document.getElementById(id)?.closest('.field') === box?.closest('.field') ? id : null,
          ),
          hint: document.getElementById(ids[0] ?? '')?.textContent ?? null,
        };
      }, `agenda[${i}].topics`);
    await page.click('[data-add-item]');
    await page.locator('[data-agenda-item]:nth-child(2) [data-move="up"]').click();
    for (const i of [0, 1]) {
      const field = await described(i);
      expect(field.describedBy).toEqual([`${field.id}-hint`, `${field.id}-error`]);
      // Both ids are of this field's own hint and error, not of the item it was copied from.
      expect(field.texts).toEqual(field.describedBy);
      expect(field.hint).toBe(
        'Jeden w wierszu. Myślnik lub punktor na początku wiersza (np. „– ” z wklejonego tekstu) jest pomijany: strona sama pokazuje listę.',
      );
    }
    // A field with no hint is described by its error alone.
    expect((await page.getAttribute('#f-agenda-1-title', 'aria-describedby')) ?? '').toBe('f-agenda-1-title-error');
  });
});

describe('at 375 px (a phone)', () => {
  /** How far the page runs past the window, and what sticks out furthest. */
  const overflow = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const widest = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => !el.closest('.table-scroll') || el.matches('.table-scroll'))
        .map((el) => ({
          el: `${el.tagName.toLowerCase()}#${el.id}.${el.className}`,
          right: el.getBoundingClientRect().right,
        }))
        .sort((a, b) => b.right - a.right)[0];
      return {
        scroll: document.documentElement.scrollWidth - width,
        widest: widest && widest.right > width ? widest.el : null,
      };
    });

  it('the event form and the event list fit the width; the list scrolls in its own labelled region', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await page.goto(`${h.url}/events/${SEED_IDS.event}`);
      await page.waitForSelector('html.js');
      expect(await overflow()).toEqual({ scroll: 0, widest: null });
      await page.goto(`${h.url}/events/new`);
      await page.waitForSelector('html.js');
      expect(await overflow()).toEqual({ scroll: 0, widest: null });
      await page.goto(`${h.url}/events`);
      expect(await overflow()).toEqual({ scroll: 0, widest: null });
      const region = page.getByRole('region', { name: /Wydarzenia: tabela/ });
      expect(await region.locator('th', { hasText: 'Status' }).count()).toBe(1);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('at 320 px (WCAG reflow) every table scrolls in its own labelled region and the list filters fit', async () => {
    const admin = await browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const at320 = await admin.newPage();
      await loginInBrowser(at320, h, h.users.administrator);
      const pages: [string, RegExp][] = [
        ['/audit', /^Dziennik zmian: tabela/],
        [`/events/${SEED_IDS.event}/history`, /^Historia: tabela/],
        [`/events/${SEED_IDS.event}/people`, /^Uczestnicy i prelegenci: tabela/],
        ['/users', /^Użytkownicy: tabela/],
        ['/organizations', /^Organizacje: tabela/],
      ];
      for (const [path, name] of pages) {
        await at320.goto(`${h.url}${path}`);
        const fits = await at320.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const out = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => !el.closest('.table-scroll') || el.matches('.table-scroll'))
            .filter((el) => el.getBoundingClientRect().right > width + 1)
            .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`);
          return { scroll: document.documentElement.scrollWidth - width, out: out.slice(0, 3) };
        });
        expect({ path, ...fits }).toEqual({ path, scroll: 0, out: [] });
        expect(await at320.getByRole('region', { name }).locator('table').count()).toBe(1);
      }
    } finally {
      await admin.close();
    }
  });
});

describe('the agenda editor shows the fields of each kind', () => {
  it('shows questions for a panel and topics for a discussion, and keeps a misfit field shown while it holds data', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    // The blank item has no kind: no panel's questions and moderator, no discussion's topics.
    expect(await shown('f-agenda-0-questions')).toBe(false);
    expect(await shown('f-agenda-0-moderator-personId')).toBe(false);
    expect(await shown('f-agenda-0-topics')).toBe(false);
    // A panel: questions and a moderator, no topics or format.
    await page.selectOption('#f-agenda-0-kind', 'panel');
    expect(await shown('f-agenda-0-questions')).toBe(true);
    expect(await shown('f-agenda-0-moderator-personId')).toBe(true);
    expect(await shown('f-agenda-0-topics')).toBe(false);
    expect(await shown('f-agenda-0-format')).toBe(false);
    await page.selectOption('#f-agenda-0-kind', 'discussion');
    expect(await shown('f-agenda-0-questions')).toBe(false);
    expect(await shown('f-agenda-0-topics')).toBe(true);
    expect(await shown('f-agenda-0-format')).toBe(true);
    expect(await shown('f-agenda-0-moderator-personId')).toBe(false);
    await page.selectOption('#f-agenda-0-kind', 'break');
    expect(await shown('f-agenda-0-people-0-personId')).toBe(false);
    // Questions typed on a panel, then the kind changed: the questions stay in view, marked, with the reason.
    await page.selectOption('#f-agenda-0-kind', 'panel');
    await page.fill('#f-agenda-0-questions', 'Co dalej?');
    await page.selectOption('#f-agenda-0-kind', 'presentation');
    expect(await shown('f-agenda-0-questions')).toBe(true);
    expect(await page.locator('.field:has(#f-agenda-0-questions)').getAttribute('class')).toContain('misfit');
    await expect
      .poll(() => page.textContent('#f-agenda-0-kind-error'))
      .toMatch(/^Rodzaj: „prezentacja” nie ma pól: pytania/);
    // Cleared, it goes away.
    await page.fill('#f-agenda-0-questions', '');
    await page.selectOption('#f-agenda-0-kind', 'presentation');
    expect(await shown('f-agenda-0-questions')).toBe(false);
  });
});

describe('after the server refuses a form', () => {
  const submit = async () => {
    await page.focus('form.entity-form button[type="submit"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  };

  it('says an event ends before it starts as staff type, beside the empty title, not once the title is filled', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    await page.focus('#f-title');
    await page.fill('#f-startsAt', '2026-12-03T12:00');
    await page.fill('#f-endsAt', '2026-12-03T10:00');
    await page.focus('#f-summary');
    await expect.poll(() => page.textContent('#f-endsAt-error')).toBe('Koniec: musi być później niż początek.');
    expect(await page.textContent('#f-title-error')).toBe('Tytuł: to pole jest wymagane.');
    expect(await page.getAttribute('#f-endsAt', 'aria-invalid')).toBe('true');
  });

  it('titles the page "Błąd: …", focuses a summary that links to each field, and keeps the field errors until fixed', async () => {
    await page.goto(`${h.url}/organizations/new`);
    await page.fill('#f-name', 'Fundacja Test Dostępności');
    await page.selectOption('#f-legalForm', 'fundacja');
    await page.fill('#f-nip', '5252087228');
    // Sent without a blur of the NIP field first, as a keyboard user pressing Enter in it would.
    await page.focus('#f-nip');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await page.title()).toMatch(/^Błąd: /);
    await page.waitForSelector('html.js');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.getAttribute('#error-summary', 'role')).toBe('alert');
    const link = page.locator('#error-summary a[href="#f-nip"]');
    expect(await link.textContent()).toContain('NIP');
    const nipError = () => page.textContent('#f-nip-error');
    expect(await nipError()).toContain('NIP');
    // Another field edited: the NIP keeps its error and aria-invalid.
    await page.fill('#f-regon', '1');
    await page.focus('#f-name');
    expect(await nipError()).toContain('NIP');
    expect(await page.getAttribute('#f-nip', 'aria-invalid')).toBe('true');
    // The link leads to the field.
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-nip');
    await page.fill('#f-nip', '5252087227');
    await page.fill('#f-regon', '');
    await page.focus('#f-name');
    await expect.poll(nipError).toBe('');
    expect(await page.getAttribute('#f-nip', 'aria-invalid')).toBeNull();
  });

  it('keeps an error only the server knows (a taken slug) until that field is changed', async () => {
    const taken = (await h.store.organizations.get(SEED_IDS.fise))?.slug ?? '';
    await page.goto(`${h.url}/organizations/new`);
    await page.fill('#f-name', 'Fundacja Druga Dostępności');
    await page.selectOption('#f-legalForm', 'fundacja');
    await page.fill('#f-slug', taken);
    await submit();
    expect(await page.title()).toMatch(/^Błąd: /);
    await page.waitForSelector('html.js');
    const slugError = () => page.textContent('#f-slug-error');
    expect(await slugError()).toContain('jest już zajęty przez');
    await page.fill('#f-name', 'Fundacja Druga Dostępności i Spółka');
    await page.focus('#f-shortName');
    expect(await slugError()).toContain('jest już zajęty przez');
    expect(await page.getAttribute('#f-slug', 'aria-invalid')).toBe('true');
    await page.fill('#f-slug', 'fundacja-druga-dostepnosci');
    await page.focus('#f-shortName');
    await expect.poll(slugError).toBe('');
  });
});

describe('relation pickers in agenda items added in the browser', () => {
  it('search and create inline in an item added with "Dodaj punkt", and say why a creation was refused', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    await page.click('button[data-add-item]');
    const item = page.locator('[data-agenda-item]').nth(1);
    const select = item.locator('select[name="agenda[1].people[0].personId"]');
    const before = await select.locator('option').count();
    await item.locator('[data-person] .field:has(select[data-ref="people"]) input.ref-search').fill('Alieva');
    await expect.poll(() => select.locator('option').count()).toBeLessThan(before);
    expect(await select.locator('option').allTextContents()).toContain('Khedi Alieva');
    // Inline creation in the new item: created, chosen, said.
    const inline = item.locator('[data-person] .field:has(select[data-ref="people"]) details.inline-create');
    await inline.locator('summary').click();
    await inline.locator('input[data-key="givenName"]').fill('Nowa');
    await inline.locator('input[data-key="familyName"]').fill('Panelistka');
    await inline.locator('button[data-inline-add]').click();
    await expect.poll(() => select.inputValue()).not.toBe('');
    const created = await h.store.people.get(await select.inputValue());
    expect([created?.givenName, created?.familyName]).toEqual(['Nowa', 'Panelistka']);
    expect(await item.locator('[data-picker-message]').first().textContent()).toBe(
      'Utworzono i wybrano: Nowa Panelistka.',
    );
    // A refused one (no family name) says why, beside the field, and selects nothing new.
    await inline.locator('summary').click();
    await inline.locator('input[data-key="givenName"]').fill('Bez');
    await inline.locator('button[data-inline-add]').click();
    await expect.poll(() => item.locator('[data-picker-message].error').first().textContent()).toContain('Nazwisko');
    expect(await select.inputValue()).toBe(created?.id);
  });

  it('asks before creating inline an organisation named as a live one, and creates it only when confirmed', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    const field = page.locator('.field:has(#f-organizerId)');
    const inline = field.locator('details.inline-create');
    const before = (await h.store.organizations.list({ limit: 1 })).total;
    await inline.locator('summary').click();
    await inline.locator('input[data-key="name"]').fill('fundacja inicjatyw spoleczno-ekonomicznych');
    await inline.locator('button[data-inline-add]').click();
    const question = field.locator('[data-picker-message]');
    await expect
      .poll(() => question.textContent())
      .toBe(
        'Istnieje już organizacja o tej nazwie: Fundacja Inicjatyw Społeczno-Ekonomicznych. Wybierz tę organizację Zapisać mimo to? Tak, to ktoś lub coś innego: zapisz mimo to',
      );
    expect(await question.locator('a').getAttribute('href')).toBe(`/organizations/${SEED_IDS.fise}`);
    expect((await h.store.organizations.list({ limit: 1 })).total).toBe(before);
    expect(await page.inputValue('#f-organizerId')).toBe('');
    // Confirmed: created with the name as typed, chosen, said.
    await question.locator('button[data-inline-confirm]').click();
    await expect.poll(() => page.inputValue('#f-organizerId')).not.toBe('');
    const created = await h.store.organizations.get(await page.inputValue('#f-organizerId'));
    expect(created?.name).toBe('fundacja inicjatyw spoleczno-ekonomicznych');
    expect(created?.id).not.toBe(SEED_IDS.fise);
    expect(await question.textContent()).toBe('Utworzono i wybrano: fundacja inicjatyw spoleczno-ekonomicznych.');
    // A question goes away once the name it asked about is changed.
    await inline.locator('summary').click();
    await inline.locator('input[data-key="name"]').fill('Fundacja Inicjatyw Społeczno-Ekonomicznych');
    await inline.locator('button[data-inline-add]').click();
    await expect.poll(() => question.locator('button[data-inline-confirm]').count()).toBe(1);
    await inline.locator('input[data-key="name"]').fill('Fundacja Inicjatyw Społeczno-Ekonomicznych i Spółka');
    expect(await question.count()).toBe(0);
  });

  it('offers the live person of the name typed in "Utwórz osobę", and chooses them instead of making a second', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    await page.selectOption('#f-agenda-0-kind', 'panel');
    const field = page.locator('.field:has(#f-agenda-0-people-0-personId)');
    const inline = field.locator('details.inline-create');
    const before = (await h.store.people.list({ limit: 1 })).total;
    await inline.locator('summary').click();
    await inline.locator('input[data-key="givenName"]').fill('khedi');
    await inline.locator('input[data-key="familyName"]').fill('ALIEVA');
    await inline.locator('button[data-inline-add]').click();
    const question = field.locator('[data-picker-message]');
    await expect
      .poll(() => question.textContent())
      .toBe(
        'Istnieje już osoba o tym imieniu i nazwisku: Khedi Alieva. Wybierz tę osobę Zapisać mimo to? Tak, to ktoś lub coś innego: zapisz mimo to',
      );
    await question.locator('button[data-inline-pick]').click();
    await expect.poll(() => page.inputValue('#f-agenda-0-people-0-personId')).toBe(SEED_IDS.khediAlieva);
    expect(await question.textContent()).toBe('Wybrano istniejącą: Khedi Alieva.');
    expect(await inline.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await inline.locator('input[data-key="givenName"]').inputValue()).toBe('');
    expect((await h.store.people.list({ limit: 1 })).total).toBe(before);
  });

  it('says so when a search fails because the session ended', async () => {
    const other = await browser.newContext();
    const tab = await other.newPage();
    await loginInBrowser(tab, h, h.users.editor);
    await tab.goto(`${h.url}/events/new`);
    await tab.waitForSelector('html.js');
    await other.clearCookies();
    // Named by the field's label, without its required marker.
    const summary = tab.locator('.field:has(#f-organizerId) details.inline-create summary');
    expect(await summary.textContent()).toBe('Utwórz organizację');
    expect(await summary.getAttribute('aria-label')).toBe('Utwórz organizację (Organizator)');
    expect(await tab.locator('.field:has(#f-organizerId) input.ref-search').getAttribute('aria-label')).toBe(
      'Szukaj: Organizator',
    );
    await tab.locator('.field:has(#f-organizerId) input.ref-search').fill('FISE');
    await expect
      .poll(() => tab.locator('.field:has(#f-organizerId) [data-picker-message]').textContent())
      .toContain('Sesja wygasła');
    await other.close();
  });
});

describe('the comment box', () => {
  it('saves 4,999 characters typed with line breaks: the browser sends each break as CRLF but counts it as one', async () => {
    await page.goto(`${h.url}/venues/${SEED_IDS.venue}`);
    // 2,500 lines of one character: 4,999 characters in the box, under its maxlength of 5,000.
    const lines = Array.from({ length: 2500 }, (_, i) => String(i % 10));
    await page.locator('#comment-body').evaluate((box, text) => {
      (box as HTMLTextAreaElement).value = text;
    }, lines.join('\n'));
    expect(
      await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('textarea#comment-body')?.textLength),
    ).toBe(4999);
    await page.click('form.comment-form button[type="submit"]');
    await page.waitForURL(/done=commented/);
    const stored = await h.store.comments.list('venue', SEED_IDS.venue);
    expect(stored.at(-1)?.body).toBe(lines.join('\n'));
  });
});

describe('sending a form and leaving it', () => {
  it('after the first submit „Zapisz” is disabled and a second submit is not sent', async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${h.url}/organizations/new`);
      await tab.waitForSelector('html.js');
      await tab.fill('#f-name', 'Fundacja Dwóch Kliknięć');
      await tab.selectOption('#f-legalForm', 'fundacja');
      // The answer goes to a frame, so the page stays as it is while it is awaited, as with a slow answer.
      await tab.evaluate(() => {
        const frame = document.createElement('iframe');
        frame.name = 'answer';
        document.body.append(frame);
        document.querySelector<HTMLFormElement>('form.entity-form')?.setAttribute('target', 'answer');
      });
      let posts = 0;
      tab.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/organizations/new') posts++;
      });
      const button = 'form.entity-form button[type="submit"]';
      await tab.click(button);
      await expect
        .poll(() => tab.evaluate((b) => document.querySelector<HTMLButtonElement>(b)?.disabled, button))
        .toBe(true);
      await tab.evaluate(() => document.querySelector<HTMLFormElement>('form.entity-form')?.requestSubmit());
      // Answered (303, shown nowhere: the admin is never framed), and one organisation of that name made.
      await expect
        .poll(async () =>
          (await h.store.organizations.list({ limit: 200 })).items.filter((o) => o.name === 'Fundacja Dwóch Kliknięć'),
        )
        .toHaveLength(1);
      expect(posts).toBe(1);
    } finally {
      await tab.close();
    }
  });

  it('asks before leaving a form with a changed field, and not after it is sent or when nothing changed', async () => {
    const tab = await context.newPage();
    const asked: string[] = [];
    tab.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await tab.goto(`${h.url}/organizations/new`);
    await tab.waitForSelector('html.js');
    await tab.close({ runBeforeUnload: true });
    await expect.poll(() => tab.isClosed()).toBe(true);
    expect(asked).toEqual([]);

    const edited = await context.newPage();
    edited.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await edited.goto(`${h.url}/organizations/new`);
    await edited.waitForSelector('html.js');
    await edited.click('#f-name');
    await edited.keyboard.type('Fundacja Niezapisana');
    await edited.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    // Dismissed: the page stays, with what was typed.
    expect(edited.isClosed()).toBe(false);
    expect(await edited.inputValue('#f-name')).toBe('Fundacja Niezapisana');
    await edited.selectOption('#f-legalForm', 'fundacja');
    await Promise.all([edited.waitForURL(/\?done=saved$/), edited.click('form.entity-form button[type="submit"]')]);
    await edited.close({ runBeforeUnload: true });
    await expect.poll(() => edited.isClosed()).toBe(true);
    expect(asked).toEqual(['beforeunload']);
  });
});

describe('a speaker in their own name in the agenda editor', () => {
  it('labels the box as the publication problem names it, says at the box why it cannot go with an organisation, and keeps a ticked box shown', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    await page.selectOption('#f-agenda-0-kind', 'panel');
    expect(await page.textContent('label[for="f-agenda-0-moderator-independent"]')).toBe(
      'Występuje we własnym imieniu',
    );
    expect(await page.textContent('label[for="f-agenda-0-people-0-independent"]')).toBe('Występuje we własnym imieniu');
    const error = () => page.textContent('#f-agenda-0-moderator-independent-error');
    await page.selectOption('#f-agenda-0-moderator-personId', SEED_IDS.wojciechJozwiak);
    await page.check('#f-agenda-0-moderator-independent');
    await page.selectOption('#f-agenda-0-moderator-organizationId', SEED_IDS.ktoRanoWstaje);
    await page.focus('#f-agenda-0-moderator-role');
    await expect
      .poll(error)
      .toContain('osoba występująca we własnym imieniu nie reprezentuje organizacji ani samorządu');
    expect(await page.getAttribute('#f-agenda-0-moderator-independent', 'aria-invalid')).toBe('true');
    await page.selectOption('#f-agenda-0-moderator-organizationId', '');
    await expect.poll(error).toBe('');
    // A ticked box is sent: on a kind without a moderator it stays in view, marked, until it is unticked.
    await page.selectOption('#f-agenda-0-moderator-personId', '');
    await page.selectOption('#f-agenda-0-kind', 'presentation');
    expect(await shown('f-agenda-0-moderator-independent')).toBe(true);
    await page.uncheck('#f-agenda-0-moderator-independent');
    await page.selectOption('#f-agenda-0-kind', 'presentation');
    expect(await shown('f-agenda-0-moderator-independent')).toBe(false);
    // A person added with „Dodaj osobę” starts unticked, under its own name.
    await page.check('#f-agenda-0-people-0-independent');
    await page.click('[data-agenda-item] button[data-add-person]');
    expect(await page.isChecked('#f-agenda-0-people-1-independent')).toBe(false);
    expect(await page.isChecked('#f-agenda-0-people-0-independent')).toBe(true);
  });
});

describe("a grant's funder in the browser", () => {
  it('left empty while an authority is chosen is not called missing (the save fills it), and is without one', async () => {
    await page.goto(`${h.url}/grants/new`);
    await page.waitForSelector('html.js');
    await page.focus('#f-funderName');
    await page.press('#f-funderName', 'Tab');
    await expect.poll(() => page.textContent('#f-funderName-error')).toBe('Dotujący: to pole jest wymagane.');
    await page.selectOption('#f-funderAuthorityId', SEED_IDS.wojewodztwoMazowieckie);
    await page.locator('#f-funderAuthorityId').dispatchEvent('change');
    await expect.poll(() => page.textContent('#f-funderName-error')).toBe('');
    expect(await page.getAttribute('#f-funderName', 'aria-invalid')).not.toBe('true');
  });
});
