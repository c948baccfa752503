import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generated, PL, seed } from '../test/fixtures.js';
import { csvRow } from './csv.js';
import { agendaCsv, eventsCsv, eventsCsvChunks } from './tables.js';

// A reader of RFC 4180 written from the RFC's grammar, to round-trip what we write.
function parseCsv(text: string, d: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === d) endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV tables', () => {
  it('writes the seed event with BOM, semicolons and Polish letters intact', () => {
    const { world, index } = seed();
    const csv = eventsCsv(world.events, index, PL);
    expect(csv.startsWith('\uFEFFIdentyfikator;Tytuł;Status')).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe(world.events[0]!.title);
    expect(rows[1]![11]).toBe('Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego');
    const agenda = parseCsv(agendaCsv(world.events, index, { ...PL, delimiter: ',' }).slice(1), ',');
    expect(agenda).toHaveLength(6);
    expect(agenda[4]![7]).toContain('Khedi Alieva (współzałożycielka, Fundacja Kobiety Wędrowne)');
  });

  it('streams exactly the same bytes as the one-piece writer', async () => {
    const { world, index } = generated(300);
    let streamed = '';
    for await (const chunk of eventsCsvChunks(world.events, index, PL)) streamed += chunk;
    expect(streamed).toBe(eventsCsv(world.events, index, PL));
  });

  it('round-trips any text: quotes, delimiters, line ends, emoji, Polish letters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(';', ','),
        (cells, d) => {
          const parsed = parseCsv(csvRow(cells, d as ';' | ','), d);
          const expected = cells.map((c) => (/^[=+\-@]/.test(c) ? `'${c}` : c));
          expect(parsed).toEqual([expected]);
        },
      ),
    );
  });
});
