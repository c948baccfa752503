import {
  AUTHORITY_KIND_LABELS,
  type Cooperation,
  type Event,
  formatMoney,
  type Grant,
  LEGAL_FORM_LABELS,
  type LocalAuthority,
  type Organization,
} from '@org/domain';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { addressText } from './bits.js';
import { CooperationTable } from './cooperation-table.js';
import { EventList, NameList } from './lists.js';

interface ProfileCommon {
  ctx: LinkContext;
  events: readonly Event[];
  cooperations: readonly Cooperation[];
  /** Events named by the cooperation records, by id. */
  cooperationEvents: ReadonlyMap<string, Event>;
  grants: readonly Grant[];
  related: Related;
}

const GrantList: FC<{ ctx: LinkContext; grants: readonly Grant[] }> = ({ ctx, grants }) => (
  <NameList
    empty={strings(ctx.locale).none}
    items={grants.map((g) => ({
      name: g.taskTitle,
      link: href(ctx, { kind: 'grant', slug: g.slug }),
      note: `${g.funderName}, ${formatMoney(g.amount, ctx.locale)}, ${g.period.from} – ${g.period.to}`,
    }))}
  />
);

/** An organisation's profile: identifiers, events it took part in, its cooperation and grants. */
export const OrganizationPage: FC<ProfileCommon & { organization: Organization }> = (p) => {
  const { ctx, organization: o } = p;
  const t = strings(ctx.locale);
  const parent = o.parentAuthorityId ? p.related.authorities.get(o.parentAuthorityId) : undefined;
  return (
    <article>
      <h1>{o.name}</h1>
      {o.description ? <p lang={ctx.locale === 'pl' ? undefined : 'pl'}>{o.description}</p> : null}
      <h2>{t.identifiers}</h2>
      <dl class="facts">
        <dt>{t.legalForm}</dt>
        <dd>{LEGAL_FORM_LABELS[o.legalForm][ctx.locale]}</dd>
        {o.krs ? (
          <>
            <dt>KRS</dt>
            <dd>{o.krs}</dd>
          </>
        ) : null}
        {o.nip ? (
          <>
            <dt>NIP</dt>
            <dd>{o.nip}</dd>
          </>
        ) : null}
        {o.regon ? (
          <>
            <dt>REGON</dt>
            <dd>{o.regon}</dd>
          </>
        ) : null}
        {o.opp ? (
          <>
            <dt>OPP</dt>
            <dd>{t.opp}</dd>
          </>
        ) : null}
        {o.address ? (
          <>
            <dt>{t.address}</dt>
            <dd>{addressText(o.address)}</dd>
          </>
        ) : null}
        {o.website ? (
          <>
            <dt>{t.website}</dt>
            <dd>
              <a href={o.website}>{o.website}</a>
            </dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt>{t.parentAuthority}</dt>
            <dd>
              <a href={href(ctx, { kind: 'authority', slug: parent.slug })}>{parent.name}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t.eventsTakenPart}</h2>
      <EventList ctx={ctx} events={p.events} related={p.related} />
      <h2>{t.cooperation}</h2>
      <CooperationTable
        ctx={ctx}
        side="organization"
        cooperations={p.cooperations}
        events={p.cooperationEvents}
        related={p.related}
      />
      <h2>{t.grantsOf}</h2>
      <GrantList ctx={ctx} grants={p.grants} />
    </article>
  );
};

/** A local authority's profile: kind, TERYT, parent and units, events, cooperation, grants it funded. */
export const AuthorityPage: FC<ProfileCommon & { authority: LocalAuthority; units: readonly Organization[] }> = (p) => {
  const { ctx, authority: a } = p;
  const t = strings(ctx.locale);
  const parent = a.parentId ? p.related.authorities.get(a.parentId) : undefined;
  return (
    <article>
      <h1>{a.name}</h1>
      {a.description ? <p lang={ctx.locale === 'pl' ? undefined : 'pl'}>{a.description}</p> : null}
      <h2>{t.identifiers}</h2>
      <dl class="facts">
        <dt>{t.kind}</dt>
        <dd>{AUTHORITY_KIND_LABELS[a.kind][ctx.locale]}</dd>
        <dt>{t.terc}</dt>
        <dd>{a.terc}</dd>
        {a.nip ? (
          <>
            <dt>NIP</dt>
            <dd>{a.nip}</dd>
          </>
        ) : null}
        {a.regon ? (
          <>
            <dt>REGON</dt>
            <dd>{a.regon}</dd>
          </>
        ) : null}
        {a.officeName ? (
          <>
            <dt>{t.office}</dt>
            <dd>{a.officeName}</dd>
          </>
        ) : null}
        {a.address ? (
          <>
            <dt>{t.address}</dt>
            <dd>{addressText(a.address)}</dd>
          </>
        ) : null}
        {a.website ? (
          <>
            <dt>{t.website}</dt>
            <dd>
              <a href={a.website}>{a.website}</a>
            </dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt>{t.parentAuthority}</dt>
            <dd>
              <a href={href(ctx, { kind: 'authority', slug: parent.slug })}>{parent.name}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {p.units.length > 0 ? (
        <>
          <h2>{t.units}</h2>
          <NameList
            empty={t.none}
            items={p.units.map((u) => ({ name: u.name, link: href(ctx, { kind: 'organization', slug: u.slug }) }))}
          />
        </>
      ) : null}
      <h2>{t.eventsTakenPart}</h2>
      <EventList ctx={ctx} events={p.events} related={p.related} />
      <h2>{t.cooperation}</h2>
      <CooperationTable
        ctx={ctx}
        side="authority"
        cooperations={p.cooperations}
        events={p.cooperationEvents}
        related={p.related}
      />
      <h2>{t.grantsOf}</h2>
      <GrantList ctx={ctx} grants={p.grants} />
    </article>
  );
};
