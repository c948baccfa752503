// The column titles of the events and agenda tables, apart so that tables.ts and table-spec.ts share them.

/** Column titles of the events table, per language. */
export const EVENT_COLUMNS = {
  pl: [
    'Identyfikator',
    'Tytuł',
    'Status',
    'Początek',
    'Koniec',
    'Strefa czasowa',
    'Miejsce',
    'Organizator',
    'Hasztagi',
    'Zarejestrowani',
    'Obecni',
    'Informacja o finansowaniu',
    'Adres strony',
  ],
  en: [
    'ID',
    'Title',
    'Status',
    'Start',
    'End',
    'Time zone',
    'Place',
    'Organiser',
    'Hashtags',
    'Registered',
    'Attended',
    'Funding statement',
    'Page URL',
  ],
} as const;

/** Column titles of the agenda table (one row per agenda item), per language. */
export const AGENDA_COLUMNS = {
  pl: ['Wydarzenie', 'Punkt programu', 'Rodzaj', 'Tytuł', 'Początek', 'Koniec', 'Sala', 'Osoby'],
  en: ['Event', 'Agenda item', 'Kind', 'Title', 'Start', 'End', 'Room', 'People'],
} as const;
