import {
  type Event,
  formatMoney,
  fundingStatement,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  type Grant,
  localizedFundingStatement,
} from '@org/domain';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { DateRange, Polish, polishData } from './bits.js';
import { EventList } from './lists.js';

/** A grant (public task): funder, amount, period, the statement it requires, the events it funded. */
export const GrantPage: FC<{ ctx: LinkContext; grant: Grant; events: readonly Event[]; related: Related }> = ({
  ctx,
  grant: g,
  events,
  related,
}) => {
  const t = strings(ctx.locale);
  const funder = related.authorities.get(g.funderAuthorityId);
  const unit = g.funderUnitId ? related.organizations.get(g.funderUnitId) : undefined;
  const beneficiary = related.organizations.get(g.beneficiaryId);
  // The English beside the Polish statement: only the agreement's own, or one derived from the same facts.
  const english = ctx.locale === 'en' ? localizedFundingStatement(g, { locale: 'en' }) : undefined;
  return (
    <article>
      <p class="kind">{t.grant}</p>
      <h1 lang={polishData(ctx)}>{g.taskTitle}</h1>
      <dl class="facts">
        <dt>{t.funder}</dt>
        <dd>
          {funder ? (
            <a href={href(ctx, { kind: 'authority', slug: funder.slug })} lang={polishData(ctx)}>
              {g.funderName}
            </a>
          ) : (
            <Polish ctx={ctx}>{g.funderName}</Polish>
          )}
        </dd>
        {unit ? (
          <>
            <dt>{t.handledBy}</dt>
            <dd>
              <a href={href(ctx, { kind: 'organization', slug: unit.slug })} lang={polishData(ctx)}>
                {unit.name}
              </a>
            </dd>
          </>
        ) : null}
        {g.programme ? (
          <>
            <dt>{t.programme}</dt>
            <dd lang={polishData(ctx)}>{g.programme}</dd>
          </>
        ) : null}
        <dt>{t.amount}</dt>
        <dd>{formatMoney(g.amount, ctx.locale)}</dd>
        <dt>{t.period}</dt>
        <dd>
          <DateRange locale={ctx.locale} from={g.period.from} to={g.period.to} />
        </dd>
        <dt>{t.mode}</dt>
        <dd>{GRANT_MODE_LABELS[g.mode][ctx.locale]}</dd>
        <dt>{t.form}</dt>
        <dd>{GRANT_FORM_LABELS[g.form][ctx.locale]}</dd>
        {g.agreementNumber ? (
          <>
            <dt>{t.agreement}</dt>
            <dd>{g.agreementNumber}</dd>
          </>
        ) : null}
        {beneficiary ? (
          <>
            <dt>{t.beneficiary}</dt>
            <dd>
              <a href={href(ctx, { kind: 'organization', slug: beneficiary.slug })} lang={polishData(ctx)}>
                {beneficiary.name}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <section class="funding" aria-labelledby="finansowanie">
        <h2 id="finansowanie">{t.funding}</h2>
        <p class="statement" lang="pl">
          {fundingStatement(g)}
        </p>
        {english?.lang === 'en' ? <p>{english.text}</p> : null}
        {g.hashtags.length > 0 ? <p>{g.hashtags.map((h) => `#${h}`).join(' ')}</p> : null}
      </section>
      <h2>{t.fundedEvents}</h2>
      <EventList ctx={ctx} events={events} related={related} />
    </article>
  );
};
