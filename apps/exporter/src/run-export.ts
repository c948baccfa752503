/**
 * Runs one export: reads the store, calls the format's writer from @org/formats, and hands back the
 * output as a stream of text chunks or as bytes. Extend by adding a case for a new format name.
 */
import {
  doubleFinancingRisks,
  type Event,
  finalReportProblems,
  type Grant,
  grantReportFigures,
  isPublicEvent,
  localDayOf,
  type RecordMeta,
  reportingPeriod,
} from '@org/domain';
import {
  eventJsonLd,
  eventToIcs,
  type FormatOptions,
  frabScheduleJson,
  frabScheduleXml,
  grantReportDocx,
  grantReportMarkdown,
  grantsTo360Giving,
  grantsTo360GivingCsv,
  icsChunks,
  type TableName,
  tableCsvChunks,
  tableRowsOf,
  tableXlsx,
  threeSixtyGivingNotices,
  type WorldIndex,
  writeFeed,
} from '@org/formats';
import { linkContext, shareImageUrl, siteFeedOptions } from '@org/site';
import type { Store } from '@org/store';
import { type ExportOptions, UsageError } from './args.js';
import { allOf, loadWorldIndex, publicEvents, requireBySlug } from './load.js';
import type { Messages } from './messages.js';
import type { Progress } from './progress.js';
import { type CheckedStore, checkedStore } from './stored-records.js';

export type ExportOutput = { kind: 'text'; chunks: AsyncIterable<string> } | { kind: 'bytes'; bytes: Uint8Array };

const once = async function* (text: string) {
  yield text;
};

/** The items, each ticked on the progress bar; `none` is called at the end when there was not one. */
async function* counted<T>(
  items: AsyncIterable<T>,
  progress: Progress,
  none: () => void = () => {},
): AsyncGenerator<T> {
  let count = 0;
  for await (const item of items) {
    count += 1;
    progress.tick();
    yield item;
  }
  progress.done();
  if (count === 0) none();
}

