import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, startHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = new Client(h.url);
  await admin.signIn(h.users.administrator.email);
});
afterAll(() => h?.close());

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
const errorOf = (html: string, id: string) =>
  new RegExp(`<p class="error" id="${id}-error">([^<]*)</p>`).exec(html)?.[1] ?? null;
const inputOf = (html: string, id: string) => new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
const SECRET = 'krotkie9';

describe('the new-user form', () => {
  it('is titled "Dodaj użytkownika"', async () => {
    const res = await admin.request('/users/new');
    expect(titleOf(res.text)).toBe('Dodaj użytkownika — Mosty — panel');
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

describe('the setup form', () => {
  it('after a refused password keeps e-mail and name, and never shows the password', async () => {
    const fresh = await startHarness({ users: false });
    try {
      const client = new Client(fresh.url);
      const path = `/setup/${fresh.setup.token}`;
      await client.request(path);
      const res = await client.post(path, { email: 'szefowa@mosty.test', name: 'Szefowa', password: SECRET });
      expect(res.status).toBe(400);
      expect(inputOf(res.text, 'email')).toContain('value="szefowa@mosty.test"');
      expect(inputOf(res.text, 'name')).toContain('value="Szefowa"');
      expect(errorOf(res.text, 'password')).toBe('Hasło musi mieć od 12 do 256 znaków.');
      expect(res.text).not.toContain(SECRET);
      expect(titleOf(res.text)).toMatch(/^Błąd: /);
    } finally {
      await fresh.close();
    }
  });
});
