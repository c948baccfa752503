import { describe, expect, it } from 'vitest';
import { validate } from './validation.js';
import { VenueSchema } from './venue.js';

describe('VenueSchema', () => {
  it('needs an address; coordinates are WGS 84', () => {
    const venue = {
      id: 'v',
      slug: 'centrum-wielokulturowe',
      name: 'Centrum Wielokulturowe w Warszawie',
      address: { street: 'ul. Jagiellońska 54', city: 'Warszawa' },
      geo: { latitude: 52.26, longitude: 21.03 },
    };
    expect(VenueSchema.parse(venue).rooms).toEqual([]);
    const r = validate(VenueSchema, { ...venue, geo: { latitude: 95, longitude: 21 } }, 'en');
    expect(!r.ok && r.issues.map((i) => [i.path, i.field])).toEqual([['geo.latitude', 'Latitude']]);
    expect(validate(VenueSchema, { ...venue, address: undefined }).ok).toBe(false);
  });
});
