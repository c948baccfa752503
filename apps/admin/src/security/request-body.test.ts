import { request as httpRequest } from 'node:http';
import { SEED_IDS } from '@org/demo';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, startHarness } from '../testing/harness.js';
import {
  bytesText,
  countFields,
  FORM_MAX_BYTES,
  FORM_MAX_FIELDS,
  SIGNED_OUT_MAX_BYTES,
  SIGNED_OUT_MAX_FIELDS,
  sizeOverLimitText,
  TERC_FILE_MAX_BYTES,
} from './request-body.js';

/**
 * The size limit of POST bodies (app.tsx, request-body.ts), over real HTTP: a body over the limit is refused
 * with 413 before it is read (a declared Content-Length is enough; a chunked one is cut off at the limit), for
 * anyone, signed in or not; the TERC import alone takes a larger one, and only from those who may import.
 */
let h: Harness;
let editor: Client;
beforeAll(async () => {
  h = await startHarness();
  editor = await h.signIn('editor');
});
afterAll(() => h?.close());

const MB = 1024 * 1024;

/**
 * Sends a POST's head (and `first` bytes of its body) and waits for the answer without sending the rest: an
 * answer that comes proves the server did not wait to read the body whole. `length` is the declared size, or
 * chunked without one.
 */
function postHead(
  path: string,
  options: { length?: number; first: number; cookie?: string; type?: string },
): Promise<{ status: number; text: string }> {
  const url = new URL(h.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      path,
      method: 'POST',
      headers: {
        'content-type': options.type ?? 'application/x-www-form-urlencoded',
        ...(options.length !== undefined ? { 'content-length': String(options.length) } : {}),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        req.destroy();
      });
    });
    // The server may close the connection once it has answered: the answer already came.
    req.on('error', (err) => (req.writableEnded ? undefined : reject(err)));
    req.write(`title=${'a'.repeat(options.first)}`);
  });
}

const cookieOf = (client: Client) => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

describe('a POST body over the limit', () => {
  it('is refused with 413 from its Content-Length alone, unauthenticated, before the 50 MB are sent', async () => {
    const res = await postHead('/events/new', { length: 50 * MB, first: 1000 });
    expect(res.status).toBe(413);
    expect(res.text).toContain('Sesja zakończona: niczego nie zapisano');
    expect(res.text).toContain('bez zalogowania panel odczytuje najwyżej 64 KB formularza, a przesłano 50 MB');
    expect(res.text.length).toBeLessThan(20_000);
  });

  it('is cut off at the limit when it comes chunked, without a Content-Length, and said to be over it', async () => {
    // The first write alone is over the limit; the request is never ended.
    const res = await postHead(`/events/${SEED_IDS.event}`, {
      first: FORM_MAX_BYTES + 1,
      cookie: cookieOf(editor),
    });
    expect(res.status).toBe(413);
    expect(res.text).toContain('Przesłano ponad 4 MB, najwięcej, ile przyjmuje ten formularz');
  });

  it('is refused for staff too, in their language, and nothing is saved', async () => {
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    await english.request('/events/new');
    const version = await h.store.dataVersion();
    const res = await english.post('/events/new', { title: 'x'.repeat(5 * MB) });
    expect(res.status).toBe(413);
    expect(res.text).toContain('The form is too large: nothing was saved');
    expect(res.text).toMatch(/5(\.0\d*)? MB was sent, and this form takes at most 4 MB/);
    expect(await h.store.dataVersion()).toBe(version);
  });

  it('is the largest event staff could type, with room to spare: 1.6 MB is saved', async () => {
    const text = (n: number) => {
      const pl = 'Zażółć gęślą jaźń — współpraca samorządów z organizacjami pozarządowymi w powiecie wołomińskim. ';
      return pl
        .repeat(Math.ceil(n / pl.length))
        .slice(0, n)
        .trim();
    };
    const form = new URLSearchParams({
      title: 'Największe wydarzenie',
      timeZone: 'Europe/Warsaw',
      startsAt: '2027-05-10T08:00',
      endsAt: '2027-05-12T20:00',
      organizerId: SEED_IDS.fise,
      venueId: SEED_IDS.venue,
      summary: text(1000),
      body: text(200_000),
    });
    for (let i = 0; i < 100; i++) {
      const start = new Date(Date.UTC(2027, 4, 10, 8) + i * 30 * 60_000).toISOString().slice(0, 16);
      const end = new Date(Date.UTC(2027, 4, 10, 8) + (i * 30 + 25) * 60_000).toISOString().slice(0, 16);
      const item = `agenda[${i}]`;
      form.append(`${item}.kind`, 'panel');
      form.append(`${item}.title`, text(300));
      form.append(`${item}.startsAt`, start);
      form.append(`${item}.endsAt`, end);
      form.append(`${item}.room`, text(100));
      form.append(`${item}.description`, text(2000));
      form.append(`${item}.questions`, Array.from({ length: 10 }, (_, q) => `${q}. ${text(190)}`).join('\r\n'));
      for (let j = 0; j < 5; j++) {
        form.append(`${item}.people[${j}].kind`, 'representatives');
        form.append(`${item}.people[${j}].organizationId`, SEED_IDS.fise);
        form.append(`${item}.people[${j}].description`, `${j}. ${text(290)}`);
      }
    }
    await editor.request('/events/new');
    form.set('_csrf', editor.csrf);
    const size = Buffer.byteLength(form.toString());
    expect(size).toBeGreaterThan(1.5 * MB);
    expect(size * 2.5).toBeLessThan(FORM_MAX_BYTES);
    const res = await editor.request('/events/new', { form });
    expect(res.status).toBe(303);
  }, 60_000);
});

