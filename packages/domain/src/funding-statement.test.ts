import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import {
  fundingStatement,
  genitiveOf,
  jstNameGenitive,
  localizedFundingStatement,
  missingAttributions,
  requiredAttributions,
} from './funding-statement.js';
import { type Grant, GrantSchema } from './grant.js';
import { validate } from './validation.js';

const grant = (over: Partial<Grant> = {}): Grant =>
  GrantSchema.parse({
    id: 'g1',
    slug: 'g1',
    funderAuthorityId: 'maz',
    funderName: 'Województwo Mazowieckie',
    taskTitle: 'Zadanie',
    form: 'support',
    amount: { amount: 100, currency: 'PLN' },
    period: { from: '2026-09-01', to: '2026-12-15' },
    beneficiaryId: 'fise',
    ...over,
  });

describe('genitiveOf', () => {
  it.each([
    ['Województwo Mazowieckie', 'Województwa Mazowieckiego'],
    ['Województwo Łódzkie', 'Województwa Łódzkiego'],
    ['Województwo Kujawsko-Pomorskie', 'Województwa Kujawsko-Pomorskiego'],
    ['Województwo Śląskie', 'Województwa Śląskiego'],
    ['Powiat wołomiński', 'Powiatu wołomińskiego'],
    ['Powiat Warszawski Zachodni', 'Powiatu Warszawskiego Zachodniego'],
    ['Gmina Jabłonna', 'Gminy Jabłonna'],
    // The adjective endings the rule knows: -i/-ie → -iego, -y → -ego, -e → -ego.
    ['Powiat stary', 'Powiatu starego'],
    ['Województwo Nowe', 'Województwa Nowego'],
    ['Powiat Mińsk', 'Powiatu Mińsk'],
    ['Powiat Ostrołęka', 'Powiatu Ostrołęka'],
    ['Miasto Płock', 'Miasta Płock'],
    ['Samorząd Województwa Mazowieckiego', 'Samorządu Województwa Mazowieckiego'],
    ['  Województwo   Mazowieckie ', 'Województwa Mazowieckiego'],
    ['Fundacja Inicjatyw Społeczno-Ekonomicznych', 'Fundacja Inicjatyw Społeczno-Ekonomicznych'],
  ])('%s → %s', (name, genitive) => {
    expect(genitiveOf(name)).toBe(genitive);
  });

  // Names as the TERC register (2024-01-01) writes them after "Powiat"/"Województwo", capitals kept.
  it.each([
    ['Powiat gdański', 'Powiatu gdańskiego'],
    ['Powiat piaseczyński', 'Powiatu piaseczyńskiego'],
    ['Powiat łódzki wschodni', 'Powiatu łódzkiego wschodniego'],
    ['Powiat golubsko-dobrzyński', 'Powiatu golubsko-dobrzyńskiego'],
    ['Powiat kędzierzyńsko-kozielski', 'Powiatu kędzierzyńsko-kozielskiego'],
    ['Powiat Piaseczyński', 'Powiatu Piaseczyńskiego'],
    ['Województwo Warmińsko-Mazurskie', 'Województwa Warmińsko-Mazurskiego'],
    ['Województwo Świętokrzyskie', 'Województwa Świętokrzyskiego'],
    ['województwo mazowieckie', 'województwa mazowieckiego'],
    ['WOJEWÓDZTWO MAZOWIECKIE', 'WOJEWÓDZTWA MAZOWIECKIEGO'],
    ['WOJEWÓDZTWO ŁÓDZKIE', 'WOJEWÓDZTWA ŁÓDZKIEGO'],
    ['POWIAT ŻNIŃSKI', 'POWIATU ŻNIŃSKIEGO'],
    ['Świętokrzyskie', 'Świętokrzyskie'],
  ])('real powiat and województwo names: %s → %s', (name, genitive) => {
    expect(genitiveOf(name)).toBe(genitive);
  });

  it.each([
    ['Miasto Stołeczne Warszawa', 'Miasta Stołecznego Warszawy'],
    ['Miasto stołeczne Warszawa', 'Miasta stołecznego Warszawy'],
    ['m.st. Warszawa', 'm.st. Warszawy'],
    ['Gmina Miejska Kobyłka', 'Gminy Miejskiej Kobyłka'],
    ['Gmina miejska Kobyłka', 'Gminy miejskiej Kobyłka'],
    ['Gmina Wiejska Jabłonna', 'Gminy Wiejskiej Jabłonna'],
    ['Gmina Miejsko-Wiejska Radzymin', 'Gminy Miejsko-Wiejskiej Radzymin'],
    ['Miasto i Gmina Serock', 'Miasta i Gminy Serock'],
    // A place name after "Gmina" or "Miasto" is an apposition and stays as it is, adjectives included.
    ['Gmina Stara Biała', 'Gminy Stara Biała'],
    ['Gmina Dębe Wielkie', 'Gminy Dębe Wielkie'],
    ['Miasto Mińsk Mazowiecki', 'Miasta Mińsk Mazowiecki'],
    ['Miasto na prawach powiatu Siedlce', 'Miasta na prawach powiatu Siedlce'],
    // Only the capital is declined, and only in its own name.
    ['Miasto Warszawa', 'Miasta Warszawa'],
    ['Gmina Warszawa', 'Gminy Warszawa'],
  ])('gminy and cities: %s → %s', (name, genitive) => {
    expect(genitiveOf(name)).toBe(genitive);
  });

  it('the default statement for the capital city', () => {
    expect(fundingStatement({ funderName: 'Miasto Stołeczne Warszawa', form: 'support' })).toBe(
      'Zadanie publiczne współfinansowane ze środków budżetu Miasta Stołecznego Warszawy',
    );
  });
});

