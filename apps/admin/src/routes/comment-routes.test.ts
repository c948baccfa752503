import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../forms/entities.js';
import { Client, type Harness, signedInHarness, startHarness } from '../testing/harness.js';

const SEED_BY_ROUTE: Record<string, string> = {
  events: SEED_IDS.event,
  organizations: SEED_IDS.fise,
  authorities: SEED_IDS.powiatWolominski,
  venues: SEED_IDS.venue,
  people: SEED_IDS.khediAlieva,
  grants: SEED_IDS.grant,
  posts: SEED_IDS.post,
  cooperations: SEED_IDS.cooperationWolomin,
};

let h: Harness;
let reviewer: Client;
beforeAll(async () => {
  ({ h, client: reviewer } = await signedInHarness('reviewer'));
});
afterAll(() => h?.close());

describe('comments', () => {
  for (const def of ENTITIES)
    it(`a reviewer comments on a ${def.kind} from its history page; it is listed with author and time`, async () => {
      const id = SEED_BY_ROUTE[def.route] ?? '';
      await reviewer.request(`/${def.route}/${id}/history`);
      const body = `Uwaga recenzenta do ${def.kind}: <b>sprawdzić</b> & „poprawić”`;
      const res = await reviewer.post(`/${def.route}/${id}/comments`, { body, from: 'history' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/${def.route}/${id}/history?done=commented#comments`);
      const stored = await h.store.comments.list(def.kind, id);
      expect(stored.map((c) => [c.authorId, c.body])).toEqual([[h.users.reviewer.id, body]]);
      for (const page of [`/${def.route}/${id}/history?done=commented`, `/${def.route}/${id}`]) {
        const html = (await reviewer.request(page)).text;
        expect(html).toContain('Uwaga recenzenta do');
        expect(html).toContain('&lt;b&gt;sprawdzić&lt;/b&gt; &amp; „poprawić”');
        expect(html).toContain('Test reviewer &lt;reviewer@mosty.test&gt;');
        expect(html).toContain(`datetime="${stored[0]?.at}"`);
      }
      expect((await reviewer.request(`/${def.route}/${id}/history?done=commented`)).text).toContain(
        'Komentarz dodany.',
      );
    });

  it('lists comments oldest first, each with its own author, and returns to the edit page when posted there', async () => {
    const editor = await h.signIn('editor');
    await editor.request(`/venues/${SEED_IDS.venue}`);
    const res = await editor.post(`/venues/${SEED_IDS.venue}/comments`, { body: 'Odpowiedź redaktora', from: 'edit' });
    expect(res.headers.get('location')).toBe(`/venues/${SEED_IDS.venue}?done=commented#comments`);
    const html = (await editor.request(`/venues/${SEED_IDS.venue}`)).text;
    const first = html.indexOf('Uwaga recenzenta do venue');
    const second = html.indexOf('Odpowiedź redaktora');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain('Test editor &lt;editor@mosty.test&gt;');
  });

  it('refuses an empty or too long comment with 400, says why and how long it was, and stores nothing', async () => {
    const id = SEED_IDS.fise;
    const before = (await h.store.comments.list('organization', id)).length;
    await reviewer.request(`/organizations/${id}`);
    for (const body of ['', '   ']) {
      const res = await reviewer.post(`/organizations/${id}/comments`, { body });
      expect(res.status).toBe(400);
      expect(res.text).toContain('Komentarz jest pusty: wpisz od 1 do 5000 znaków. Niczego nie zapisano.');
    }
    const tooLong = await reviewer.post(`/organizations/${id}/comments`, { body: 'x'.repeat(5001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain(
      'Komentarz ma 5001 znaków, a może mieć najwyżej 5000. Skróć go: niczego nie zapisano, wpisany tekst jest w polu.',
    );
    const english = await h.signIn('reviewer');
    await english.request('/lang/en');
    await english.request(`/organizations/${id}`);
    const res = await english.post(`/organizations/${id}/comments`, { body: 'y'.repeat(5002) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('The comment has 5,002 characters, and may have at most 5,000.');
    expect((await h.store.comments.list('organization', id)).length).toBe(before);
  });

  it('gives a refused comment back in its field, marked, so nothing typed is lost', async () => {
    const id = SEED_IDS.fise;
    await reviewer.request(`/organizations/${id}`);
    const typed = `\nPierwsza linia <b>ważna</b>\n${'z'.repeat(5000)}`;
    const res = await reviewer.post(`/organizations/${id}/comments`, { body: typed });
    expect(res.status).toBe(400);
    const field = /<textarea id="comment-body"[^>]*>([\s\S]*?)<\/textarea>/.exec(res.text);
    expect(field?.[0]).toContain('aria-invalid="true"');
    expect(field?.[0]).toContain('aria-describedby="comment-body-error"');
    // The HTML parser drops the newline right after <textarea>: the one typed first survives behind it.
    expect(field?.[1]).toBe(`\n\nPierwsza linia &lt;b&gt;ważna&lt;/b&gt;\n${'z'.repeat(5000)}`);
    expect(res.text).toContain('<p class="error" id="comment-body-error">Komentarz ma 5028 znaków');
  });

  it('counts a line break as one character, as the browser does: 4,999 visible characters sent with CRLF are saved', async () => {
    const id = SEED_IDS.fise;
    await reviewer.request(`/organizations/${id}`);
    // 2,500 lines of one character: 2,500 + 2,499 breaks = 4,999 characters in the box, 7,498 bytes as sent.
    const lines = Array.from({ length: 2500 }, (_, i) => String(i % 10));
    const res = await reviewer.post(`/organizations/${id}/comments`, { body: lines.join('\r\n') });
    expect(res.status).toBe(303);
    const stored = await h.store.comments.list('organization', id);
    expect(stored.at(-1)?.body).toBe(lines.join('\n'));
    // One more line is over the limit, and said to be 5,001 characters.
    const over = await reviewer.post(`/organizations/${id}/comments`, { body: [...lines, 'x'].join('\r\n') });
    expect(over.status).toBe(400);
    expect(over.text).toContain('Komentarz ma 5001 znaków');
  });

  it('answers 404 for a record that does not exist and 401 without a session', async () => {
    await reviewer.request('/events');
    expect((await reviewer.post('/events/no-such-event/comments', { body: 'x' })).status).toBe(404);
    const anonymous = new Client(h.url);
    await anonymous.request('/login');
    expect((await anonymous.post(`/events/${SEED_IDS.event}/comments`, { body: 'x' })).status).toBe(401);
  });
});

describe('the time of a comment', () => {
  it('is written as the rest of the admin writes times, in Warsaw: "27 listopada 2026, 20:56"', async () => {
    const fixed = await startHarness({ now: () => new Date('2026-11-27T19:56:30Z') });
    try {
      const editor = await fixed.signIn('editor');
      await editor.request(`/venues/${SEED_IDS.venue}`);
      await editor.post(`/venues/${SEED_IDS.venue}/comments`, { body: 'Sprawdzone.', from: 'edit' });
      const timeOf = async (client: Client) =>
        /<time datetime="2026-11-27T19:56:30[^"]*">([^<]*)<\/time>/.exec(
          (await client.request(`/venues/${SEED_IDS.venue}`)).text,
        )?.[1];
      expect(await timeOf(editor)).toBe('27 listopada 2026, 20:56');
      const english = await fixed.signIn('editor');
      await english.request('/lang/en');
      expect(await timeOf(english)).toBe('27 November 2026, 20:56');
    } finally {
      await fixed.close();
    }
  });
});
