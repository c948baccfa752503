/**
 * Prints the seed event as a reader would see it: `pnpm start` at the root runs this until the
 * website exists. Polish by default; `--lang en` for English.
 */
import {
  AGENDA_KIND_LABELS,
  agendaProblems,
  formatClock,
  formatEventTime,
  fundingStatement,
  itemPeople,
  personName,
  type Speaker,
} from '@org/domain';
import { seedWorld } from './seed.js';

const locale =
  process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'pl';
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
  ...world.grants.filter((g) => event.grantIds.includes(g.id)).map((g) => fundingStatement(g, { locale })),
  agendaProblems(event).length === 0 ? '' : `Agenda problems: ${agendaProblems(event).length}`,
];
console.log(lines.join('\n'));
