import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Speaker, Venue } from '@org/domain';
import { testEnv } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { speakerParty, venueLine } from './describe.js';
import { checkedLocale, checkedSiteUrl } from './options.js';
import { booleanText } from './table-spec.js';
import { toValidation } from './validate/issue.js';
import type { WorldIndex } from './world-index.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const built = existsSync(join(pkgDir, 'dist', 'index.js')) && existsSync(join(pkgDir, 'dist', 'validate', 'index.js'));

describe('what consumers other than ESM ones get', () => {
  it('is published as a public scoped package, whichever command publishes it', () => {
    // A scoped package is restricted by default: a plain `pnpm publish` would fail on a free npm account.
    expect(pkg.publishConfig).toEqual({ access: 'public' });
  });

  it('gives TypeScript under node10 resolution the types of every subpath its exports map has', () => {
    // node10 ignores `exports`; without typesVersions `@org/formats/validate` has no types there (attw: node10).
    const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json');
    for (const subpath of subpaths)
      expect(pkg.typesVersions['*'][subpath.slice(2)], subpath).toEqual([pkg.exports[subpath].types]);
  });

  it.skipIf(!built && !testEnv.CI)(
    'loads with require() from CommonJS on Node 20.19+, as its README says (skipped outside CI when dist/ is not built; CI builds first)',
    () => {
      // Node's own require(esm), in a child process, on the built package and its validate subpath.
      const out = execFileSync(
        process.execPath,
        [
          '-e',
          "const f = require('@org/formats'); const v = require('@org/formats/validate'); console.log(typeof f.writeFeed, typeof v.toValidation, f.booleanText(true, 'pl'))",
        ],
        { cwd: pkgDir, encoding: 'utf8' },
      );
      expect(out.trim()).toBe('function function tak');
    },
    60_000,
  );
});

describe('the @examples of booleanText, checkedLocale, checkedSiteUrl, speakerParty, venueLine and toValidation', () => {
  it('booleanText', () => {
    expect(booleanText(true, 'pl')).toBe('tak');
    expect(booleanText(false, 'en')).toBe('no');
  });

  it('checkedLocale', () => {
    expect(checkedLocale('en')).toBe('en');
    expect(() => checkedLocale('de')).toThrow('@org/formats: options.locale must be "pl" or "en", got "de"');
  });

  it('checkedSiteUrl', () => {
    expect(checkedSiteUrl('https://mosty.example/')).toBe('https://mosty.example');
    expect(() => checkedSiteUrl('https://mosty.example/?a=1')).toThrow(
      '@org/formats: options.siteUrl must be an origin and path without a query or fragment, got "https://mosty.example/?a=1"',
    );
  });

  it('speakerParty', () => {
    const world = {
      organizations: new Map(),
      authorities: new Map([['wol', { name: 'Powiat Wołomiński' }]]),
    } as unknown as Pick<WorldIndex, 'organizations' | 'authorities'>;
    const reps = (s: object) => ({ kind: 'representatives', ...s }) as Speaker;
    expect(speakerParty(reps({ authorityId: 'wol', description: 'urzędnicy powiatu' }), world)).toBe(
      'Powiat Wołomiński',
    );
    expect(speakerParty(reps({ description: 'przedstawiciele spółdzielni' }), world)).toBeUndefined();
  });

  it('venueLine', () => {
    const venue = {
      name: 'Centrum Konferencyjne',
      address: { street: 'ul. Jagiellońska 54', postalCode: '03-463', city: 'Warszawa', country: 'PL' },
    } as Venue;
    expect(venueLine(venue)).toBe('Centrum Konferencyjne, ul. Jagiellońska 54, 03-463 Warszawa');
  });

  it('toValidation', () => {
    expect(toValidation([])).toEqual({ ok: true });
    expect(toValidation([{ path: 'startDate', message: 'is required' }])).toEqual({
      ok: false,
      issues: [{ path: 'startDate', message: 'is required' }],
    });
  });
});
