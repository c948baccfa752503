/**
 * Property tests: hostile domain values (markup, `]]>`, entities, emoji, Polish letters, control
 * characters, 10 000-character bodies) through every writer, read back by the same outside parsers and
 * schemas as the example tests. Runs are few (30) and xmllint is called once per batch, to stay fast.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile } from '@org/testkit';
import { parseFeed } from '@rowanmanning/feed-parser';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../test/csv.js';
import { EN, PL, PL360 } from '../test/fixtures.js';
import { type HostileStrings, hostileStrings, hostileWorld } from '../test/hostile.js';
import { unsafeHtml } from '../test/html-scan.js';
import { writeFeed } from './feeds.js';
import { frabSchedule, frabScheduleXml } from './frab.js';
import { xmlSafe } from './html.js';
import { eventToIcs } from './ical.js';
import { eventJsonLd, organizationJsonLd } from './json-ld.js';
import { grantsTo360Giving, grantsTo360GivingCsv } from './three-sixty-giving.js';
import { frabJsonValidator } from './validate/frab-json.js';
import { schemaOrgValidator } from './validate/schema-org.js';
import { threeSixtyGivingValidator } from './validate/three-sixty-giving.js';
import { indexWorld } from './world-index.js';

const RUNS = { numRuns: 30 };
const load = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
/** What a reader may see of a text: XML-forbidden characters gone, whitespace runs as one space. */
const seen = (s: string) => xmlSafe(s).replace(/\s+/g, ' ').trim();
const setup = (s: HostileStrings) => {
  const world = hostileWorld(s);
  return { world, index: indexWorld(world), event: world.events[0]! };
};

describe('writers keep hostile text intact and output valid', () => {
  it('iCalendar: ical.js reads the title and the body-sized description back', () => {
    fc.assert(
      fc.property(hostileStrings, (s) => {
        const { index, event } = setup(s);
        const ics = eventToIcs(event, index, PL);
        for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
        expect(seen(vevent.summary)).toBe(seen(s.title));
        expect(seen(vevent.description)).toContain(seen(s.summary));
        expect(seen(vevent.location)).toContain(seen(s.venue));
      }),
      RUNS,
    );
  });

  it.each(['rss', 'atom'] as const)('%s: feed-parser reads every title back', (kind) => {
    fc.assert(
      fc.property(hostileStrings, (s) => {
        const { world, index } = setup(s);
        // In English too, where the Polish records' text is marked with xml:lang on titles and summaries.
        for (const options of [PL, EN]) {
          const feed = parseFeed(writeFeed(kind, world, index, options));
          expect(feed.items).toHaveLength(2);
          for (const item of feed.items) expect(seen(item.title ?? '')).toBe(seen(s.title));
        }
      }),
      RUNS,
    );
  });

  it('JSON Feed: JSON.parse reads titles back; content HTML is safe', () => {
    fc.assert(
      fc.property(hostileStrings, (s) => {
        const { world, index } = setup(s);
        for (const options of [PL, EN]) {
          const json = JSON.parse(writeFeed('json', world, index, options));
          for (const item of json.items) {
            expect(seen(item.title)).toBe(seen(s.title));
            // The post's body is rendered Markdown: whatever it holds, no markup but the renderer's own (and, in
            // English, the `lang` containers around the Polish records' text, each closed).
            expect(unsafeHtml(item.content_html)).toEqual([]);
            const opened = item.content_html.match(/<(div|span) lang="(pl|en)">/g) ?? [];
            expect(item.content_html.match(/<\/(div|span)>/g) ?? []).toHaveLength(opened.length);
            if (options === EN) expect(item.content_html.startsWith('<div lang="en">')).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  const vocab = sharedFile('schemas/schema.org/schemaorg-current-http.jsonld');
  it.skipIf(!vocab)('JSON-LD: valid against the schema.org vocabulary (needs shared/, skipped without it)', () => {
    const check = schemaOrgValidator(load(vocab!));
    fc.assert(
      fc.property(hostileStrings, (s) => {
        const { world, index, event } = setup(s);
        const doc = JSON.parse(JSON.stringify(eventJsonLd(event, index, PL)));
        expect(check(doc)).toEqual({ ok: true });
        expect(seen(doc.name)).toBe(seen(s.title));
        const org = organizationJsonLd(world.organizations.find((o) => o.id === event.organizerId)!, PL);
        expect(check(org)).toEqual({ ok: true });
      }),
      RUNS,
    );
  });

  const xsd = sharedFile('schemas/frab-schedule/schedule.xml.xsd');
  const frabJson = sharedFile('schemas/frab-schedule/schedule.schema.json');
  it.skipIf(!xsd || !frabJson)(
    'frab: schedule.json passes the c3voc schema; schedule.xml passes xmllint + XSD in one batch (needs shared/, skipped without it)',
    () => {
      const check = frabJsonValidator(load(frabJson!));
      const dir = mkdtempSync(join(tmpdir(), 'mosty-frab-prop-'));
      const files: string[] = [];
      fc.assert(
        fc.property(hostileStrings, (s) => {
          const { index, event } = setup(s);
          const doc = JSON.parse(JSON.stringify(frabSchedule(event, index, PL)));
          expect(check(doc)).toEqual({ ok: true });
          expect(seen(doc.schedule.conference.title)).toBe(seen(s.title));
          const file = join(dir, `s${files.length}.xml`);
          writeFileSync(file, frabScheduleXml(event, index, PL));
          files.push(file);
        }),
        RUNS,
      );
      // One xmllint process for the whole batch; it exits non-zero if any file fails.
      let output = '';
      try {
        execFileSync('xmllint', ['--noout', '--schema', xsd!, ...files], { encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        output = String((e as { stderr?: string }).stderr);
      }
      expect(output).toBe('');
    },
  );

  const pkg = sharedFile('schemas/360giving/360-giving-package-schema.json');
  const grantSchema = sharedFile('schemas/360giving/360-giving-schema.json');
  it.skipIf(!pkg || !grantSchema)(
    '360Giving: the package passes the standard schema; the CSV reads back with csv-parse (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      fc.assert(
        fc.property(hostileStrings, (s) => {
          const { world, index } = setup(s);
          const doc = JSON.parse(grantsTo360Giving(world.grants, index, PL360));
          expect(check(doc)).toEqual({ ok: true });
          expect(doc.grants[0].title).toBe(s.taskTitle);
          const [header, row] = readCsv(grantsTo360GivingCsv(world.grants, index, PL360), ',');
          expect(row![header!.indexOf('Title')]).toBe(s.taskTitle);
        }),
        RUNS,
      );
    },
  );
});
