import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FUNDING_STATEMENT, SEED_IDS } from '@org/demo';
import { type Event, type Grant, grantReportFigures } from '@org/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, signedInHarness } from '../testing/harness.js';

/** The grant report downloaded from the grant's page, opened as staff would open it. */
let h: Harness;
let reviewer: Client;
// The day after the seed event (26 November 2026, 10:00–14:00 in Warsaw): it has been held.
const clock = new Date('2026-11-27T09:00:00Z');
beforeAll(async () => {
  ({ h, client: reviewer } = await signedInHarness('reviewer', { now: () => clock }));
});
afterAll(() => h?.close());

async function download(path: string) {
  const res = await fetch(h.url + path, {
    headers: { cookie: [...reviewer.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    redirect: 'manual',
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('the grant report', () => {
  it('is offered on the grant page to staff with read access', async () => {
    const page = await reviewer.request(`/grants/${SEED_IDS.grant}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`action="/grants/${SEED_IDS.grant}/report.docx"`);
    expect(page.text).toContain(`formaction="/grants/${SEED_IDS.grant}/report.md"`);
    expect(page.text).toMatch(/<select id="report-kind" name="kind" aria-describedby="report-kind-hint">/);
    // 27 November 2026: the task runs until 15 December, so the choice says when a final report is offered.
    expect(page.text).toContain('można je pobrać od 16 grudnia 2026, gdy zadanie (do 15 grudnia 2026) się zakończy');
  });

  it('downloads as Markdown with the seed event and its totals', async () => {
    const { res, bytes } = await download(`/grants/${SEED_IDS.grant}/report.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const grant = (await h.store.grants.get(SEED_IDS.grant)) as unknown as Grant;
    const event = (await h.store.events.get(SEED_IDS.event)) as unknown as Event;
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="sprawozdanie-[a-z0-9-]+\.md"$/);
    const text = new TextDecoder().decode(bytes);
    const figures = grantReportFigures(grant, [event], { asOf: clock.toISOString() });
    expect(figures.events).toBe(1);
    expect(text).toContain('**Stan na:** 27.11.2026, 10:00');
    expect(text).toContain(event.title);
    expect(text).toContain(SEED_FUNDING_STATEMENT);
    expect(text).toMatch(new RegExp(`\\| Wydarzenia zrealizowane \\| ${figures.events} \\|`));
    // The seed gives no attendance: both totals are blanks to fill in (Markdown-escaped, in italics).
    expect(figures.eventsWithoutAttendance).toBe(1);
    expect(text).toContain('| Uczestnicy zarejestrowani | _\\[do uzupełnienia\\]_ |');
    expect(text).toContain('| Uczestnicy obecni | _\\[do uzupełnienia\\]_ |');
    expect(text).toContain('| Wydarzenia odwołane | 0 |');
    expect(text).toContain('☐ częściowe');
    const partial = new TextDecoder().decode(
      (await download(`/grants/${SEED_IDS.grant}/report.md?kind=partial`)).bytes,
    );
    expect(partial).toContain('☒ częściowe   ☐ końcowe');
    // With the attendance recorded, the totals are the event's figures.
    const stored = await h.store.events.get(SEED_IDS.event);
    if (!stored) throw new Error('seed event missing');
    const { version, createdAt: _c, updatedAt: _u, ...value } = stored;
    await h.store.events.update(SEED_IDS.event, version, { ...value, attendance: { registered: 40, attended: 31 } });
    const again = new TextDecoder().decode((await download(`/grants/${SEED_IDS.grant}/report.md`)).bytes);
    expect(again).toMatch(/\| Uczestnicy zarejestrowani \| 40 \|/);
    expect(again).toMatch(/\| Uczestnicy obecni \| 31 \|/);
  });

  it('downloads as a Word document that opens: document.xml holds the event and the statement', async () => {
    const { res, bytes } = await download(`/grants/${SEED_IDS.grant}/report.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '';
    expect(name).toMatch(/^sprawozdanie-[a-z0-9-]+\.docx$/);
    const file = join(h.dir, name);
    writeFileSync(file, bytes);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    const text = xml.replace(/<[^>]+>/g, '');
    const event = await h.store.events.get(SEED_IDS.event);
    expect(text).toContain(String(event?.title));
    expect(text).toContain(SEED_FUNDING_STATEMENT);
  });

  it('refuses a final report before the task is over: the grant page again, saying why and what to do', async () => {
    const res = await reviewer.request(`/grants/${SEED_IDS.grant}/report.md?kind=final`);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toBeNull();
    const event = await h.store.events.get(SEED_IDS.event);
    // The grant's page, the kind still chosen, the refusal beside it and pointed to from the top.
    expect(res.text).toContain(`action="/grants/${SEED_IDS.grant}/report.docx"`);
    expect(res.text).toContain('<option value="final" selected="">');
    expect(res.text).toContain('aria-describedby="report-kind-hint report-kind-error"');
    const error = /<p class="error" id="report-kind-error" role="alert">([^<]*)<\/p>/.exec(res.text)?.[1] ?? '';
    expect(error).toContain('Nie pobrano sprawozdania końcowego, bo zadanie jeszcze się nie zakończyło: ');
    expect(error).toContain(
      'zadanie trwa do 15 grudnia 2026 włącznie, a sprawozdanie byłoby sporządzone na 27 listopada 2026, 10:00',
    );
    expect(error).toContain('Pobierz teraz sprawozdanie częściowe albo wróć po końcowe od 16 grudnia 2026');
    expect(error).toMatch(/\.$/);
    expect(res.text).toMatch(
      /class="flash flash-error" role="alert">Nie pobrano sprawozdania końcowego: zadanie jeszcze trwa\./,
    );
    expect(res.text).not.toContain('@org/formats');
    // The seed event is over, so it is not among the reasons; the Word download is refused alike, in English too.
    expect(error).not.toContain(String(event?.title));
    reviewer.cookies.set('mosty_lang', 'en');
    try {
      const docx = await reviewer.request(`/grants/${SEED_IDS.grant}/report.docx?kind=final`);
      expect(docx.status).toBe(409);
      expect(docx.text).toContain(
        'The final report was not downloaded because the task is not over yet: the task runs until 15 December 2026 inclusive, and the report would be drawn up as of 27 November 2026, 10:00.',
      );
    } finally {
      reviewer.cookies.delete('mosty_lang');
    }
  });

  it('names the events still to come when a final report is asked for before they take place', async () => {
    const during = new Date('2026-11-26T10:00:00Z');
    const { h: other, client } = await signedInHarness('reviewer', { now: () => during });
    try {
      const event = await other.store.events.get(SEED_IDS.event);
      const res = await client.request(`/grants/${SEED_IDS.grant}/report.md?kind=final`);
      expect(res.status).toBe(409);
      expect(res.text).toContain(`wydarzenie „${String(event?.title)}” jeszcze się nie odbyło`);
    } finally {
      await other.close();
    }
  });

  it('downloads a final report once the task is over', async () => {
    // 10 January 2027: the grant's period ended on 15 December 2026, the report is due by 14 January.
    const after = new Date('2027-01-10T11:00:00Z');
    const { h: other, client } = await signedInHarness('reviewer', { now: () => after });
    try {
      const page = await client.request(`/grants/${SEED_IDS.grant}`);
      expect(page.text).not.toContain('report-kind-hint');
      const res = await client.request(`/grants/${SEED_IDS.grant}/report.md?kind=final`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(res.text).toContain('☐ częściowe   ☒ końcowe');
      expect(res.text).toContain('**Stan na:** 10.01.2027, 12:00');
      expect(res.text).toMatch(/\| Wydarzenia zrealizowane \| 1 \|/);
    } finally {
      await other.close();
    }
  });

  it('counts an event not yet over on the day of the download as planned, not realised', async () => {
    // 26 November 2026, 11:00 in Warsaw: the seed event is under way. A harness of its own, since the
    // clock of sessions is the app's clock too.
    const during = new Date('2026-11-26T10:00:00Z');
    const { h: other, client } = await signedInHarness('reviewer', { now: () => during });
    try {
      const res = await client.request(`/grants/${SEED_IDS.grant}/report.md`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('**Stan na:** 26.11.2026, 11:00');
      expect(res.text).toMatch(/\| Wydarzenia zrealizowane \| 0 \|/);
      expect(res.text).toMatch(/\| Wydarzenia zaplanowane \| 1 \|/);
    } finally {
      await other.close();
    }
  });

  it('is refused to anyone signed out, and a grant that does not exist is a 404', async () => {
    const anonymous = await new Client(h.url).request(`/grants/${SEED_IDS.grant}/report.docx`);
    expect(anonymous.status).toBe(303);
    expect((await download('/grants/nie-ma-takiej/report.md')).res.status).toBe(404);
  });
});
