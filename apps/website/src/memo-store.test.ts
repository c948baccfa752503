import { seedWorld } from '@org/demo';
import { linkContext, renderRoute } from '@org/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoStore } from './memo-store.js';
import { seededStore } from './testing/seeded-store.js';

let env: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  env = await seededStore(seedWorld());
});
afterAll(async () => env?.dispose());

describe('memo store (the read snapshot pages render from)', () => {
  it('reads each list once and shares one object per record between lists', async () => {
    const memo = memoStore(env.store);
    const all = await memo.events.list({});
    const event = all.items[0]!;
    const organizer = await memo.events.list({ filter: { organizationId: event.organizerId } });
    expect(organizer.items[0]).toBe(event);
    // The same query again is the same page, not a second read.
    expect(await memo.events.list({})).toBe(all);
  });

  it('after a write and reset, reads the new version instead of the kept object', async () => {
    const memo = memoStore(env.store);
    await memo.preload();
    const before = (await memo.organizations.list({ limit: 1 })).items[0]!;
    await env.store.organizations.update(before.id, before.version, { ...before, shortName: 'Nowa nazwa' });
    memo.reset();
    const after = (await memo.organizations.list({ limit: 1 })).items[0]!;
    expect(after).not.toBe(before);
    expect(after).toMatchObject({ id: before.id, shortName: 'Nowa nazwa', version: before.version + 1 });
  });

  it('getMany answers from the snapshot, reads only the ids it lacks (in one query), and keeps them', async () => {
    const memo = memoStore(env.store);
    const orgs = (await env.store.organizations.list({ limit: 3 })).items;
    const [a, b, c] = orgs;
    const first = await memo.organizations.get(a!.id);
    const calls: (readonly string[])[] = [];
    const getMany = env.store.organizations.getMany.bind(env.store.organizations);
    const spied = memoStore({
      ...env.store,
      organizations: {
        ...env.store.organizations,
        getMany: (ids: readonly string[]) => {
          calls.push(ids);
          return getMany(ids);
        },
      },
    } as typeof env.store);
    await spied.organizations.get(a!.id);
    const got = await spied.organizations.getMany([b!.id, a!.id, 'nie-ma', c!.id, b!.id]);
    expect(got.map((o) => o.id)).toEqual([b!.id, a!.id, c!.id]);
    expect(calls).toEqual([[b!.id, 'nie-ma', c!.id, b!.id]]);
    // Kept: the same objects again, no second read; the unknown id is asked again (a miss is not kept).
    expect(await spied.organizations.getMany([c!.id, b!.id])).toEqual([got[2], got[0]]);
    expect(calls).toHaveLength(1);
    expect(await spied.organizations.get(b!.id)).toBe(got[0]);
    await spied.organizations.getMany(['nie-ma']);
    expect(calls).toHaveLength(2);
    expect(first).toEqual(got[1]);
  });

  it('does not remember a miss: unknown slugs from request paths cannot pile up', async () => {
    const memo = memoStore(env.store);
    const org = (await env.store.organizations.list({ limit: 1 })).items[0]!;
    const slug = `${org.slug}-przemianowana`;
    expect(await memo.organizations.getBySlug(slug)).toBeNull();
    expect(await memo.organizations.get('nie-ma-takiego-id')).toBeNull();
    // The record appears under that slug; without a reset the memo asks the store again and finds it.
    await env.store.organizations.update(org.id, org.version, { ...org, slug });
    expect(await memo.organizations.getBySlug(slug)).toMatchObject({ id: org.id, slug });
  });

  it('counts what pages show of many events once per snapshot, and afresh after a write', async () => {
    const memo = memoStore(env.store);
    const home = async () =>
      String(
        (
          await renderRoute(
            { store: memo, ctx: linkContext('https://mosty.example.org', 'pl'), now: Date.now() },
            { kind: 'home' },
          )
        )?.body,
      );
    const involved = (html: string) =>
      html.slice(html.indexOf('id="organizacje"'), html.indexOf('</section>', html.indexOf('id="organizacje"')));
    const before = involved(await home());
    // An organisation the home page does not list becomes a partner of every event.
    const events = (await env.store.events.list({ limit: 500 })).items;
    const newcomer = (await env.store.organizations.list({ limit: 500 })).items.find((o) => !before.includes(o.name));
    if (!newcomer) throw new Error('the seed has an organisation the home page does not list');
    expect(before).not.toContain(newcomer.name);
    for (const e of events)
      await env.store.events.update(e.id, e.version, {
        ...e,
        partners: [...e.partners, { organizationId: newcomer.id, role: 'partner' }],
      });
    // Until the server sees the write, the snapshot stays whole: the same counts, the same page.
    expect(involved(await home())).toBe(before);
    memo.reset();
    expect(involved(await home())).toContain(newcomer.name);
  });

  it('one render cannot change what the next shows: a filter by an unknown hashtag stays its own', async () => {
    const memo = memoStore(env.store);
    const ctx = linkContext('https://mosty.example.org', 'pl');
    const events = async (hashtag?: string) =>
      String(
        (await renderRoute({ store: memo, ctx, now: Date.now() }, { kind: 'events' }, hashtag ? { hashtag } : {}))
          ?.body,
      );
    expect(await events('NiktTegoNieUżywa')).toContain('<option value="NiktTegoNieUżywa" selected');
    expect(await events()).not.toContain('NiktTegoNieUżywa');
  });
});