describe('fundingStatement', () => {
  it('support (wsparcie) is "współfinansowane", entrustment (powierzenie) is "finansowane"', () => {
    expect(fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'support' })).toBe(
      'Zadanie publiczne współfinansowane ze środków budżetu Województwa Mazowieckiego',
    );
    expect(fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'entrustment' })).toBe(
      'Zadanie publiczne finansowane ze środków budżetu Województwa Mazowieckiego',
    );
  });

  it('uses the genitive the grant gives over the derived one', () => {
    expect(
      fundingStatement({ funderName: 'Miasto Płock', funderNameGenitive: 'Miasta Płocka', form: 'entrustment' }),
    ).toBe('Zadanie publiczne finansowane ze środków budżetu Miasta Płocka');
  });

  it('the text of the agreement wins, word for word', () => {
    const text = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
    expect(fundingStatement(grant({ attributionText: text, form: 'support' }))).toBe(text);
  });

  it('in English: the agreement’s English text, or one derived from the funder and the form', () => {
    expect(fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'support' }, { locale: 'en' })).toBe(
      'Public task co-financed from the budget of Województwo Mazowieckie',
    );
    expect(fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'entrustment' }, { locale: 'en' })).toBe(
      'Public task financed from the budget of Województwo Mazowieckie',
    );
    expect(
      fundingStatement(grant({ attributionText: 'x', attributionTextEn: 'Financed by Mazovia' }), { locale: 'en' }),
    ).toBe('Financed by Mazovia');
    expect(fundingStatement(grant({ attributionTextEn: 'Financed by Mazovia' }), { locale: 'pl' })).toMatch(
      /^Zadanie publiczne współfinansowane/,
    );
  });
});

describe('the English statement never contradicts the agreement’s Polish one', () => {
  const exact = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';

  it('the exact Polish text, marked Polish, when the agreement gives no English text', () => {
    // form `support` would derive "co-financed"; the agreement says "sfinansowane".
    const g = grant({ attributionText: exact, form: 'support' });
    expect(localizedFundingStatement(g, { locale: 'en' })).toEqual({ text: exact, lang: 'pl' });
    expect(fundingStatement(g, { locale: 'en' })).toBe(exact);
    expect(requiredAttributions({ grantIds: ['g1'] }, [g], { locale: 'en' }).attributions).toEqual([
      { grantId: 'g1', statement: exact, lang: 'pl', hashtags: [] },
    ]);
  });

  it('the agreement’s English text in English; derived texts in the language asked for', () => {
    const g = grant({ attributionText: exact, attributionTextEn: 'Public task financed by Mazovia' });
    expect(localizedFundingStatement(g, { locale: 'en' })).toEqual({
      text: 'Public task financed by Mazovia',
      lang: 'en',
    });
    expect(localizedFundingStatement(g)).toEqual({ text: exact, lang: 'pl' });
    expect(localizedFundingStatement(grant({ form: 'entrustment' }), { locale: 'en' })).toEqual({
      text: 'Public task financed from the budget of Województwo Mazowieckie',
      lang: 'en',
    });
  });

  it('a blank text stored unvalidated is no statement: the derived one is used, by the form', () => {
    const blank = { funderName: 'Województwo Mazowieckie', attributionText: ' ', attributionTextEn: '' };
    expect(fundingStatement({ ...blank, form: 'entrustment' })).toBe(
      'Zadanie publiczne finansowane ze środków budżetu Województwa Mazowieckiego',
    );
    expect(fundingStatement({ ...blank, form: 'support' }, { locale: 'en' })).toBe(
      'Public task co-financed from the budget of Województwo Mazowieckie',
    );
  });
});

