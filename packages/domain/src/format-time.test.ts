import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDay,
  formatEventTime,
  formatInstant,
  instantToLocal,
  isRepeatedWallClock,
  localDayOf,
  localToInstant,
  zoneIfRepeated,
  zoneOffsetMinutes,
} from './format-time.js';

const WAW = 'Europe/Warsaw';

describe('a string that is no instant, or a zone the runtime does not know', () => {
  it('is a RangeError naming it, not "NaN undefined NaN"', () => {
    const badInstant = new RangeError(
      'Not an ISO 8601 instant: "not a date" (expected one such as "2026-11-26T09:00:00Z").',
    );
    const badZone = new RangeError('Unknown IANA time zone: "Mars/Olympus" (expected one such as "Europe/Warsaw").');
    expect(() => formatInstant('not a date', WAW)).toThrow(badInstant);
    expect(() => localDayOf('not a date', WAW)).toThrow(badInstant);
    expect(() => formatClock('not a date', WAW)).toThrow(badInstant);
    expect(() => formatDay('2026-11-26T09:00:00Z', 'Mars/Olympus')).toThrow(badZone);
    expect(() =>
      formatEventTime({ startsAt: '2026-11-26T09:00:00Z', endsAt: '2026-11-26T13:00:00Z', timeZone: 'Mars/Olympus' }),
    ).toThrow(badZone);
  });
});

