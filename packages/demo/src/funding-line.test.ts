import { describe, expect, it } from 'vitest';
import { fundingLine } from './funding-line.js';
import { SEED_FUNDING_STATEMENT, seedWorld } from './seed.js';

describe('fundingLine', () => {
  const grant = seedWorld().grants[0]!;

  // The audit found English pages with a derived "co-financed" beside the agreement's "sfinansowane".
  it('in English, the agreement’s Polish statement, said to be Polish, when it gives no English one', () => {
    const { attributionTextEn: _dropped, ...polishOnly } = grant;
    const line = fundingLine({ ...polishOnly, form: 'support' }, 'en');
    expect(line).toBe(`${SEED_FUNDING_STATEMENT} (in Polish, as in the agreement)`);
    expect(line).not.toMatch(/Public task|financed/);
  });

  it('the statement alone when it is in the language chosen', () => {
    expect(fundingLine(grant, 'pl')).toBe(SEED_FUNDING_STATEMENT);
    expect(fundingLine(grant, 'en')).toBe('Public task financed from the budget of the Mazowieckie Voivodeship');
  });
});
