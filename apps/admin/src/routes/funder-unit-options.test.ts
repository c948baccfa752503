import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  ({ h, client: admin } = await signedInHarness('administrator'));
  const org = (name: string, legalForm: string, parentAuthorityId?: string) =>
    h.store.organizations.create({ name, legalForm, ...(parentAuthorityId ? { parentAuthorityId } : {}) });
  // Code-point order would put "Zakład…" before "Środowiskowy…"; Polish collation puts Ś after S, before Z.
  await org('Zakład Usług Komunalnych w Markach', 'jednostka_samorzadowa');
  await org('Środowiskowy Dom Samopomocy w Wołominie', 'jednostka_samorzadowa', SEED_IDS.powiatWolominski);
  await org('Agencja Rozwoju Mazowsza', 'instytucja_publiczna');
  await org('Związek Gmin Wiejskich', 'stowarzyszenie_jst');
});
afterAll(() => h?.close());

/** The labels of a select's options, in order, without the empty first one. */
const options = (html: string, name: string): string[] => {
  const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
  return [...select.matchAll(/<option[^>]*value="([^"]*)"[^>]*>([^<]*)<\/option>/g)]
    .filter((m) => m[1] !== '')
    .map((m) => m[2] ?? '');
};

describe("a grant's funder unit", () => {
  it('offers only public bodies: local government units first, then other public bodies, each in Polish order', async () => {
    const page = await admin.request('/grants/new');
    expect(options(page.text, 'funderUnitId')).toEqual([
      'Mazowieckie Centrum Polityki Społecznej',
      'Środowiskowy Dom Samopomocy w Wołominie',
      'Zakład Usług Komunalnych w Markach',
      'Agencja Rozwoju Mazowsza',
    ]);
    // The beneficiary is still any organisation.
    expect(options(page.text, 'beneficiaryId')).toContain('Fundacja Inicjatyw Społeczno-Ekonomicznych');
    expect(page.text).toMatch(/<select[^>]*name="funderUnitId"[^>]*data-scope="funderUnits"/);
  });

  it('searches only public bodies when the select asks for its scope', async () => {
    const scoped = await admin.request('/lookup/organizations?q=w&scope=funderUnits');
    const labels = (JSON.parse(scoped.text) as { items: { label: string }[] }).items.map((i) => i.label);
    expect(labels).toContain('Środowiskowy Dom Samopomocy w Wołominie');
    expect(labels).not.toContain('Związek Gmin Wiejskich');
    expect(labels.some((l) => l.startsWith('Fundacja'))).toBe(false);
    const all = await admin.request('/lookup/organizations?q=Fundacja');
    expect(JSON.parse(all.text).items.length).toBeGreaterThan(0);
  });

  it('keeps a grant’s current funder unit offered and chosen though it would not be offered now, and saving keeps it', async () => {
    const grant = (await h.store.grants.get(SEED_IDS.grant))!;
    const fise = (await h.store.organizations.get(SEED_IDS.fise))!;
    await h.store.grants.update(grant.id, grant.version, { ...grant, funderUnitId: fise.id });
    const page = await admin.request(`/grants/${grant.id}`);
    const labels = options(page.text, 'funderUnitId');
    expect(labels[0]).toBe(`${fise.name} (wybrana wcześniej, spoza jednostek publicznych)`);
    expect(labels).toHaveLength(5);
    const form = formOf(page.text);
    expect(form.get('funderUnitId')).toBe(fise.id);
    expect((await admin.request(`/grants/${grant.id}`, { form })).status).toBe(303);
    expect((await h.store.grants.get(grant.id))?.funderUnitId).toBe(fise.id);
  });
});
