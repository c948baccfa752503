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
import { Address, DateRange, Fact, Polish, polishData } from './bits.js';
import { CooperationTable } from './cooperation-table.js';
import { calendarPath } from './events-page.js';
import { EventList, NameList } from './lists.js';
import { SubscribeLinks } from './subscribe-links.js';

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
      lang: polishData(ctx),
      link: href(ctx, { kind: 'grant', slug: g.slug }),
      note: (
        <>
          <Polish ctx={ctx}>{g.funderName}</Polish>, {formatMoney(g.amount, ctx.locale)},{' '}
          <DateRange locale={ctx.locale} from={g.period.from} to={g.period.to} />
        </>
      ),
    }))}
  />
);

/** What every profile ends with: the events taken part in, the cooperation history and the grants. */
const History: FC<ProfileCommon & { side: 'organization' | 'authority'; calendar?: string | undefined }> = (p) => {
  const t = strings(p.ctx.locale);
  return (
    <>
      <h2>{t.eventsTakenPart}</h2>
      <EventList ctx={p.ctx} events={p.events} related={p.related} />
      {p.calendar ? <SubscribeLinks ctx={p.ctx} path={p.calendar} lead={t.subscribeFiltered} /> : null}
      <h2 id="wspolpraca">{t.cooperation}</h2>
      <CooperationTable
        ctx={p.ctx}
        labelledBy="wspolpraca"
        side={p.side}
        cooperations={p.cooperations}
        events={p.cooperationEvents}
        related={p.related}
      />
      <h2>{t.grantsOf}</h2>
      <GrantList ctx={p.ctx} grants={p.grants} />
    </>
  );
};

/** An organisation's profile: identifiers, events it took part in, its cooperation and grants. */
export const OrganizationPage: FC<
  ProfileCommon & { organization: Organization; handledGrants?: readonly Grant[] | undefined }
> = (p) => {
  const { ctx, organization: o } = p;
  const t = strings(ctx.locale);
  const parent = o.parentAuthorityId ? p.related.authorities.get(o.parentAuthorityId) : undefined;
  return (
    <article>
      <h1 lang={polishData(ctx)}>{o.name}</h1>
      {o.description ? <p lang={polishData(ctx)}>{o.description}</p> : null}
      <h2>{t.identifiers}</h2>
      <dl class="facts">
        <Fact label={t.legalForm}>{LEGAL_FORM_LABELS[o.legalForm][ctx.locale]}</Fact>
        <Fact label="KRS">{o.krs}</Fact>
        <Fact label="NIP">{o.nip}</Fact>
        <Fact label="REGON">{o.regon}</Fact>
        <Fact label="OPP">{o.opp ? t.opp : undefined}</Fact>
        <Fact label={t.address}>{o.address ? <Address ctx={ctx} address={o.address} /> : undefined}</Fact>
        <Fact label={t.website}>{o.website ? <a href={o.website}>{o.website}</a> : undefined}</Fact>
        <Fact label={t.parentAuthority}>
          {parent ? (
            <a href={href(ctx, { kind: 'authority', slug: parent.slug })} lang={polishData(ctx)}>
              {parent.name}
            </a>
          ) : undefined}
        </Fact>
      </dl>
      <History
        {...p}
        side="organization"
        calendar={p.events.length > 0 ? calendarPath(ctx, { organization: o.slug }) : undefined}
      />
      {p.handledGrants?.length ? (
        <>
          <h2>{t.grantsHandled}</h2>
          <GrantList ctx={ctx} grants={p.handledGrants} />
        </>
      ) : null}
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
      <h1 lang={polishData(ctx)}>{a.name}</h1>
      {a.description ? <p lang={polishData(ctx)}>{a.description}</p> : null}
      <h2>{t.identifiers}</h2>
      <dl class="facts">
        <Fact label={t.kind}>{AUTHORITY_KIND_LABELS[a.kind][ctx.locale]}</Fact>
        <Fact label={t.terc}>{a.terc}</Fact>
        <Fact label="NIP">{a.nip}</Fact>
        <Fact label="REGON">{a.regon}</Fact>
        <Fact label={t.office}>{a.officeName ? <Polish ctx={ctx}>{a.officeName}</Polish> : undefined}</Fact>
        <Fact label={t.address}>{a.address ? <Address ctx={ctx} address={a.address} /> : undefined}</Fact>
        <Fact label={t.website}>{a.website ? <a href={a.website}>{a.website}</a> : undefined}</Fact>
        <Fact label={t.parentAuthority}>
          {parent ? (
            <a href={href(ctx, { kind: 'authority', slug: parent.slug })} lang={polishData(ctx)}>
              {parent.name}
            </a>
          ) : undefined}
        </Fact>
      </dl>
      {p.units.length > 0 ? (
        <>
          <h2>{t.units}</h2>
          <NameList
            empty={t.none}
            items={p.units.map((u) => ({
              name: u.name,
              lang: polishData(ctx),
              link: href(ctx, { kind: 'organization', slug: u.slug }),
            }))}
          />
        </>
      ) : null}
      <History
        {...p}
        side="authority"
        calendar={p.events.length > 0 ? calendarPath(ctx, { authority: a.slug }) : undefined}
      />
    </article>
  );
};