describe('formatEventTime', () => {
  it('shows a one-day event in its zone (the seed: 26 November 2026, CET)', () => {
    const seed = { startsAt: '2026-11-26T10:00:00+01:00', endsAt: '2026-11-26T14:00:00+01:00', timeZone: WAW };
    expect(formatEventTime(seed, 'pl')).toBe('26 listopada 2026, 10:00–14:00');
    expect(formatEventTime(seed, 'en')).toBe('26 November 2026, 10:00–14:00');
    expect(formatEventTime({ ...seed, startsAt: '2026-11-26T09:00:00Z', endsAt: '2026-11-26T13:00:00Z' })).toBe(
      '26 listopada 2026, 10:00–14:00',
    );
  });

  it('on the March change (Sunday 2026-03-29) an item at 10:00 local shows 10:00', () => {
    // 10:00 CEST is 08:00Z; the day before, 10:00 CET was 09:00Z.
    expect(formatEventTime({ startsAt: '2026-03-29T08:00:00Z', endsAt: '2026-03-29T09:30:00Z', timeZone: WAW })).toBe(
      '29 marca 2026, 10:00–11:30',
    );
    expect(formatEventTime({ startsAt: '2026-03-28T09:00:00Z', endsAt: '2026-03-28T10:30:00Z', timeZone: WAW })).toBe(
      '28 marca 2026, 10:00–11:30',
    );
  });

  it('on the October change (Sunday 2026-10-25) an item at 10:00 local shows 10:00', () => {
    expect(formatEventTime({ startsAt: '2026-10-25T09:00:00Z', endsAt: '2026-10-25T10:00:00Z', timeZone: WAW })).toBe(
      '25 października 2026, 10:00–11:00',
    );
    expect(formatEventTime({ startsAt: '2026-10-24T08:00:00Z', endsAt: '2026-10-24T09:00:00Z', timeZone: WAW })).toBe(
      '24 października 2026, 10:00–11:00',
    );
  });

  it('an event spanning the 02:00 → 03:00 jump in March: 3 hours by the clock are 2 real hours', () => {
    // 01:00 CET (00:00Z) to 04:00 CEST (02:00Z).
    expect(formatEventTime({ startsAt: '2026-03-29T00:00:00Z', endsAt: '2026-03-29T02:00:00Z', timeZone: WAW })).toBe(
      '29 marca 2026, 01:00–04:00',
    );
  });

  it('an event spanning the 03:00 → 02:00 fall-back in October: the clock shows the hour twice', () => {
    expect(formatInstant('2026-10-25T00:30:00Z', WAW)).toBe('25 października 2026, 02:30');
    expect(formatInstant('2026-10-25T01:30:00Z', WAW)).toBe('25 października 2026, 02:30');
    expect(formatEventTime({ startsAt: '2026-10-24T23:00:00Z', endsAt: '2026-10-25T02:00:00Z', timeZone: WAW })).toBe(
      '25 października 2026, 01:00–03:00',
    );
  });

  it('in the hour the October change repeats, a time says which of the two it is (zone abbreviation)', () => {
    const twice = { startsAt: '2026-10-25T02:30:00+02:00', endsAt: '2026-10-25T02:30:00+01:00', timeZone: WAW };
    expect(formatEventTime(twice, 'pl')).toBe('25 października 2026, 02:30 CEST–02:30 CET');
    expect(formatEventTime(twice, 'en')).toBe('25 October 2026, 02:30 CEST–02:30 CET');
    // Only the end in the repeated hour is marked; 01:00 and 03:00 happen once.
    expect(formatEventTime({ ...twice, startsAt: '2026-10-25T01:00:00+02:00' })).toBe(
      '25 października 2026, 01:00–02:30 CET',
    );
    expect(formatEventTime({ ...twice, endsAt: '2026-10-25T03:00:00+01:00' })).toBe(
      '25 października 2026, 02:30 CEST–03:00',
    );
    // 02:00 is the first minute repeated, 02:59 the last; 03:00 CET and 01:59 CEST are not.
    expect(formatEventTime({ startsAt: '2026-10-25T00:00:00Z', endsAt: '2026-10-25T01:59:00Z', timeZone: WAW })).toBe(
      '25 października 2026, 02:00 CEST–02:59 CET',
    );
    expect(formatEventTime({ startsAt: '2026-10-24T23:59:00Z', endsAt: '2026-10-25T02:00:00Z', timeZone: WAW })).toBe(
      '25 października 2026, 01:59–03:00',
    );
    // Across days too, and in any zone with a repeated hour.
    expect(
      formatEventTime({ startsAt: '2026-10-24T20:00:00+02:00', endsAt: '2026-10-25T02:15:00+01:00', timeZone: WAW }),
    ).toBe('24 października 2026, 20:00 – 25 października 2026, 02:15 CET');
    expect(
      formatEventTime(
        { startsAt: '2026-11-01T01:30:00-04:00', endsAt: '2026-11-01T01:30:00-05:00', timeZone: 'America/New_York' },
        'en',
      ),
    ).toMatch(/^1 November 2026, 01:30 (EDT|GMT-4)–01:30 (EST|GMT-5)$/);
  });

  it('marks no time outside a repeated hour, on any day of the year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        const text = formatEventTime({ startsAt: iso, endsAt: iso, timeZone: WAW });
        const clock = formatClock(iso, WAW);
        const repeated =
          d.getUTCMonth() === 9 && d.getUTCDay() === 0 && d.getUTCDate() > 24 && [0, 1].includes(d.getUTCHours());
        expect(/C(E|ES)T/.test(text)).toBe(repeated);
        if (!repeated) expect(text.endsWith(`${clock}–${clock}`)).toBe(true);
      }),
    );
  });

  it('a multi-day event shows both ends in full', () => {
    expect(
      formatEventTime({ startsAt: '2026-10-25T20:00:00Z', endsAt: '2026-10-26T01:00:00Z', timeZone: WAW }, 'pl'),
    ).toBe('25 października 2026, 21:00 – 26 października 2026, 02:00');
    expect(
      formatEventTime({ startsAt: '2026-06-01T07:00:00Z', endsAt: '2026-06-03T14:00:00Z', timeZone: WAW }, 'en'),
    ).toBe('1 June 2026, 09:00 – 3 June 2026, 16:00');
  });

  it('uses the event’s own zone, not the machine’s', () => {
    const e = { startsAt: '2026-11-26T09:00:00Z', endsAt: '2026-11-26T13:00:00Z' };
    expect(formatEventTime({ ...e, timeZone: 'America/New_York' }, 'en')).toBe('26 November 2026, 04:00–08:00');
    expect(formatEventTime({ ...e, timeZone: 'Asia/Tokyo' }, 'en')).toBe('26 November 2026, 18:00–22:00');
  });

  it('the wall-clock time of any instant survives a round trip through its offset, DST days included', () => {
    // An instant written with its Warsaw offset shows exactly the clock time written.
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        const clock = formatClock(iso, WAW);
        const offset = new Intl.DateTimeFormat('en', { timeZone: WAW, timeZoneName: 'longOffset' })
          .formatToParts(d)
          .find((p) => p.type === 'timeZoneName')?.value;
        const hours = offset === 'GMT+02:00' ? 2 : 1;
        const local = new Date(d.getTime() + hours * 3_600_000).toISOString().slice(11, 16);
        expect(clock).toBe(local);
      }),
    );
  });
});

