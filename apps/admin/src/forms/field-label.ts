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

/** The label of a form field by the last segment of its name, in the domain's words where it has them. */
export function labelOf(name: string, locale: Locale): string {
  const parts = name.split('.');
  const last = parts[parts.length - 1] ?? name;
  const parent = parts[parts.length - 2];
  if (parent === 'amount' && last === 'amount') return FIELD_LABELS.amount?.[locale] ?? last;
  if (
    parent === 'period' ||
    parent === 'address' ||
    parent === 'geo' ||
    parent === 'attendance' ||
    parent === 'amount' ||
    parent === 'ownContribution'
  ) {
    const prefix = FIELD_LABELS[parent]?.[locale] ?? EXTRA_LABELS[parent]?.[locale] ?? parent;
    const own = FIELD_LABELS[last]?.[locale] ?? EXTRA_LABELS[last]?.[locale] ?? last;
    return parent === 'address' || parent === 'attendance' || parent === 'geo'
      ? own
      : `${prefix}: ${own.toLowerCase()}`;
  }
  return FIELD_LABELS[last]?.[locale] ?? EXTRA_LABELS[last]?.[locale] ?? last;
}
