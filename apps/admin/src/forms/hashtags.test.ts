import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHashtags } from './hashtags.js';

describe('splitHashtags', () => {
  it('takes only the # words from a pasted sentence, not the words between them', () => {
    expect(splitHashtags('#MCPS, #programywspacia i #solidarnośćmazowiecka')).toEqual([
      '#MCPS',
      '#programywspacia',
      '#solidarnośćmazowiecka',
    ]);
    expect(splitHashtags('Prosimy o oznaczenie: „#Mazowsze” oraz #NGO.')).toEqual(['#Mazowsze', '#NGO']);
  });

  it('splits text without any # on spaces, commas and line breaks, as before', () => {
    expect(splitHashtags('MCPS, programywspacia\nmosty  ')).toEqual(['MCPS', 'programywspacia', 'mosty']);
    expect(splitHashtags('   ')).toEqual([]);
  });

  it('finds every # word however the words around it are written', () => {
    const word = fc.stringMatching(/^[a-ząćęłńóśźżA-Z0-9_]{1,12}$/);
    const filler = fc.array(fc.stringMatching(/^[a-ząęó ,.;:„”()-]{0,8}$/), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), filler, (tags, fillers) => {
        const text = tags.map((t, i) => `${fillers[i] ?? ' '} #${t}`).join(' ');
        expect(splitHashtags(text)).toEqual(tags.map((t) => `#${t}`));
      }),
    );
  });
});
