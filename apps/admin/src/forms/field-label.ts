import { FIELD_LABELS, type Locale } from '@org/domain';

/*
 * Field labels of the admin's forms. No JSX here: the browser bundle's field validation names fields as the
 * form labels them (forms/field-issues.ts) without carrying the server's views.
 */

const EXTRA_LABELS: Record<string, { pl: string; en: string }> = {
  honorificPrefix: { pl: 'Tytuł (np. dr)', en: 'Honorific (e.g. Dr)' },
  bio: { pl: 'Biogram', en: 'Biography' },
  statusNote: { pl: 'Uwaga o statusie', en: 'Status note' },
  language: { pl: 'Język', en: 'Language' },
  capacity: { pl: 'Liczba miejsc', en: 'Capacity' },
  isFree: { pl: 'Wstęp wolny', en: 'Free admission' },
  partners: { pl: 'Partnerzy', en: 'Partners' },
  affiliations: { pl: 'Afiliacje', en: 'Affiliations' },
  officeName: { pl: 'Nazwa urzędu', en: 'Office' },
  accessibility: { pl: 'Dostępność', en: 'Accessibility' },
  rooms: { pl: 'Sale', en: 'Rooms' },
  funderUnitId: { pl: 'Jednostka dotującego', en: 'Funder unit' },
  funderNameGenitive: { pl: 'Dotujący w dopełniaczu', en: 'Funder (genitive)' },
  programme: { pl: 'Program', en: 'Programme' },
  agreementDate: { pl: 'Data umowy', en: 'Agreement date' },
  attributionTextEn: { pl: 'Informacja o finansowaniu (EN)', en: 'Funding statement (EN)' },
  reportingDeadline: { pl: 'Termin sprawozdania', en: 'Reporting deadline' },
  publicBenefitSphere: { pl: 'Sfera pożytku publicznego', en: 'Public benefit sphere' },
  author: { pl: 'Autor', en: 'Author' },
  parentAuthorityId: { pl: 'Samorząd nadrzędny', en: 'Parent authority' },
  organizationDescription: { pl: 'Opis organizacji', en: 'Organisation description' },
  organizationLegalForm: { pl: 'Forma prawna organizacji', en: 'Organisation legal form' },
  eventIds: { pl: 'Wydarzenia', en: 'Events' },
  people: { pl: 'Osoby', en: 'People' },
  format: { pl: 'Forma dyskusji', en: 'Discussion format' },
  questions: { pl: 'Pytania', en: 'Questions' },
  moderator: { pl: 'Moderator', en: 'Moderator' },
};

/*
 * The parts of a compound field whose own word ("Waluta", "Od") would not say which control it is, named as staff
 * name the control: "Waluta kwoty", not "Kwota: waluta", which a message after it would follow with a second colon
 * ("Kwota: waluta: musi być…"). The parts of an address, coordinates and attendance say it on their own ("Ulica i
 * numer", "Obecni").
 */
const PART_LABELS: Record<string, { pl: string; en: string }> = {
  'amount.amount': { pl: 'Kwota', en: 'Amount' },
  'amount.currency': { pl: 'Waluta kwoty', en: 'Amount currency' },
  'ownContribution.amount': { pl: 'Wkład własny', en: 'Own contribution' },
  'ownContribution.currency': { pl: 'Waluta wkładu własnego', en: 'Own contribution currency' },
  'period.from': { pl: 'Początek okresu', en: 'Period start' },
  'period.to': { pl: 'Koniec okresu', en: 'Period end' },
};

/**
 * The label of a form field, as the form shows it: a part of a compound field by its own name ("Waluta kwoty" for
 * `amount.currency`), any other by the last segment of its name, in the domain's words where it has them.
 *
 * @example
 * labelOf('ownContribution.currency', 'pl') // 'Waluta wkładu własnego'
 * labelOf('address.street', 'pl') // 'Ulica i numer'
 */
export function labelOf(name: string, locale: Locale): string {
  const part = PART_LABELS[name.split('.').slice(-2).join('.')];
  if (part) return part[locale];
  const last = name.split('.').pop() ?? name;
  return FIELD_LABELS[last]?.[locale] ?? EXTRA_LABELS[last]?.[locale] ?? last;
}