describe('the TERC import', () => {
  const rows = (count: number) =>
    [
      'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA',
      ...Array.from({ length: count }, () => '14;65;01;9;Bemowo;delegatura;2024-01-01'),
    ].join('\n');
  const upload = async (client: Client, csv: string) => {
    await client.request('/import/terc');
    const form = new FormData();
    form.set('_csrf', client.csrf);
    form.set('file', new File([csv], 'TERC.csv', { type: 'text/csv' }));
    return client.request('/import/terc', { form });
  };

  it('takes a file larger than any form from those who may import', async () => {
    const csv = rows(150_000);
    expect(csv.length).toBeGreaterThan(FORM_MAX_BYTES * 1.2);
    const res = await upload(editor, csv);
    expect(res.status).toBe(200);
  }, 60_000);

  it('refuses a file over its own limit with 413, naming the limit', async () => {
    const res = await postHead('/import/terc', {
      length: TERC_FILE_MAX_BYTES + MB,
      first: 10,
      cookie: cookieOf(editor),
      type: 'multipart/form-data; boundary=x',
    });
    expect(res.status).toBe(413);
    expect(res.text).toContain(
      `a ten formularz przyjmuje najwyżej ${bytesText('pl', TERC_FILE_MAX_BYTES + 64 * 1024)}`,
    );
  });

  it('takes no more than any form from someone not signed in', async () => {
    const res = await postHead('/import/terc', {
      length: 5 * MB,
      first: 10,
      type: 'multipart/form-data; boundary=x',
    });
    expect(res.status).toBe(413);
    expect(res.text).toContain('bez zalogowania panel odczytuje najwyżej 64 KB formularza, a przesłano 5 MB');
  });
});

/** The reviewer's body: ~600,000 one-letter fields, as many as fit in 4 MiB. */
const manyFields = (bytes: number) => {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    parts.push(`a${i}=1`);
    size += `a${i}=1`.length + 1;
  }
  return parts.join('&').slice(0, bytes);
};

