import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorOf as errorOf } from '../testing/field-error.js';
import { Client, type Harness, signedInHarness, startHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  ({ h, client: admin } = await signedInHarness('administrator'));
});
afterAll(() => h?.close());

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
const inputOf = (html: string, id: string) => new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
const SECRET = 'krotkie9';

describe('the new-user form', () => {
  it('is titled "Dodaj użytkownika"', async () => {
    const res = await admin.request('/users/new');
    expect(titleOf(res.text)).toBe('Dodaj użytkownika — Mosty — panel');
  });

  it("labels the password with its minimum, the hint's words inside the brackets and no full stop", async () => {
    expect((await admin.request('/users/new')).text).toContain(
      '<label for="password">Hasło (co najmniej 12 znaków)</label>',
    );
    const english = await h.signIn('administrator');
    await english.request('/lang/en');
    expect((await english.request('/users/new')).text).toContain(
      '<label for="password">Password (at least 12 characters)</label>',
    );
  });

  it('after a refused password keeps e-mail, name and role, says why beside the field, and never shows the password', async () => {
    await admin.request('/users/new');
    const res = await admin.post('/users/new', {
      email: 'nowa.osoba@mosty.test',
      name: 'Nowa Osoba',
      role: 'editor',
      password: SECRET,
    });
    expect(res.status).toBe(400);
    expect(titleOf(res.text)).toBe('Błąd: Dodaj użytkownika — Mosty — panel');
    expect(inputOf(res.text, 'email')).toContain('value="nowa.osoba@mosty.test"');
    expect(inputOf(res.text, 'name')).toContain('value="Nowa Osoba"');
    expect(res.text).toMatch(/<option value="editor" selected/);
    expect(errorOf(res.text, 'password')).toBe('Hasło musi mieć od 12 do 256 znaków.');
    expect(inputOf(res.text, 'password')).not.toContain('value=');
    expect(inputOf(res.text, 'password')).toContain('aria-invalid="true"');
    expect(res.text).not.toContain(SECRET);
    expect(res.text).not.toContain('otrzymano');
    expect(await h.store.users.getByEmail('nowa.osoba@mosty.test')).toBeNull();
    const english = await h.signIn('administrator');
    await english.request('/lang/en');
    await english.request('/users/new');
    const inEnglish = await english.post('/users/new', {
      email: 'nowa.osoba@mosty.test',
      name: 'Nowa Osoba',
      role: 'editor',
      password: SECRET,
    });
    expect(errorOf(inEnglish.text, 'password')).toBe('A password must have 12 to 256 characters.');
  });

  it('refuses an e-mail that has an account, in Polish on the e-mail field, keeping what was typed', async () => {
    await admin.request('/users/new');
    const res = await admin.post('/users/new', {
      email: h.users.editor.email.toUpperCase(),
      name: 'Druga Osoba',
      role: 'reviewer',
      password: 'dlugie haslo do testu',
    });
    expect(res.status).toBe(409);
    expect(errorOf(res.text, 'email')).toBe('Ten adres e-mail ma już konto.');
    expect(inputOf(res.text, 'name')).toContain('value="Druga Osoba"');
    expect(res.text).toMatch(/<option value="reviewer" selected/);
    expect(res.text).not.toContain('dlugie haslo do testu');
  });

  it('lists each refused field in the error summary, linked to its control, as the entity forms do', async () => {
    await admin.request('/users/new');
    const res = await admin.post('/users/new', { email: 'nie-adres', name: ' ', role: 'editor', password: SECRET });
    expect(res.status).toBe(400);
    const summary =
      /<section class="error-summary" id="error-summary" role="alert"[\s\S]*?<\/section>/.exec(res.text)?.[0] ?? '';
    expect(summary).toContain('Formularz zawiera błędy. Popraw zaznaczone pola.');
    const links = [...summary.matchAll(/<li><a href="#([^"]+)">([^<]*)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['email', 'Podaj prawidłowy adres e-mail, np. jan.kowalski@example.org.'],
      ['name', 'Podaj imię i nazwisko (od 1 do 200 znaków).'],
      ['password', 'Hasło musi mieć od 12 do 256 znaków.'],
    ]);
    // Each link leads to a control of the form.
    for (const [id] of links) expect(res.text).toContain(`id="${id}"`);
    // Said once: the summary's heading, not also a notice above it.
    expect(res.text.split('Formularz zawiera błędy.').length - 1).toBe(1);
  });

  it('an edit with a short new password keeps name, role and the block, and never shows the password', async () => {
    const user = await h.store.users.get(h.users.reviewer.id);
    await admin.request(`/users/${h.users.reviewer.id}`);
    const res = await admin.post(`/users/${h.users.reviewer.id}`, {
      version: String(user?.version),
      name: 'Zmienione Imię',
      role: 'editor',
      disabled: 'true',
      password: SECRET,
    });
    expect(res.status).toBe(400);
    expect(inputOf(res.text, 'name')).toContain('value="Zmienione Imię"');
    expect(res.text).toMatch(/<option value="editor" selected/);
    expect(inputOf(res.text, 'disabled')).toContain('checked');
    expect(res.text).not.toContain(SECRET);
    expect((await h.store.users.get(h.users.reviewer.id))?.name).toBe(user?.name);
  });
});