describe('formatInstant, formatClock, formatDay, localDayOf', () => {
  it('format parts of an instant in a zone', () => {
    expect(formatInstant('2026-11-26T09:00:00Z', WAW, 'en')).toBe('26 November 2026, 10:00');
    expect(formatClock('2026-07-01T08:05:00Z', WAW)).toBe('10:05');
    expect(formatDay('2026-11-26T09:00:00Z', WAW)).toBe('26 listopada 2026');
    expect(formatDay('2026-11-26T09:00:00Z', WAW, 'en')).toBe('26 November 2026');
  });

  it('the local day can differ from the UTC day', () => {
    expect(localDayOf('2026-11-26T23:30:00Z', WAW)).toBe('2026-11-27');
    expect(localDayOf('2026-06-30T22:30:00Z', WAW)).toBe('2026-07-01');
    expect(localDayOf('2026-06-30T21:30:00Z', WAW)).toBe('2026-06-30');
  });
});

describe('the kept answers (per zone, bounded)', () => {
  it('stay right after a zone has been emptied for holding too many, and keep no failure', () => {
    // 25,000 distinct instants, more than a zone keeps (20,000): the zone is emptied on the way and
    // every answer is still the one worked out afresh (the first again, after it was forgotten).
    const start = Date.parse('2026-01-01T00:00:00Z');
    const instant = (i: number) => new Date(start + i * 60_000).toISOString();
    for (let i = 0; i < 25_000; i++) formatClock(instant(i), WAW);
    for (const i of [0, 1, 19_999, 20_000, 24_999]) {
      const ms = start + i * 60_000;
      const wall = new Date(ms + zoneOffsetMinutes(ms, WAW) * 60_000);
      expect(formatClock(instant(i), WAW)).toBe(
        `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`,
      );
    }
    // A zone the runtime does not know fails every time it is asked, not only the first.
    for (let i = 0; i < 2; i++) expect(() => formatClock('2026-11-26T09:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('zoneOffsetMinutes and isRepeatedWallClock', () => {
  /** The offset as Intl writes it ("GMT+01:00", "GMT-03:30", "GMT"), read afresh each time. */
  const intlOffset = (ms: number, zone: string) => {
    const text = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value as string;
    const m = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
    if (!m?.[1]) return 0;
    const minutes = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
    return m[1] === '-' ? -minutes : minutes;
  };
  const zones = ['Europe/Warsaw', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];

  it('gives the zone offset Intl gives, asked once or again, for any instant and zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const expected = intlOffset(ms, zone);
          expect(zoneOffsetMinutes(ms, zone)).toBe(expected);
          expect(zoneOffsetMinutes(ms, zone)).toBe(expected);
        },
      ),
      // 1915-08-04T22:36Z: Warsaw left its mean time (+01:24) for CET, off any quarter hour.
      {
        examples: [
          [Date.UTC(1915, 7, 4, 22, 35, 59, 999), 'Europe/Warsaw'],
          [Date.UTC(1915, 7, 4, 22, 36), 'Europe/Warsaw'],
        ],
      },
    );
    expect(zoneOffsetMinutes(Date.parse('2026-11-26T09:00:00Z'), WAW)).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-07-01T09:00:00Z'), WAW)).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-07-01T09:00:00Z'), 'Mars/Olympus_Mons')).toBeNaN();
  });

  it('is true in the hour clocks go back over, twice, and nowhere else', () => {
    expect(isRepeatedWallClock('2026-10-25T02:30:00+02:00', WAW)).toBe(true);
    expect(isRepeatedWallClock('2026-10-25T02:30:00+01:00', WAW)).toBe(true);
    expect(isRepeatedWallClock('2026-10-25T02:00:00+02:00', WAW)).toBe(true);
    expect(isRepeatedWallClock('2026-10-25T01:59:00+02:00', WAW)).toBe(false);
    expect(isRepeatedWallClock('2026-10-25T03:00:00+01:00', WAW)).toBe(false);
    // The hour skipped in March is never repeated, nor is an ordinary day.
    expect(isRepeatedWallClock('2026-03-29T03:30:00+02:00', WAW)).toBe(false);
    expect(isRepeatedWallClock('2026-11-26T09:00:00Z', WAW)).toBe(false);
    // New York repeats 01:00–01:59 on the first Sunday of November; Lord Howe half an hour in April.
    expect(isRepeatedWallClock('2026-11-01T01:30:00-05:00', 'America/New_York')).toBe(true);
    expect(isRepeatedWallClock('2026-04-05T01:45:00+10:30', 'Australia/Lord_Howe')).toBe(true);
    expect(isRepeatedWallClock('2026-04-05T02:15:00+10:30', 'Australia/Lord_Howe')).toBe(false);
    expect(isRepeatedWallClock('2026-10-25T02:30:00+01:00', 'Asia/Kolkata')).toBe(false);
  });

  it('zoneIfRepeated names the zone only in the repeated hour', () => {
    expect(zoneIfRepeated('2026-11-26T09:00:00Z', WAW)).toBe('');
    expect(zoneIfRepeated('2026-10-25T02:30:00+02:00', WAW)).toBe(' CEST');
    expect(zoneIfRepeated('2026-10-25T02:30:00+01:00', WAW)).toBe(' CET');
    expect(zoneIfRepeated('2026-10-25T02:30:00+01:00', WAW, 'en')).toBe(' CET');
    expect(zoneIfRepeated('2026-11-01T01:30:00-05:00', 'America/New_York', 'en')).toBe(' GMT-5');
  });
});

