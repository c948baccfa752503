import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { generated, PL, seed } from '../test/fixtures.js';
import { frabSchedule, frabScheduleJson, frabScheduleXml } from './frab.js';
import { frabJsonValidator } from './validate/frab-json.js';

const xsd = sharedFile('schemas/frab-schedule/schedule.xml.xsd');
const jsonSchema = sharedFile('schemas/frab-schedule/schedule.schema.json');
const dir = mkdtempSync(join(tmpdir(), 'mosty-frab-'));

/** xmllint's verdict on a document: its exit code and what it printed. */
export function xmllint(xml: string, schema: string): { ok: boolean; output: string } {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    return {
      ok: true,
      output: execFileSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (e) {
    const err = e as { stderr?: string };
    return { ok: false, output: String(err.stderr) };
  }
}

describe('frab schedule', () => {
  it.skipIf(!xsd)('the seed schedule.xml passes xmllint with the c3voc XSD (needs shared/, skipped without it)', () => {
    const { world, index } = seed();
    const xml = frabScheduleXml(world.events[0]!, index, PL);
    expect(xmllint(xml, xsd!)).toMatchObject({ ok: true });
    expect(xml).toMatch(/<person id="[1-9]\d*" guid="[0-9a-f-]{36}">Wojciech Jóźwiak</);
    expect(xml).toContain('Wojciech Jóźwiak');
  });

  // Ids were positions in the agenda: an inserted item renumbered every later talk, and every event's schedule
  // started at 1, so two events' talks shared ids (and people their person ids).
  it.skipIf(!xsd || !jsonSchema)(
    'talk and person ids and slugs come from the record ids: an inserted item and another event change none (needs shared/, skipped without it)',
    () => {
      const check = frabJsonValidator(JSON.parse(readFileSync(jsonSchema!, 'utf8')));
      const { world, index } = seed();
      const event = world.events[0]!;
      const first = event.agenda[0]!;
      const inserted = {
        ...event,
        agenda: [{ ...first, id: '01a19467-e800-7000-8000-0000000000ff', title: 'Powitanie kawą' }, ...event.agenda],
      };
      const other = { ...event, id: '01a19467-e800-7000-8000-0000000000fe', slug: 'drugie-spotkanie' };
      const talks = (e: typeof event) => {
        expect(check(frabSchedule(e, index, PL)), e.slug).toEqual({ ok: true });
        const xml = frabScheduleXml(e, index, PL);
        expect(xmllint(xml, xsd!), e.slug).toMatchObject({ ok: true });
        const persons = new Map([...xml.matchAll(/<person id="(\d+)" guid="([^"]+)">/g)].map((m) => [m[2]!, m[1]!]));
        const byGuid = new Map(
          Object.values(frabSchedule(e, index, PL).schedule.conference.days[0]!.rooms)
            .flat()
            .map((t) => [t.guid, { id: t.id, slug: t.slug }]),
        );
        return { byGuid, persons };
      };
      const before = talks(event);
      const after = talks(inserted);
      for (const [guid, talk] of before.byGuid) expect(after.byGuid.get(guid), guid).toEqual(talk);
      expect(new Set([...after.byGuid.values()].map((t) => t.id)).size).toBe(after.byGuid.size);
      for (const [guid, id] of before.persons) expect(after.persons.get(guid)).toBe(id);
      // Another event (the seed's event id starts its schedule as well) shares no talk id with this one.
      const otherIds = [
        ...talks({
          ...other,
          agenda: other.agenda.map((a, i) => ({ ...a, id: `${a.id.slice(0, -2)}a${i}` })),
        }).byGuid.values(),
      ].map((t) => t.id);
      for (const id of otherIds) expect([...before.byGuid.values()].map((t) => t.id)).not.toContain(id);
      const [talk] = before.byGuid.values();
      expect(talk!.slug).toMatch(/^sprawny_urzad_sprawna_organizacja-[0-9a-f]{12}-/);
      expect(talk!.id).not.toBe(1);
    },
  );

  it.skipIf(!xsd)(
    'xmllint rejects a broken schedule, so the check can fail (needs shared/, skipped without it)',
    () => {
      const { world, index } = seed();
      const xml = frabScheduleXml(world.events[0]!, index, PL).replace(
        /<duration>[^<]*<\/duration>/,
        '<duration>long</duration>',
      );
      expect(xmllint(xml, xsd!).ok).toBe(false);
    },
  );

  it.skipIf(!jsonSchema)(
    'the seed schedule.json passes the c3voc JSON schema (needs shared/, skipped without it)',
    () => {
      const check = frabJsonValidator(JSON.parse(readFileSync(jsonSchema!, 'utf8')));
      const { world, index } = seed();
      const doc = JSON.parse(frabScheduleJson(world.events[0]!, index, PL));
      expect(check(doc)).toEqual({ ok: true });
      const day = doc.schedule.conference.days[0];
      const talks = day.rooms['Centrum Wielokulturowe w Warszawie'];
      expect(talks).toHaveLength(5);
      expect(talks[0]).toMatchObject({ start: '10:00', duration: '00:15', date: '2026-11-26T10:00:00+01:00' });
      expect(talks[3].persons.map((p: { name: string }) => p.name)).toEqual([
        'Wojciech Jóźwiak',
        'Khedi Alieva',
        'Marta Skrobacka',
      ]);
      expect(check({ schedule: { version: 1 } }).ok).toBe(false);
    },
  );

  it.skipIf(!xsd || !jsonSchema)('generated events give valid XML and JSON (needs shared/, skipped without it)', () => {
    const check = frabJsonValidator(JSON.parse(readFileSync(jsonSchema!, 'utf8')));
    const { world, index } = generated(25);
    for (const event of world.events) {
      expect(check(frabSchedule(event, index, PL)), event.slug).toEqual({ ok: true });
      expect(xmllint(frabScheduleXml(event, index, PL), xsd!), event.slug).toMatchObject({ ok: true });
    }
  });

  it("versions the schedule by the event's last update, so players see a changed programme as new", () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const first = frabSchedule({ ...event, updatedAt: '2026-11-20T09:00:00.000Z' }, index, PL).schedule.version;
    const later = frabSchedule({ ...event, updatedAt: '2026-11-24T15:30:00.000Z' }, index, PL).schedule.version;
    expect(first).toBe('2026-11-20T09:00:00.000Z');
    expect(later).not.toBe(first);
    expect(frabScheduleXml({ ...event, updatedAt: '2026-11-24T15:30:00.000Z' }, index, PL)).toContain(
      '<version>2026-11-24T15:30:00.000Z</version>',
    );
    // Without a known update: the publication, as before; an explicit version wins over both.
    expect(frabSchedule(event, index, PL).schedule.version).toBe(event.publishedAt ?? event.startsAt);
    expect(
      frabSchedule({ ...event, updatedAt: '2026-11-24T15:30:00.000Z' }, index, { ...PL, version: 'v7' }).schedule
        .version,
    ).toBe('v7');
  });
});