describe('a funder not named as a JST (DOMAIN-PL 6: the statement names the JST’s budget)', () => {
  it('Gmina-Miasto: both heads are declined', () => {
    expect(jstNameGenitive('Gmina-Miasto Płock')).toBe('Gminy-Miasta Płock');
    expect(genitiveOf('GMINA-MIASTO PŁOCK')).toBe('GMINY-MIASTA PŁOCK');
    expect(fundingStatement({ funderName: 'Gmina-Miasto Płock', form: 'entrustment' })).toBe(
      'Zadanie publiczne finansowane ze środków budżetu Gminy-Miasta Płock',
    );
  });

  it.each([
    'Mazowieckie Centrum Polityki Społecznej',
    'Urząd Marszałkowski Województwa Mazowieckiego',
    'Regionalny Ośrodek Polityki Społecznej w Łodzi',
    'Województwo',
    'Gmina-Fundacja Płock',
    '',
  ])('%s: no genitive is derived', (name) => {
    expect(jstNameGenitive(name)).toBeNull();
    expect(genitiveOf(name)).toBe(name.trim());
  });

  it('GrantSchema refuses such a funder without funderNameGenitive or the agreement’s text, naming the field', () => {
    const input = {
      id: 'g1',
      slug: 'g1',
      funderAuthorityId: 'maz',
      funderName: 'Mazowieckie Centrum Polityki Społecznej',
      taskTitle: 'Zadanie',
      form: 'support',
      amount: { amount: 100, currency: 'PLN' },
      period: { from: '2026-09-01', to: '2026-12-15' },
      beneficiaryId: 'fise',
    };
    const pl = validate(GrantSchema, input, 'pl');
    expect(!pl.ok && pl.issues.map((i) => [i.path, i.code])).toEqual([
      ['funderNameGenitive', 'funderNameGenitiveRequired'],
    ]);
    expect(!pl.ok && pl.issues[0]?.message).toMatch(
      /^Dotujący w dopełniaczu: jest wymagany: .*budżet samorządu \(np\. „Województwa Mazowieckiego”\), nie jego jednostki/,
    );
    const en = validate(GrantSchema, input, 'en');
    expect(!en.ok && en.issues[0]?.message).toMatch(/^Funder \(genitive\): is required: /);
    const withGenitive = validate(GrantSchema, { ...input, funderNameGenitive: 'Województwa Mazowieckiego' });
    expect(withGenitive.ok && fundingStatement(withGenitive.value)).toBe(
      'Zadanie publiczne współfinansowane ze środków budżetu Województwa Mazowieckiego',
    );
    const text = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
    const withText = validate(GrantSchema, { ...input, attributionText: text });
    expect(withText.ok && fundingStatement(withText.value)).toBe(text);
  });

  it('fundingStatement throws a ValidationError naming funderNameGenitive rather than write the nominative', () => {
    const unit = { funderName: 'Mazowieckie Centrum Polityki Społecznej', form: 'support' } as const;
    expect(() => fundingStatement(unit)).toThrow(ValidationError);
    expect(() => fundingStatement(unit)).toThrow(/funderNameGenitive: "Mazowieckie Centrum Polityki Społecznej"/);
    try {
      fundingStatement(unit);
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['funderNameGenitive', 'funderNameGenitiveRequired'],
      ]);
    }
    // The English statement needs no genitive, and does not call a unit's funds its budget either.
    expect(fundingStatement(unit, { locale: 'en' })).toBe(
      'Public task co-financed with funds from Mazowieckie Centrum Polityki Społecznej',
    );
  });
});

describe('requiredAttributions and missingAttributions', () => {
  const g1 = grant({ id: 'g1', hashtags: ['Mazowszepomaga'] });
  const g2 = grant({ id: 'g2', form: 'entrustment', funderName: 'Powiat wołomiński' });

  it('one attribution per grant, in order; unknown grant ids are reported, not dropped', () => {
    expect(requiredAttributions({ grantIds: ['g2', 'nope', 'g1'] }, [g1, g2])).toEqual({
      attributions: [
        {
          grantId: 'g2',
          statement: 'Zadanie publiczne finansowane ze środków budżetu Powiatu wołomińskiego',
          lang: 'pl',
          hashtags: [],
        },
        {
          grantId: 'g1',
          statement: 'Zadanie publiczne współfinansowane ze środków budżetu Województwa Mazowieckiego',
          lang: 'pl',
          hashtags: ['Mazowszepomaga'],
        },
      ],
      missingGrantIds: ['nope'],
    });
    expect(requiredAttributions({ grantIds: [] }, [g1])).toEqual({ attributions: [], missingGrantIds: [] });
    expect(requiredAttributions({ grantIds: ['g1'] }, [g1], { locale: 'en' }).attributions[0]?.statement).toMatch(
      /^Public task co-financed/,
    );
  });

  it('finds statements missing from rendered text, ignoring whitespace but not wording', () => {
    const { attributions } = requiredAttributions({ grantIds: ['g1', 'g2'] }, [g1, g2]);
    const page = 'Program…\n Zadanie publiczne   współfinansowane ze środków\nbudżetu Województwa Mazowieckiego ';
    expect(missingAttributions(page, attributions).map((a) => a.grantId)).toEqual(['g2']);
    expect(missingAttributions(page.replace('współfinansowane', 'finansowane'), attributions)).toHaveLength(2);
  });
});