describe('localToInstant and instantToLocal (datetime-local fields and month bounds)', () => {
  it.each([
    ['2026-11-26T10:00', WAW, '2026-11-26T10:00:00+01:00'],
    ['2026-07-01T10:00', WAW, '2026-07-01T10:00:00+02:00'],
    ['2026-07-01T10:00:30', WAW, '2026-07-01T10:00:00+02:00'],
    ['2026-11-26T10:00', 'UTC', '2026-11-26T10:00:00+00:00'],
    ['2026-11-26T10:00', 'America/St_Johns', '2026-11-26T10:00:00-03:30'],
    ['2026-11-01T00:00', WAW, '2026-11-01T00:00:00+01:00'],
    // October: 02:30 happens twice; the earlier (summer) offset is taken.
    ['2026-10-25T02:30', WAW, '2026-10-25T02:30:00+02:00'],
  ])('%s in %s is %s', (local, zone, instant) => {
    expect(localToInstant(local, zone)).toBe(instant);
  });

  it('moves a time the March change skips by the gap, and writes the wall clock it moves to', () => {
    // Warsaw, 29 March 2026: 02:00 CET is 03:00 CEST, so 02:00–02:59 never happen.
    expect(localToInstant('2026-03-29T01:59', WAW)).toBe('2026-03-29T01:59:00+01:00');
    expect(localToInstant('2026-03-29T02:00', WAW)).toBe('2026-03-29T03:00:00+02:00');
    expect(localToInstant('2026-03-29T02:30', WAW)).toBe('2026-03-29T03:30:00+02:00');
    expect(localToInstant('2026-03-29T03:00', WAW)).toBe('2026-03-29T03:00:00+02:00');
    expect(Date.parse(localToInstant('2026-03-29T02:30', WAW) as string)).toBe(Date.parse('2026-03-29T01:30:00Z'));
    // New York, 8 March 2026: 02:00 EST is 03:00 EDT (a zone west of Greenwich).
    expect(localToInstant('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    // And back: the instant is the wall clock it is written with.
    expect(instantToLocal('2026-03-29T01:30:00Z', WAW)).toBe('2026-03-29T03:30');
    expect(instantToLocal('2026-03-29T00:59:00Z', WAW)).toBe('2026-03-29T01:59');
    expect(instantToLocal('2026-03-29T01:00:00Z', WAW)).toBe('2026-03-29T03:00');
  });

  it('reads a time the October change repeats as its first occurrence (summer time)', () => {
    // Warsaw, 25 October 2026: 03:00 CEST is 02:00 CET, so 02:00–02:59 happen twice.
    expect(localToInstant('2026-10-25T02:30', WAW)).toBe('2026-10-25T02:30:00+02:00');
    expect(Date.parse(localToInstant('2026-10-25T02:30', WAW) as string)).toBe(Date.parse('2026-10-25T00:30:00Z'));
    expect(localToInstant('2026-10-25T01:59', WAW)).toBe('2026-10-25T01:59:00+02:00');
    expect(localToInstant('2026-10-25T03:00', WAW)).toBe('2026-10-25T03:00:00+01:00');
    // Both instants show as 02:30; the second one comes back as the first.
    expect(instantToLocal('2026-10-25T00:30:00Z', WAW)).toBe('2026-10-25T02:30');
    expect(instantToLocal('2026-10-25T01:30:00Z', WAW)).toBe('2026-10-25T02:30');
    expect(localToInstant(instantToLocal('2026-10-25T01:30:00Z', WAW), WAW)).toBe('2026-10-25T02:30:00+02:00');
  });

  it('writes every instant with the offset valid at it, on the days the clocks change', () => {
    const days = [
      [WAW, '2026-03-29'],
      [WAW, '2026-10-25'],
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['America/St_Johns', '2026-03-08'],
      ['Australia/Lord_Howe', '2026-10-04'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...days), fc.integer({ min: 0, max: 24 * 60 - 1 }), ([zone, day], minute) => {
        const local = `${day}T${String(Math.trunc(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const instant = localToInstant(local, zone) as string;
        // The text's wall clock is the one the zone shows at that instant...
        expect(instantToLocal(instant, zone)).toBe(instant.slice(0, 16));
        // ...and it is the time asked for, or (in a skipped hour) later by at most the gap.
        const shift = Date.parse(`${instant.slice(0, 16)}Z`) - Date.parse(`${local}Z`);
        expect(shift === 0 || (shift > 0 && shift <= 3_600_000)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['26.11.2026 10:00', WAW],
    ['2026-02-30T10:00', WAW],
    ['2026-13-01T10:00', WAW],
    ['2026-11-26T24:00', WAW],
    ['2026-11-26T10:00', 'Nowhere/Zone'],
  ])('refuses %s in %s', (local, zone) => {
    expect(localToInstant(local, zone)).toBeNull();
  });

  it('shows an instant as its zone’s wall clock, and nothing for what it cannot read', () => {
    expect(instantToLocal('2026-11-26T09:00:00Z', WAW)).toBe('2026-11-26T10:00');
    expect(instantToLocal('2026-11-26T23:30:00Z', WAW)).toBe('2026-11-27T00:30');
    expect(instantToLocal(undefined, WAW)).toBe('');
    expect(instantToLocal('jutro', WAW)).toBe('');
    expect(instantToLocal('2026-11-26T09:00:00Z', 'Nowhere/Zone')).toBe('');
  });

  it('round-trips every whole minute outside the repeated October hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
        fc.constantFrom(WAW, 'UTC', 'America/New_York', 'Asia/Kolkata'),
        (minute, zone) => {
          const instant = new Date(minute * 60_000).toISOString();
          const local = instantToLocal(instant, zone);
          const back = localToInstant(local, zone) as string;
          // In the repeated hour two instants share one wall clock; either way the wall clock is kept.
          expect(instantToLocal(back, zone)).toBe(local);
          if (Date.parse(back) !== Date.parse(instant))
            expect(Math.abs(Date.parse(back) - Date.parse(instant))).toBe(3_600_000);
        },
      ),
    );
  });
});
