import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../test/csv.js';
import { EN, generated, PL, seed } from '../test/fixtures.js';
import { csvRow } from './csv.js';
import { agendaCsv, eventsCsv, eventsCsvChunks } from './tables.js';

describe('CSV tables', () => {
  it('writes the seed event with BOM, semicolons and Polish letters intact (read by csv-parse)', () => {
    const { world, index } = seed();
    const csv = eventsCsv(world.events, index, PL);
    expect(csv.startsWith('\uFEFFIdentyfikator;Tytuł;Status')).toBe(true);
    const rows = readCsv(csv, ';');
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe(world.events[0]!.title);
    expect(rows[1]![3]).toBe('2026-11-26T10:00:00+01:00');
    expect(rows[1]![11]).toBe('Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego');
    const agenda = readCsv(agendaCsv(world.events, index, { ...PL, delimiter: ',' }), ',');
    expect(agenda).toHaveLength(6);
    expect(agenda[4]![7]).toContain('Khedi Alieva (współzałożycielka, Fundacja Kobiety Wędrowne)');
  });

  it('an English table keeps the Polish statement, the agreement’s wording, with its translation', () => {
    const { world, index } = seed();
    const rows = readCsv(eventsCsv(world.events, index, EN), ',');
    expect(rows[1]![11]).toBe(
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego / Public task financed from the budget of the Mazowieckie Voivodeship',
    );
  });

  it('streams exactly the same bytes as the one-piece writer', async () => {
    const { world, index } = generated(300);
    let streamed = '';
    for await (const chunk of eventsCsvChunks(world.events, index, PL)) streamed += chunk;
    expect(streamed).toBe(eventsCsv(world.events, index, PL));
  });

  it('round-trips any text through csv-parse: quotes, delimiters, line ends, emoji, Polish letters', () => {
    fc.assert(
      fc.property(
        // Graphemes alone never make a line end or a delimiter: mix them in, with quotes and tabs.
        fc.array(
          fc
            .array(
              fc.oneof(
                fc.string({ unit: 'grapheme', maxLength: 20 }),
                fc.constantFrom('\r\n', '\n', '\r', ';', ',', '"', '""', '\t', '=', '-', ' '),
              ),
              { maxLength: 12 },
            )
            .map((parts) => parts.join('')),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom(';', ','),
        (cells, d) => {
          const parsed = readCsv(csvRow(cells, d as ';' | ','), d as ';' | ',', { bom: false });
          const expected = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c));
          expect(parsed).toEqual([expected]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