describe('a stale save of a user (two tabs)', () => {
  it('answers the form again with the conflict explained, the typed values kept and the saved version shown', async () => {
    const id = h.users.editor.id;
    const opened = await h.store.users.get(id);
    await admin.request(`/users/${id}`);
    const first = await admin.post(`/users/${id}`, {
      version: String(opened?.version),
      name: 'Zapisane w pierwszej karcie',
      role: 'editor',
    });
    expect(first.status).toBe(303);
    const res = await admin.post(`/users/${id}`, {
      version: String(opened?.version),
      name: 'Wpisane w drugiej karcie',
      role: 'reviewer',
      disabled: 'true',
      password: 'nowe haslo z drugiej karty',
    });
    expect(res.status).toBe(409);
    expect(titleOf(res.text)).toMatch(/^Błąd: /);
    expect(res.text).toContain('Konflikt: ktoś inny zmienił ten rekord');
    expect(res.text).toContain('Niczego nie zapisano');
    expect(res.text).toContain('Nowego hasła nie zapisano');
    expect(res.text).toContain('Zapisane w pierwszej karcie');
    expect(inputOf(res.text, 'name')).toContain('value="Wpisane w drugiej karcie"');
    expect(res.text).toMatch(/<option value="reviewer" selected/);
    expect(inputOf(res.text, 'disabled')).toContain('checked');
    expect(res.text).not.toContain('nowe haslo z drugiej karty');
    const now = await h.store.users.get(id);
    expect(res.text).toContain(`name="version" value="${now?.version}"`);
    expect(now?.name).toBe('Zapisane w pierwszej karcie');
    expect(now?.disabled).toBe(false);
    // Saving again from that form (with the version it now carries) goes through.
    const again = await admin.post(`/users/${id}`, {
      version: String(now?.version),
      name: 'Wpisane w drugiej karcie',
      role: 'editor',
    });
    expect(again.status).toBe(303);
    expect((await h.store.users.get(id))?.name).toBe('Wpisane w drugiej karcie');
  });
});

describe('the setup form', () => {
  it('after a refused password keeps e-mail and name, and never shows the password', async () => {
    const fresh = await startHarness({ users: false });
    try {
      const client = new Client(fresh.url);
      const path = `/setup/${fresh.setup.token}`;
      const form = await client.request(path);
      expect(form.text).toContain('<label for="password">Hasło (co najmniej 12 znaków)</label>');
      const res = await client.post(path, { email: 'szefowa@mosty.test', name: 'Szefowa', password: SECRET });
      expect(res.status).toBe(400);
      expect(inputOf(res.text, 'email')).toContain('value="szefowa@mosty.test"');
      expect(inputOf(res.text, 'name')).toContain('value="Szefowa"');
      expect(errorOf(res.text, 'password')).toBe('Hasło musi mieć od 12 do 256 znaków.');
      expect(res.text).toMatch(
        /id="error-summary"[\s\S]*<li><a href="#password">Hasło musi mieć od 12 do 256 znaków\.<\/a><\/li>/,
      );
      expect(res.text).not.toContain(SECRET);
      expect(titleOf(res.text)).toMatch(/^Błąd: /);
    } finally {
      await fresh.close();
    }
  });
});

