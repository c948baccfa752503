import { SEED_IDS } from '@org/demo';

/**
 * The id of the record a saved form redirected to: `/grants/<id>?done=saved` gives `<id>`, '' when
 * there is no such Location.
 *
 * @example
 * createdId(res.headers.get('location')) // '0193…'
 */
export const createdId = (location: string | null | undefined): string =>
  decodeURIComponent(location?.split('/')[2]?.split('?')[0] ?? '');

/**
 * The fields of a new grant's form that save as they are: a support grant of 10 000 zł from the seed's
 * voivodeship to the seed's foundation in the first half of 2027. `fields` replace or add to them; an
 * empty string posts the field empty, as a browser does for a field left blank.
 *
 * @example
 * await editor.post('/grants/new', grantForm({ form: 'entrustment', 'amount.amount': '1000' }))
 */
export const grantForm = (fields: Record<string, string> = {}): Record<string, string> => ({
  taskTitle: 'Zadanie publiczne z testu',
  funderAuthorityId: SEED_IDS.wojewodztwoMazowieckie,
  form: 'support',
  'amount.amount': '10 000',
  'amount.currency': 'PLN',
  'period.from': '2027-01-01',
  'period.to': '2027-06-30',
  beneficiaryId: SEED_IDS.fise,
  ...fields,
});