describe('a POST from someone not signed in (F1 of the security review)', () => {
  it('is read to 64 KiB at most: 4 MiB of tiny fields to /logout is refused from its Content-Length with 413', async () => {
    const res = await postHead('/logout', { length: 4 * MB - 100, first: 1000 });
    expect(res.status).toBe(413);
    expect(res.text).toContain('Sesja zakończona: niczego nie zapisano');
    expect(res.text).toContain('bez zalogowania panel odczytuje najwyżej 64 KB formularza, a przesłano 4 MB');
    expect(res.text).toContain('przyciskiem „Wstecz”');
    // Its way to sign in leads back to the form's page, not here.
    expect(res.text).toContain('href="/login?next=%2F"');
  });

  it('is cut off at 64 KiB when it comes chunked', async () => {
    const res = await postHead(`/events/${SEED_IDS.event}`, { first: SIGNED_OUT_MAX_BYTES + 1 });
    expect(res.status).toBe(413);
    expect(res.text).toContain('bez zalogowania panel odczytuje najwyżej 64 KB formularza, a przesłano więcej');
  });

  it('is refused with 413 past 5,000 fields, in its language, before it is parsed', async () => {
    const body = manyFields(SIGNED_OUT_MAX_BYTES - 1000);
    expect(countFields(new TextEncoder().encode(body), null, Number.POSITIVE_INFINITY)).toBeGreaterThan(
      SIGNED_OUT_MAX_FIELDS,
    );
    const post = (headers: Record<string, string> = {}) =>
      fetch(`${h.url}/events/${SEED_IDS.event}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
    const pl = await post();
    expect(pl.status).toBe(413);
    expect(await pl.text()).toContain('bez zalogowania panel odczytuje najwyżej 5000 pól formularza');
    const en = await post({ cookie: 'mosty_lang=en' });
    expect(en.status).toBe(413);
    expect(await en.text()).toContain('signed out, the admin reads at most 5,000 fields of a form, and more were sent');
  });

  it('still gives back a form of up to 64 KiB whose session ended', async () => {
    const gone = new Client(h.url);
    await gone.request('/login');
    const comment = 'Zażółć gęślą jaźń.\r\n'.repeat(250);
    const res = await gone.post(`/events/${SEED_IDS.event}/comments`, { body: comment });
    expect(Buffer.byteLength(new URLSearchParams({ body: comment }).toString())).toBeGreaterThan(8 * 1024);
    expect(res.status).toBe(401);
    expect(res.text).toContain('Zażółć gęślą jaźń.');
  });

  it('to /login or /setup is read to 64 KiB at most, signed in or not, and a real sign-in still works', async () => {
    const client = new Client(h.url);
    await client.request('/login');
    const big = await client.post('/login', { email: 'x@mosty.test', password: 'y', pad: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    expect(big.text).toContain('a ten formularz przyjmuje najwyżej 64 KB');
    const setup = await postHead('/setup/whatever', { length: SIGNED_OUT_MAX_BYTES + 1, first: 10 });
    expect(setup.status).toBe(413);
    await h.signIn('reviewer');
  });
});

describe('the number of fields of any form', () => {
  it('is capped at 100,000 for staff too: urlencoded, refused with 413 before it is parsed, nothing saved', async () => {
    await editor.request(`/events/${SEED_IDS.event}`);
    const version = await h.store.dataVersion();
    const body = `_csrf=${editor.csrf}&${'a&'.repeat(FORM_MAX_FIELDS)}`;
    const res = await fetch(`${h.url}/events/${SEED_IDS.event}`, {
      method: 'POST',
      headers: { cookie: cookieOf(editor), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(text).toContain('Formularz ma za dużo pól: niczego nie zapisano');
    expect(text).toContain('Formularz ma ponad 100\u00a0000 pól');
    expect(await h.store.dataVersion()).toBe(version);
  });

  it('counts the parts of a multipart form: the TERC import of 100,001 parts is refused with 413', async () => {
    await editor.request('/import/terc');
    const part = '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n';
    const body = `${part.repeat(FORM_MAX_FIELDS + 1)}--b--\r\n`;
    expect(body.length).toBeLessThan(TERC_FILE_MAX_BYTES);
    const res = await fetch(`${h.url}/import/terc`, {
      method: 'POST',
      headers: {
        cookie: cookieOf(editor),
        'content-type': 'multipart/form-data; boundary=b',
        'x-csrf-token': editor.csrf,
      },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Formularz ma ponad 100\u00a0000 pól');
  });

  it('is counted as at least as many as the parser finds, and exactly at the cap is let through', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '=', '&', '%', '2', '6', ' ', 'ż') }), (text) => {
        const found = [...new URLSearchParams(text)].length;
        expect(countFields(new TextEncoder().encode(text), null, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(
          found,
        );
      }),
    );
    const at = new TextEncoder().encode(Array.from({ length: 10 }, (_, i) => `f${i}=x`).join('&'));
    expect(countFields(at, null, 10)).toBe(10);
    expect(countFields(at, null, 9)).toBeGreaterThan(9);
    const multipart = new TextEncoder().encode(
      '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--zz\r\nContent-Disposition: form-data; name="b"\r\n\r\n2\r\n--zz--\r\n',
    );
    expect(countFields(multipart, 'zz', 10)).toBe(2);
    expect(countFields(new Uint8Array(0), null, 10)).toBe(0);
  });
});

describe('a POST that is not a readable form', () => {
  for (const type of ['application/json', 'text/plain;charset=UTF-8'])
    it(`with ${type} is refused with 415 saying the content type is not a form, not that the form expired`, async () => {
      await editor.request(`/events/${SEED_IDS.event}`);
      const version = await h.store.dataVersion();
      const res = await editor.request(`/events/${SEED_IDS.event}/comments`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-csrf-token': editor.csrf },
        form: undefined,
      });
      expect(res.status).toBe(415);
      expect(res.text).toContain('To nie jest formularz: niczego nie zapisano');
      expect(res.text).toContain(`Żądanie ma typ treści „${type}”, a panel przyjmuje tylko formularze`);
      expect(res.text).not.toContain('Formularz wygasł');
      expect(await h.store.dataVersion()).toBe(version);
    });

  it('with a body and no Content-Type is refused with 415 saying the header is missing', async () => {
    const res = await postHead(`/events/${SEED_IDS.event}/comments`, { length: 10, first: 4, type: '' });
    expect(res.status).toBe(415);
    expect(res.text).toContain('Żądanie ma treść bez nagłówka Content-Type');
  });

  it('with multipart/form-data and no boundary is refused with 400 saying so', async () => {
    await editor.request('/import/terc');
    const res = await editor.request('/import/terc', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data', 'x-csrf-token': editor.csrf },
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Nie można odczytać formularza: niczego nie zapisano');
    expect(res.text).toContain('Żądanie ma typ multipart/form-data bez parametru boundary');
  });

  it('with a broken multipart body is refused with 400 saying it is not a well-formed form', async () => {
    await editor.request('/import/terc');
    const res = await fetch(`${h.url}/import/terc`, {
      method: 'POST',
      headers: {
        cookie: cookieOf(editor),
        'content-type': 'multipart/form-data; boundary=zzz',
        'x-csrf-token': editor.csrf,
      },
      body: 'no boundary line in here',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('Nie można odczytać formularza: niczego nie zapisano');
    expect(text).toContain('Treść żądania nie jest poprawnie zakodowanym formularzem');
  });
});

describe('sizes as staff read them', () => {
  it('are written with the locale digits, in KB or MB of 1024', () => {
    expect(bytesText('pl', 4 * MB)).toBe('4 MB');
    expect(bytesText('pl', 1.6 * MB)).toBe('1,6 MB');
    expect(bytesText('en', 1.6 * MB)).toBe('1.6 MB');
    expect(bytesText('pl', 2048)).toBe('2 KB');
    expect(bytesText('en', 10)).toBe('10 B');
    expect(sizeOverLimitText('pl', 50 * MB, 4 * MB)).toEqual(['50 MB', '4 MB']);
    // Polish groups digits with a no-break space.
    expect(sizeOverLimitText('pl', 4 * MB + 10, 4 * MB)).toEqual(['4\u00a0194\u00a0314 B', '4\u00a0194\u00a0304 B']);
    expect(sizeOverLimitText('en', 4 * MB + 10, 4 * MB)).toEqual(['4,194,314 B', '4,194,304 B']);
  });
});