describe('the last active administrator', () => {
  const self = () => h.users.administrator.id;
  const post = async (form: Record<string, string>) => {
    const user = await h.store.users.get(self());
    await admin.request(`/users/${self()}`);
    return admin.post(`/users/${self()}`, { version: String(user?.version), name: 'Jedyna Administratorka', ...form });
  };

  it('cannot take the administrator role away from themselves: refused on the role field, typed values kept', async () => {
    const res = await post({ role: 'editor' });
    expect(res.status).toBe(409);
    expect(errorOf(res.text, 'role')).toContain('jedyny aktywny administrator');
    expect(res.text).toMatch(/<select[^>]*aria-describedby="role-error"/);
    expect(inputOf(res.text, 'name')).toContain('value="Jedyna Administratorka"');
    expect(res.text).toMatch(/<option value="editor" selected/);
    const stored = await h.store.users.get(self());
    expect(stored?.role).toBe('administrator');
    expect(stored?.name).toBe('Test administrator');
    // Still signed in and still managing users.
    expect((await admin.request('/users')).status).toBe(200);
  });

  it('cannot disable themselves either', async () => {
    const res = await post({ role: 'administrator', disabled: 'true' });
    expect(res.status).toBe(409);
    expect(errorOf(res.text, 'disabled')).toContain('Nie można zablokować jedynego aktywnego administratora');
    expect(inputOf(res.text, 'disabled')).toContain('checked');
    expect((await h.store.users.get(self()))?.disabled).toBe(false);
  });

  it('a disabled administrator does not count as another one', async () => {
    const other = await h.store.users.create({
      email: 'zablokowana.admin@mosty.test',
      name: 'Zablokowana',
      role: 'administrator',
      password: 'correct horse battery staple',
    });
    await h.store.users.update(other.id, other.version, { disabled: true });
    const res = await post({ role: 'reviewer' });
    expect(res.status).toBe(409);
    expect((await h.store.users.get(self()))?.role).toBe('administrator');
  });

  it('may give up the role once another active administrator exists', async () => {
    const other = await h.store.users.create({
      email: 'druga.admin@mosty.test',
      name: 'Druga Administratorka',
      role: 'administrator',
      password: 'correct horse battery staple',
    });
    const stored = await h.store.users.get(self());
    await admin.request(`/users/${self()}`);
    const res = await admin.post(`/users/${self()}`, {
      version: String(stored?.version),
      name: 'Test administrator',
      role: 'editor',
    });
    expect(res.status).toBe(303);
    expect((await h.store.users.get(self()))?.role).toBe('editor');
    // The other administrator is now the only one, and the rule holds for her too, from her own session.
    const second = new Client(h.url);
    await second.signIn(other.email);
    const fresh = await h.store.users.get(other.id);
    await second.request(`/users/${other.id}`);
    const refused = await second.post(`/users/${other.id}`, {
      version: String(fresh?.version),
      name: other.name,
      role: 'administrator',
      disabled: 'true',
    });
    expect(refused.status).toBe(409);
    expect((await h.store.users.get(other.id))?.disabled).toBe(false);
  });
});

describe('two administrators stepping down at the same instant', () => {
  let own: Harness;
  beforeAll(async () => {
    own = await startHarness({ seed: false });
  });
  afterAll(() => own?.close());

  // Each changes their own account, so neither request ends the other's session first: both reach the
  // store, whose check in the update's transaction lets one through. (The route's own check once let both.)
  it('one is saved, the other refused on its field with the Polish message: an administrator stays', async () => {
    const a = own.users.administrator;
    const b = await own.store.users.create({
      email: 'druga@mosty.test',
      name: 'Druga',
      role: 'administrator',
      password: 'correct horse battery staple',
    });
    const first = new Client(own.url);
    const second = new Client(own.url);
    await first.signIn(a.email);
    await second.signIn(b.email);
    await first.request(`/users/${a.id}`);
    await second.request(`/users/${b.id}`);
    const [demoteA, blockB] = await Promise.all([
      first.post(`/users/${a.id}`, { version: '1', name: 'Test administrator', role: 'editor' }),
      second.post(`/users/${b.id}`, { version: '1', name: 'Druga', role: 'administrator', disabled: 'true' }),
    ]);
    expect([demoteA.status, blockB.status].sort()).toEqual([303, 409]);
    if (demoteA.status === 409) expect(errorOf(demoteA.text, 'role')).toContain('jedyny aktywny administrator');
    else expect(errorOf(blockB.text, 'disabled')).toContain('Nie można zablokować jedynego aktywnego administratora');
    const active = (await own.store.users.list({ role: ['administrator'] })).items.filter((u) => !u.disabled);
    expect(active).toHaveLength(1);
  });
});

