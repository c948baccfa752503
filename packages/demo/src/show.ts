/**
 * Prints the seed event as a reader would see it: `pnpm --filter @org/demo start` after a build. Polish
 * by default; `--lang en` or `--lang=en` for English, `--lang pl` for Polish. Any other value, option or
 * argument is refused with exit code 2 and one line on stderr saying what was given and what is accepted.
 */
import { parseArgs } from 'node:util';
import {
  AGENDA_KIND_LABELS,
  agendaProblems,
  formatClock,
  formatEventTime,
  itemPeople,
  type Locale,
  personName,
  type Speaker,
} from '@org/domain';
import { fundingLine } from './funding-line.js';
import { seedWorld } from './seed.js';

const ACCEPTED = 'it takes only --lang pl or --lang en';

/**
 * The language the command line asks for, or why it cannot be used (a line for stderr). node:util's
 * parseArgs reads `--lang en` and `--lang=en` alike; its tokens, not its English error prose, say what
 * else is there. The last `--lang` wins, as in the store's commands.
 */
function requestedLocale(argv: readonly string[]): { ok: true; locale: Locale } | { ok: false; problem: string } {
  // pnpm passes the `--` of `pnpm start -- --lang en` on to the script; npm drops it.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { tokens } = parseArgs({
    args,
    options: { lang: { type: 'string' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let lang: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') return { ok: false, problem: `unexpected argument "${token.value}"; ${ACCEPTED}` };
    if (token.kind === 'option-terminator') return { ok: false, problem: `unexpected "--"; ${ACCEPTED}` };
    if (token.name !== 'lang') return { ok: false, problem: `unknown option "${token.rawName}"; ${ACCEPTED}` };
    if (token.value === undefined) return { ok: false, problem: '--lang needs a value: pl or en' };
    lang = token.value;
  }
  if (lang === undefined || lang === 'pl') return { ok: true, locale: 'pl' };
  if (lang === 'en') return { ok: true, locale: 'en' };
  return { ok: false, problem: `--lang must be pl or en, got "${lang}"` };
}

const requested = requestedLocale(process.argv.slice(2));
if (!requested.ok) {
  process.stderr.write(`show: ${requested.problem}\n`);
  process.exit(2);
}
const locale = requested.locale;
const world = seedWorld();
const event = world.events[0];
if (!event) throw new Error('seed world has no event');
const org = new Map(world.organizations.map((o) => [o.id, o.name]));
const auth = new Map(world.authorities.map((a) => [a.id, a.name]));
const person = new Map(world.people.map((p) => [p.id, personName(p)]));
const venue = world.venues.find((v) => v.id === event.venueId);

const who = (s: Speaker) => {
  const party = (s.organizationId && org.get(s.organizationId)) || (s.authorityId && auth.get(s.authorityId));
  if (s.kind === 'representatives') return s.description;
  return [person.get(s.personId), [s.role, party].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
};

// "Dyskusja w grupach", not "Dyskusja: Dyskusja w grupach"; the kind alone when there is no title.
const heading = (item: (typeof event.agenda)[number]) => {
  const label = AGENDA_KIND_LABELS[item.kind][locale];
  const title = item.title;
  if (!title) return label;
  return title.toLocaleLowerCase('pl').startsWith(label.toLocaleLowerCase('pl')) ? title : `${label}: ${title}`;
};

const lines = [
  event.title,
  formatEventTime(event, locale),
  venue ? `${venue.name}, ${venue.address.street}, ${venue.address.city}` : '',
  '',
  ...event.agenda.flatMap((item) => [
    `${formatClock(item.startsAt, event.timeZone)}–${formatClock(item.endsAt, event.timeZone)}  ${heading(item)}`,
    ...itemPeople(item).map((s) => `    ${who(s)}`),
    ...(item.kind === 'discussion' ? item.topics.map((t) => `    – ${t}`) : []),
  ]),
  '',
  event.hashtags.map((h) => `#${h}`).join(' '),
  ...world.grants.filter((g) => event.grantIds.includes(g.id)).map((g) => fundingLine(g, locale)),
  agendaProblems(event).length === 0 ? '' : `Agenda problems: ${agendaProblems(event).length}`,
];
console.log(lines.join('\n'));
