import type { Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import { AGENDA_FIELDS, AGENDA_KIND_FIELDS, SPEAKER_FIELDS } from '../forms/entities.js';
import { t } from '../i18n.js';
import { agendaItemHeading } from './agenda-item-heading.js';
import { FieldControl, type RefOptions } from './field-control.js';
import { objectOrEmpty } from './object-value.js';

type Item = Record<string, unknown>;

const peopleOf = (item: Item): Item[] => {
  const list = item.panelists ?? item.speakers ?? item.facilitators ?? item.people;
  return Array.isArray(list) ? list.map(objectOrEmpty) : [];
};

interface Shared {
  locale: Locale;
  refs: RefOptions;
  zone: string;
  errors: Record<string, string>;
}

const SpeakerFields: FC<Shared & { prefix: string; speaker: Item }> = ({ prefix, speaker, ...s }) => (
  <div class="speaker">
    {SPEAKER_FIELDS.map((f) => (
      <FieldControl
        field={f}
        name={`${prefix}.${f.name}`}
        value={speaker[f.name]}
        error={s.errors[`${prefix}.${f.name}`]}
        locale={s.locale}
        refs={s.refs}
        zone={s.zone}
        label={f.name === 'kind' ? t(s.locale, 'who') : undefined}
      />
    ))}
  </div>
);

const ItemFields: FC<Shared & { index: number; item: Item }> = ({ index, item, ...s }) => {
  const p = `agenda[${index}]`;
  const people = [...peopleOf(item), {}];
  const moderator = objectOrEmpty(item.moderator);
  return (
    <li class="agenda-item" data-agenda-item>
      <fieldset>
        <legend>{`${index + 1}. ${agendaItemHeading(item, s.locale)}`}</legend>
        <input type="hidden" name={`${p}.id`} value={typeof item.id === 'string' ? item.id : ''} />
        <div class="grid">
          {AGENDA_FIELDS.map((f) => (
            <FieldControl
              field={f}
              name={`${p}.${f.name}`}
              value={item[f.name]}
              error={s.errors[`${p}.${f.name}`]}
              locale={s.locale}
              refs={s.refs}
              zone={s.zone}
              kindOnly={kindsOf(f.name)}
            />
          ))}
        </div>
        <fieldset class="moderator" data-kind-only={kindsOf('moderator')}>
          <legend>{labelFor('moderator', s.locale)}</legend>
          <p class="hint">{t(s.locale, 'moderatorHint')}</p>
          <SpeakerFields {...s} prefix={`${p}.moderator`} speaker={moderator} />
        </fieldset>
        <fieldset class="people" data-kind-only={kindsOf('people')}>
          <legend>{labelFor('people', s.locale)}</legend>
          <ol data-people>
            {people.map((sp, j) => (
              <li data-person>
                <SpeakerFields {...s} prefix={`${p}.people[${j}]`} speaker={sp} />
                <button type="button" data-remove-person hidden>
                  {t(s.locale, 'remove')}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" data-add-person hidden>
            {t(s.locale, 'addPerson')}
          </button>
        </fieldset>
        <div class="item-tools">
          <button type="button" data-move="up" hidden>
            {t(s.locale, 'moveUp')}
          </button>
          <button type="button" data-move="down" hidden>
            {t(s.locale, 'moveDown')}
          </button>
          <button type="button" data-remove-item hidden>
            {t(s.locale, 'remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
};

/** The kinds that have an editor field, as `data-kind-only` names them; undefined for fields every kind has. */
const kindsOf = (name: string): string | undefined =>
  Object.hasOwn(AGENDA_KIND_FIELDS, name)
    ? AGENDA_KIND_FIELDS[name as keyof typeof AGENDA_KIND_FIELDS].join(' ')
    : undefined;

const labelFor = (key: 'moderator' | 'people', locale: Locale) =>
  key === 'moderator' ? (locale === 'pl' ? 'Moderator' : 'Moderator') : locale === 'pl' ? 'Osoby' : 'People';

/**
 * The agenda editor. Without JavaScript it is a plain part of the form with one blank item and one
 * blank person row to fill (save and edit again for more), every field shown (the server refuses data
 * in a field the item's kind lacks); the browser bundle adds, removes, reorders and renumbers items,
 * shows only the fields of each item's kind (and a field of another kind while it holds data), and
 * shows `agendaProblems` as the agenda changes.
 */
export const AgendaEditor: FC<Shared & { agenda: unknown }> = ({ agenda, ...s }) => {
  // The blank item to fill has no kind chosen ("—", headed "Nowy punkt"): preset to a panel, it read as an item
  // already there. Left as it is, it is no item (parsing skips a row whose only value is a select).
  const items = [...(Array.isArray(agenda) ? agenda.map(objectOrEmpty) : []), {} as Item];
  const problems = (s.errors.__agenda ?? '').split('\n').filter(Boolean);
  return (
    <fieldset class="agenda" data-agenda>
      <legend>{t(s.locale, 'agenda')}</legend>
      <ol data-agenda-items>
        {items.map((item, i) => (
          <ItemFields {...s} index={i} item={item} />
        ))}
      </ol>
      <button type="button" data-add-item hidden>
        {t(s.locale, 'addItem')}
      </button>
      <section aria-labelledby="agenda-problems-h" class="agenda-problems">
        <h2 id="agenda-problems-h">{t(s.locale, 'agendaProblems')}</h2>
        {/* A heading over nothing reads as if the list failed to load: the browser bundle, which checks the agenda
            as it stands, says when it found none. The server does not: a refused form's agenda may be unchecked. */}
        <p class="ok" data-agenda-none hidden>
          {t(s.locale, 'noAgendaProblems')}
        </p>
        <ul data-agenda-problems aria-live="polite">
          {problems.map((m) => (
            <li>{m}</li>
          ))}
        </ul>
      </section>
    </fieldset>
  );
};