describe('account entries of the audit log', () => {
  it('show who, whose account and what changed to administrators only; others see the action and the time', async () => {
    const h2 = await startHarness();
    try {
      const admin2 = await h2.signIn('administrator');
      await admin2.request('/users/new');
      const created = await admin2.post('/users/new', {
        email: 'tajna.osoba@mosty.test',
        name: 'Tajna Osoba',
        role: 'editor',
        password: 'a long enough password',
      });
      expect(created.status).toBe(303);
      const editor = await h2.signIn('editor');
      await editor.request('/venues/new');
      const venue = await editor.post('/venues/new', {
        name: 'Sala z dziennika',
        'address.street': 'ul. Próbna 4',
        'address.city': 'Warszawa',
      });
      expect(venue.status).toBe(303);
      const audit = async (client: Client) => (await client.request('/audit')).text;
      const seenByAdmin = await audit(admin2);
      expect(seenByAdmin).toContain('tajna.osoba@mosty.test');
      expect(seenByAdmin).not.toContain('widzą tylko administratorzy');
      for (const role of ['reviewer', 'editor'] as const) {
        const client = await h2.signIn(role);
        const html = await audit(client);
        expect(html, role).not.toContain('tajna.osoba@mosty.test');
        expect(html, role).not.toContain('Tajna Osoba');
        expect(html, role).not.toContain('href="/users/');
        // Not even who signed in or out: each such row names no one.
        const hidden = [...html.matchAll(/<tr class="audit-hidden">([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '');
        expect(hidden.length, role).toBeGreaterThan(2);
        for (const row of hidden) {
          expect(row).toMatch(/<td>—<\/td>/);
          expect(row).toContain(
            'Zmiana konta użytkownika: kto, którego konta i co zmieniono, widzą tylko administratorzy.',
          );
        }
        // Entries about records stay whole, with who made them.
        expect(html, role).toContain('Sala z dziennika');
        expect(html, role).toContain('Test editor &lt;editor@mosty.test&gt;');
      }
      const english = await h2.signIn('reviewer');
      await english.request('/lang/en');
      expect(await audit(english)).toContain('who, whose account and what changed are shown to administrators only.');
    } finally {
      await h2.close();
    }
  });
});

describe("erasing an account's personal data (RODO art. 17)", () => {
  it('is offered for a blocked account only, asks first, and leaves the log naming "konto usunięte" by id', async () => {
    const h2 = await startHarness();
    try {
      const admin2 = await h2.signIn('administrator');
      await admin2.request('/users/new');
      const created = await admin2.post('/users/new', {
        email: 'odchodzaca.osoba@mosty.test',
        name: 'Odchodząca Osoba',
        role: 'editor',
        password: 'a long enough password',
      });
      expect(created.status).toBe(303);
      const user = (await h2.store.users.getByEmail('odchodzaca.osoba@mosty.test'))!;
      const page = `/users/${user.id}`;

      // Active: the page says to block it first, and a post to erase is refused with nothing erased.
      expect((await admin2.request(page)).text).toContain(
        'Aby usunąć dane osobowe tego konta, najpierw je zablokuj i zapisz.',
      );
      const confirm = await admin2.request(`${page}/erase`);
      expect(confirm.text).not.toContain('<button type="submit" class="danger">');
      const refused = await admin2.post(`${page}/erase`, { version: String(user.version) });
      expect(refused.status).toBe(409);
      expect(refused.text).toContain('Niczego nie usunięto: konto jest aktywne');
      expect((await h2.store.users.get(user.id))?.name).toBe('Odchodząca Osoba');

      // Blocked: the page links the confirmation, which asks before anything happens.
      await admin2.request(page);
      expect(
        (await admin2.post(page, { version: String(user.version), name: user.name, role: 'editor', disabled: 'true' }))
          .status,
      ).toBe(303);
      const blocked = (await h2.store.users.get(user.id))!;
      expect((await admin2.request(page)).text).toContain(`<a href="${page}/erase">Usuń dane osobowe tego konta…</a>`);
      const asked = await admin2.request(`${page}/erase`);
      expect(asked.text).toContain('Usunąć na stałe dane osobowe konta odchodzaca.osoba@mosty.test?');
      // A stale page (the account changed since) erases nothing.
      const stale = await admin2.post(`${page}/erase`, { version: String(user.version) });
      expect(stale.status).toBe(409);
      expect(stale.text).toContain('konto zmieniło się od chwili otwarcia tej strony');
      await admin2.request(`${page}/erase`);
      const erased = await admin2.post(`${page}/erase`, { version: String(blocked.version) });
      expect(erased.status).toBe(303);
      expect(erased.headers.get('location')).toBe(`${page}?done=erased`);

      const after = await admin2.request(`${page}?done=erased`);
      expect(after.text).toContain('Usunięto dane osobowe konta.');
      expect(after.text).toContain('Dane osobowe tego konta usunięto');
      expect(after.text).not.toContain('<form method="post" action="/users/');
      // Nothing in the admin says the name or the e-mail any more; the log names the account by its id.
      const audit = (await admin2.request('/audit')).text;
      for (const html of [audit, (await admin2.request('/users')).text, after.text]) {
        expect(html).not.toContain('Odchodząca');
        expect(html).not.toContain('odchodzaca.osoba');
      }
      expect(audit).toContain(`konto usunięte (${user.id})`);
      expect(audit).toContain('usunięcie danych osobowych');
      // It cannot be edited back, nor signed in to.
      const edit = await admin2.post(page, { version: String(blocked.version + 1), name: 'Znowu Ona', role: 'editor' });
      expect(edit.status).toBe(409);
      expect((await h2.store.users.get(user.id))?.name).not.toBe('Znowu Ona');

      const english = await h2.signIn('administrator');
      await english.request('/lang/en');
      expect((await english.request(page)).text).toContain('This account’s personal data was erased on');
      expect((await english.request('/audit')).text).toContain(`erased account (${user.id})`);
    } finally {
      await h2.close();
    }
  });
});
