import { describe, expect, it } from 'vitest';
import { COOPERATION_FORMS, type CooperationForm, CooperationSchema } from './cooperation.js';
import { COOPERATION_FORM_LABELS, label } from './labels.js';
import { validate } from './validation.js';

describe('CooperationSchema', () => {
  const base = { id: 'c', slug: 'c', authorityId: 'wol', form: 'inna' };
  it('names the organisation, or describes it as the source does', () => {
    expect(validate(CooperationSchema, { ...base, organizationId: 'fise' }).ok).toBe(true);
    expect(
      validate(CooperationSchema, { ...base, organizationDescription: 'spółdzielnia socjalna (nazwy nie podano)' }).ok,
    ).toBe(true);
    const r = validate(CooperationSchema, base, 'en');
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([['organizationId', 'affiliationParty']]);
  });

  // u.d.p.p. art. 5 ust. 2, "Współpraca […] odbywa się w szczególności w formach:", point by point. Points 1–5
  // as the act has them (lexlege.pl, art. 5, t.j. Dz.U. 2022 poz. 1327; DOMAIN-PL.md §4.2, ✅); 6–8 as
  // DOMAIN-PL.md §4.2 gives them, from memory (❓).
  const ART_5_UST_2: [pkt: string, form: CooperationForm, act: string, label: string][] = [
    [
      '1',
      'zlecanie_zadan',
      'zlecania organizacjom pozarządowym oraz podmiotom wymienionym w art. 3 ust. 3 realizacji zadań publicznych na zasadach określonych w ustawie',
      'zlecanie realizacji zadań publicznych',
    ],
    [
      '2',
      'wzajemne_informowanie',
      'wzajemnego informowania się o planowanych kierunkach działalności',
      'wzajemne informowanie się o planowanych kierunkach działalności',
    ],
    [
      '3',
      'konsultowanie_aktow',
      'konsultowania z organizacjami pozarządowymi oraz podmiotami wymienionymi w art. 3 ust. 3 projektów aktów normatywnych w dziedzinach dotyczących działalności statutowej tych organizacji',
      'konsultowanie z organizacjami pozarządowymi projektów aktów normatywnych w dziedzinach dotyczących działalności statutowej tych organizacji',
    ],
    [
      '4',
      'konsultowanie_z_radami',
      'konsultowania projektów aktów normatywnych dotyczących sfery zadań publicznych, o której mowa w art. 4, z radami działalności pożytku publicznego, w przypadku ich utworzenia przez właściwe jednostki samorządu terytorialnego',
      'konsultowanie projektów aktów normatywnych dotyczących sfery zadań publicznych z radami działalności pożytku publicznego',
    ],
    [
      '5',
      'wspolne_zespoly',
      'tworzenia wspólnych zespołów o charakterze doradczym i inicjatywnym, złożonych z przedstawicieli organizacji pozarządowych […] oraz przedstawicieli właściwych organów administracji publicznej',
      'tworzenie wspólnych zespołów o charakterze doradczym i inicjatywnym',
    ],
    ['6', 'inicjatywa_lokalna', 'umowy o wykonanie inicjatywy lokalnej', 'umowa o wykonanie inicjatywy lokalnej'],
    ['7', 'umowa_partnerska', 'umowy partnerskie', 'umowa partnerska'],
    // DOMAIN-PL.md writes "porozumienia / umowy": either one, "albo" in a label.
    [
      '8',
      'porozumienie_o_partnerstwie',
      'porozumienia / umowy o partnerstwie',
      'porozumienie albo umowa o partnerstwie',
    ],
  ];
  // Words compared by their first four letters, so a point's genitive ("zlecania") meets its label's
  // nominative ("zlecanie"), and the singular ("umowa") the act's plural ("umowy").
  const stems = (text: string) =>
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.map((w) => w.slice(0, 4)) ?? [];
  const inOrder = (words: string[], within: string[]) => {
    let at = 0;
    for (const w of words) {
      at = within.indexOf(w, at) + 1;
      if (at === 0) return false;
    }
    return true;
  };

  it('lists the forms in the order of art. 5 ust. 2, then any other form', () => {
    expect(COOPERATION_FORMS).toEqual([...ART_5_UST_2.map(([, form]) => form), 'inna']);
  });

  it.each(ART_5_UST_2)('pkt %s, %s: its Polish label is the act’s point in the nominative, in its words', (...row) => {
    const [, form, act, expected] = row;
    expect(label(COOPERATION_FORM_LABELS, form, 'pl')).toBe(expected);
    // Every word of a checked point's label is the act's, in the act's order: it may leave out, never add.
    if (Number(row[0]) <= 5) expect(inOrder(stems(expected), stems(act))).toBe(true);
  });

  it('tells the two kinds of consultation apart by whom they consult', () => {
    expect(label(COOPERATION_FORM_LABELS, 'konsultowanie_aktow', 'pl')).toContain('z organizacjami pozarządowymi');
    expect(label(COOPERATION_FORM_LABELS, 'konsultowanie_z_radami', 'pl')).toContain('z radami działalności');
    expect(label(COOPERATION_FORM_LABELS, 'konsultowanie_aktow', 'en')).toContain('NGOs');
    expect(label(COOPERATION_FORM_LABELS, 'konsultowanie_z_radami', 'en')).toContain('public benefit councils');
  });

  it('every form of art. 5 ust. 2 has labels', () => {
    for (const form of COOPERATION_FORMS) {
      expect(label(COOPERATION_FORM_LABELS, form, 'pl')).toBeTruthy();
      expect(label(COOPERATION_FORM_LABELS, form, 'en')).toBeTruthy();
    }
  });
});
