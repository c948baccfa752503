import {
  AGENDA_KIND_LABELS,
  agendaProblems,
  EventSchema,
  fundingStatement,
  GrantSchema,
  LocalAuthoritySchema,
  OrganizationSchema,
  PersonSchema,
  PostSchema,
  VenueSchema,
} from '@org/domain';
import { describe, expect, it } from 'vitest';
import { generateWorld } from './generator.js';

describe('generateWorld', () => {
  const world = generateWorld({ seed: 7, events: 60, organizations: 200, powiaty: 12 });

  it('is deterministic', () => {
    expect(generateWorld({ seed: 7, events: 60, organizations: 200, powiaty: 12 })).toEqual(world);
    expect(generateWorld({ seed: 8, events: 60, organizations: 200, powiaty: 12 })).not.toEqual(world);
  });

  it('produces values that pass the domain schemas', () => {
    for (const a of world.authorities) expect(LocalAuthoritySchema.safeParse(a).error).toBeUndefined();
    for (const o of world.organizations) expect(OrganizationSchema.safeParse(o).error).toBeUndefined();
    for (const v of world.venues) expect(VenueSchema.safeParse(v).error).toBeUndefined();
    for (const p of world.people) expect(PersonSchema.safeParse(p).error).toBeUndefined();
    for (const g of world.grants) expect(GrantSchema.safeParse(g).error).toBeUndefined();
    for (const e of world.events) expect(EventSchema.safeParse(e).error).toBeUndefined();
    for (const p of world.posts) expect(PostSchema.safeParse(p).error).toBeUndefined();
  });

  it('makes agendas of 3–12 items with no problems, and unique slugs', () => {
    for (const e of world.events) {
      expect(e.agenda.length).toBeGreaterThanOrEqual(3);
      expect(e.agenda.length).toBeLessThanOrEqual(12);
      expect(agendaProblems(e)).toEqual([]);
    }
    for (const kind of ['events', 'organizations', 'people', 'authorities'] as const) {
      const slugs = world[kind].map((x) => x.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('writes Polish names with diacritics', () => {
    expect(world.organizations.some((o) => /[ąćęłńóśźż]/i.test(o.name))).toBe(true);
  });

  it('names powiaty with their adjective and gminy as a town or a gmina, never a city in the nominative', () => {
    for (const a of world.authorities.filter((x) => x.kind === 'powiat')) {
      expect(a.name).toMatch(/^Powiat [a-ząćęłńóśźż-]+(ski|cki|dzki)$/);
    }
    for (const a of world.authorities.filter((x) => x.kind === 'gmina_miejska')) expect(a.name).toMatch(/^Miasto /);
    for (const a of world.authorities.filter((x) => x.kind === 'gmina_wiejska')) expect(a.name).toMatch(/^Gmina /);
  });

  it('puts places after "w" in the locative: "w Siedlcach", "we Wrocławiu", not "w Siedlce"', () => {
    const named = [...world.organizations, ...world.venues];
    for (const x of named) {
      expect(x.name).toMatch(/ we? \S/);
      expect(x.name.endsWith(` ${x.address?.city}`)).toBe(false);
    }
    for (const o of world.organizations) expect(o.description?.endsWith(` ${o.address?.city}.`)).toBe(false);
  });

  it('gives roles in the form of the person’s gender and the kind of the party they speak for', () => {
    const feminineRole =
      /(^|\s)(prezeska|wiceprezeska|skarbniczka|członkini|współzałożycielka|koordynatorka|naczelniczka|radna|wolontariuszka|przewodnicząca|przedstawicielka|zastępczyni|dyrektorka|pełnomocniczka|kierowniczka|fundatorka)(\s|$)/;
    const masculineRole =
      /(^|\s)(prezes|wiceprezes|skarbnik|członek|współzałożyciel|koordynator|naczelnik|radny|wolontariusz|przewodniczący|przedstawiciel|zastępca|dyrektor|pełnomocnik|kierownik|fundator)(\s|$)/;
    const office =
      /wójt|starosta|marszałek|burmistrz|prezydent|radn[ya] (gminy|miasta|powiatu|województwa)|naczelni|sekretarz (gminy|miasta)|pełnomocni|departamentu|referatu|zarządu (powiatu|województwa)/;
    const heads = new Map<string, number>();
    for (const p of world.people) {
      const woman = p.givenName.endsWith('a');
      for (const a of p.affiliations) {
        const role = a.role ?? '';
        expect(role, `${p.givenName} ${p.familyName}: ${role}`).not.toMatch(woman ? masculineRole : feminineRole);
        expect(office.test(role), role).toBe(a.authorityId !== undefined);
        expect(a.organizationId === undefined).toBe(a.authorityId !== undefined);
        if (/^(wójt|starosta|marszałek województwa)$/.test(role)) {
          heads.set(a.authorityId as string, (heads.get(a.authorityId as string) ?? 0) + 1);
        }
      }
    }
    expect([...heads.values()].every((n) => n === 1)).toBe(true);
    expect(world.people.some((p) => p.affiliations.some((a) => a.authorityId))).toBe(true);
  });

  it('speakers speak in their own role for their own party', () => {
    const people = new Map(world.people.map((p) => [p.id, p]));
    for (const e of world.events) {
      for (const item of e.agenda) {
        const speakers =
          item.kind === 'panel' ? [item.moderator, ...item.panelists] : 'speakers' in item ? item.speakers : [];
        for (const s of speakers) {
          if (s?.kind !== 'person') continue;
          const [a] = people.get(s.personId)?.affiliations ?? [];
          expect([s.role, s.organizationId, s.authorityId]).toEqual([a?.role, a?.organizationId, a?.authorityId]);
        }
      }
    }
  });

  it('titles agenda items without repeating their kind, and lists distinct topics in a discussion', () => {
    for (const e of world.events) {
      for (const item of e.agenda) {
        const label = AGENDA_KIND_LABELS[item.kind].pl;
        if (item.title !== undefined) {
          expect(item.title).not.toBe(label);
          expect(item.title.startsWith(`${label}:`)).toBe(false);
        }
        if (item.kind === 'discussion') expect(new Set(item.topics).size).toBe(item.topics.length);
      }
      const titled = e.agenda.filter((i) => i.kind === 'panel' || i.kind === 'presentation' || i.kind === 'other');
      expect(new Set(titled.map((i) => i.title)).size).toBe(titled.length);
    }
  });

  it('writes funding statements with the funder in the genitive', () => {
    for (const g of world.grants) {
      expect(fundingStatement(g)).toMatch(
        /ze środków budżetu (Powiatu [a-ząćęłńóśźż-]+(skiego|ckiego|dzkiego)|Województwa [\p{L}-]+iego)$/u,
      );
    }
  });
});