/** Passes `events` through; when there were some and none gave a row (`rows`), calls `none` with their number. */
async function* rowCounted<T>(
  events: AsyncIterable<T>,
  rows: (event: T) => number,
  none: (events: number) => void,
): AsyncGenerator<T> {
  let [count, total] = [0, 0];
  for await (const event of events) {
    count += 1;
    total += rows(event);
    yield event;
  }
  if (count > 0 && total === 0) none(count);
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/** Grants to export: one with --grant, else all, narrowed to those overlapping --from/--to. */
async function selectGrants(store: CheckedStore, options: ExportOptions): Promise<Grant[]> {
  if (options.grant) return [await requireBySlug('grant', options.grant, store.grants)];
  const grants = await collect(allOf((q) => store.grants.list(q)));
  return grants.filter(
    (g) => (!options.from || g.period.to >= options.from) && (!options.to || g.period.from <= options.to),
  );
}

/** Events a set of grants paid for, so 360Giving links each grant to them. */
async function fundedEvents(store: CheckedStore, grants: readonly Grant[]): Promise<Event[]> {
  const out = new Map<string, Event>();
  for (const g of grants)
    for await (const e of allOf((q) =>
      store.events.list({ ...q, filter: { grantId: g.id, status: ['published', 'cancelled', 'postponed'] } }),
    ))
      out.set(e.id, e);
  return [...out.values()];
}

const withEvents = (world: WorldIndex, events: readonly Event[]): WorldIndex => ({
  ...world,
  events: new Map([...world.events, ...events.map((e) => [e.id, e] as const)]),
});

export async function runExport(
  from: Store,
  options: ExportOptions,
  format: FormatOptions,
  progress: Progress,
  m: Messages,
  /** Says what the output leaves out or flags but does not refuse (a sentence in the CLI's language). */
  warn: (message: string) => void = () => {},
): Promise<ExportOutput> {
  // Records are checked as they are read, and refused ones named in the CLI's language.
  const store = checkedStore(from, m.locale);
  const world = await loadWorldIndex(store);
  const single = options.event ? await requireBySlug('event', options.event, store.events) : undefined;
  // A draft is no one's to read yet: the website serves no page, calendar or JSON-LD of it, and the files would link
  // its page, a 404. Every format leaves drafts out of a list of events (`publicEvents`); --event does too.
  if (single && !isPublicEvent(single)) throw new UsageError(m.eventNotPublic(single.slug));
  // An empty selection still makes a valid file (a calendar without events, a table's header row), and the export
  // succeeds, but one line on standard error says so: an empty calendar must not go to a funder unnoticed.
  const range = { from: options.from, to: options.to };
  const events = () =>
    counted(
      single
        ? (async function* () {
            yield single;
          })()
        : publicEvents(store, options),
      progress,
      () => warn(m.nothingSelected({ format: options.format, what: 'event', range, table: options.table })),
    );

  switch (options.format) {
    case 'ics':
      return single
        ? { kind: 'text', chunks: once(eventToIcs(single, world, format)) }
        : { kind: 'text', chunks: icsChunks(events(), world, format) };
    case 'rss':
    case 'atom':
    case 'json-feed': {
      const posts = await collect(
        allOf((q) =>
          store.posts.list({
            ...q,
            filter: { status: ['published'] },
            sort: { field: 'publishedAt', direction: 'desc' },
          }),
        ),
      );
      const kind = options.format === 'json-feed' ? 'json' : options.format;
      // What the website's feeds carry besides the records: its name, tagline, icon and logo, and with a SITE_CONFIG
      // the publisher's signature and the data's licence. The publisher's page is its organisation's when the
      // database holds it, as on the website (a deleted one would be a broken link).
      const slug = options.site?.publisher.organizationSlug;
      const publisherHasPage = slug ? (await store.organizations.getBySlug(slug)) !== null : false;
      const feed = {
        ...format,
        ...siteFeedOptions(linkContext(format.siteUrl, format.locale), options.site, publisherHasPage),
      };
      return { kind: 'text', chunks: once(writeFeed(kind, { posts, events: await collect(events()) }, world, feed)) };
    }
    case 'jsonld': {
      // A file to publish: an organiser, venue or speaker the database lacks stops the export
      // (FORMAT_REFERENCE_MISSING) rather than leaving a hole in it, as the website's pages do.
      // The site's share image as the event's image, as the website's event page gives it (its og:image too).
      const strict = {
        ...format,
        missing: 'throw',
        image: shareImageUrl(linkContext(format.siteUrl, format.locale)),
      } as const;
      if (single)
        return { kind: 'text', chunks: once(`${JSON.stringify(eventJsonLd(single, world, strict), null, 2)}\n`) };
      const all = await collect(events());
      return {
        kind: 'text',
        chunks: once(
          `${JSON.stringify(
            all.map((e) => eventJsonLd(e, world, strict)),
            null,
            2,
          )}\n`,
        ),
      };
    }
    case 'frab-xml':
    case 'frab-json': {
      if (!single) throw new UsageError(m.needs(options.format, 'event', ''));
      const write = options.format === 'frab-xml' ? frabScheduleXml : frabScheduleJson;
      return { kind: 'text', chunks: once(write(single, world, format)) };
    }
    case '360giving-json':
    case '360giving-csv': {
      // A 360Giving prefix is the publisher's own: ids made with another's (or a made-up one) would collide with
      // that publisher's grants in 360Giving's data, so there is no fallback.
      const prefix = options.site?.publisher.threeSixtyGivingPrefix;
      if (!options.site || !prefix)
        throw new UsageError(m.threeSixtyGivingNeedsPrefix(options.format, options.site?.path));
      const publication = {
        ...format,
        publisher: { name: options.site.publisher.name, prefix },
        license: options.site.license.url,
      };
      const grants = await selectGrants(store, options);
      if (grants.length === 0) warn(m.nothingSelected({ format: options.format, what: 'grant', range }));
      const linked = withEvents(world, await fundedEvents(store, grants));
      // The package's `modified`: its grants' last change as stored, so the same data gives the same file.
      const changes = grants
        .map((g) => (g as Grant & Partial<RecordMeta>).updatedAt)
        .filter((at): at is string => typeof at === 'string')
        .sort((a, b) => Date.parse(a) - Date.parse(b));
      const modified = changes.at(-1);
      const write = options.format === '360giving-json' ? grantsTo360Giving : grantsTo360GivingCsv;
      for (const notice of threeSixtyGivingNotices(
        grants,
        linked,
        options.format === '360giving-json' ? 'json' : 'csv',
      ))
        warn(m.threeSixtyGivingNotice(notice));
      return {
        kind: 'text',
        chunks: once(write(grants, linked, modified ? { ...publication, modified } : publication)),
      };
    }
    case 'csv':
    case 'xlsx': {
      const table = options.table as TableName;
      // Tables of events (their items, their people) take the events selected: --event, --from, --to.
      const fromEvents = table === 'events' || table === 'agenda-items' || table === 'event-people';
      const directory = {
        people: world.people,
        organizations: world.organizations,
        authorities: world.authorities,
        grants: world.grants,
      };
      // Events selected whose agendas give the table no row: said as an empty selection is (the file is still valid).
      const rowsOf =
        table === 'agenda-items' || table === 'event-people'
          ? (selected: AsyncIterable<Event>) =>
              rowCounted(
                selected,
                (e) => tableRowsOf(table, e, world, format).length,
                (n) => warn(m.noTableRows({ format: options.format, table, events: n })),
              )
          : (selected: AsyncIterable<Event>) => selected;
      if (options.format === 'csv') {
        // Without --delimiter, @org/formats takes the language's: ';' in Polish, ',' in English.
        const csv = { ...format, ...(options.delimiter ? { delimiter: options.delimiter } : {}) };
        const records = fromEvents ? rowsOf(events()) : directory[table as keyof typeof directory].values();
        return { kind: 'text', chunks: tableCsvChunks(table, records as never, world, csv) };
      }
      const all = fromEvents ? await collect(rowsOf(events())) : undefined;
      const indexed = all ? withEvents(world, all) : world;
      // Each date-time column beside its UTC instant: the wall clock alone repeats an hour when clocks go back.
      return { kind: 'bytes', bytes: await tableXlsx(table, indexed, { ...format, utcColumns: true }) };
    }
    case 'report-md':
    case 'report-docx': {
      const [grant] = await selectGrants(store, options);
      if (!grant) throw new UsageError(m.needs(options.format, 'grant', ''));
      // The report covers the agreement's days only: --from or --to alone takes the grant's other end, a period
      // reaching past the grant's is cut to it (and said), one with no day in it is refused.
      const chosen = reportingPeriod(grant.period, { from: options.from, to: options.to });
      if (!chosen.ok) throw new UsageError(m.reportPeriodOutside(grant.slug, chosen.asked, grant.period));
      if (chosen.clipped)
        warn(
          m.reportPeriodClipped(
            grant.slug,
            { from: options.from ?? grant.period.from, to: options.to ?? grant.period.to },
            grant.period,
            chosen.period,
          ),
        );
      const linked = withEvents(world, await fundedEvents(store, [grant]));
      const figures = grantReportFigures(grant, [...linked.events.values()], {
        asOf: options.asOf,
        period: chosen.period,
      });
      const slugOf = (id: string) => linked.events.get(id)?.slug ?? id;
      // A final report of a task not over yet is refused here, in the CLI's words (the writer would refuse it too).
      if (options.reportKind === 'final') {
        const problems = finalReportProblems(grant, figures).map((p) =>
          p.code === 'eventsPlanned' ? { ...p, eventIds: p.eventIds.map(slugOf) } : p,
        );
        if (problems.length)
          throw new UsageError(m.finalReportRefused(grant.slug, problems, options.asOfGiven === true));
      }
      // Listed in the report under their own heading, not counted: said here too, as a wrong date or grant.
      const outside = figures.outsidePeriodEventIds
        .map((id) => linked.events.get(id))
        .filter((e): e is Event => e !== undefined)
        .map((e) => ({ slug: e.slug, day: localDayOf(e.startsAt, e.timeZone) }))
        .sort((a, b) => a.day.localeCompare(b.day));
      if (outside.length) warn(m.outsidePeriod(grant.slug, grant.period, outside));
      if (figures.eventIds.length === 0)
        warn(m.reportNoEvents(grant.slug, chosen.period, options.from !== undefined || options.to !== undefined));
      // The report names every event's other grants; an entrustment sharing one is said here too.
      for (const risk of doubleFinancingRisks(grant, figures.sharedEvents, [...world.grants.values()]))
        warn(
          m.doubleFinancing(
            grant.slug,
            slugOf(risk.eventId),
            risk.otherGrantIds.map((id) => world.grants.get(id)?.slug ?? id),
            grant.form === 'entrustment',
          ),
        );
      const report = {
        ...format,
        ...(options.from || options.to ? { period: chosen.period } : {}),
        ...(options.reportKind ? { reportKind: options.reportKind } : {}),
        // parseCommandLine sets it for every report: --as-of, else now.
        ...(options.asOf ? { asOf: options.asOf } : {}),
      };
      return options.format === 'report-md'
        ? { kind: 'text', chunks: once(grantReportMarkdown(grant, linked, report)) }
        : { kind: 'bytes', bytes: await grantReportDocx(grant, linked, report) };
    }
    default:
      throw new UsageError(m.notAvailable(options.format));
  }
}
