import type { AgendaItem, Speaker } from '@org/domain';

/**
 * A speaker's part in an agenda item, named after the item's field that lists them in `@org/domain`: a panel's
 * `moderator` and `panelists`, a discussion's `facilitators`, the `speakers` of any other item.
 */
export type SpeakerPart = 'moderator' | 'panelist' | 'facilitator' | 'speaker';

/**
 * Each part in Polish and English, one word for one person. The Polish nouns have a gender the records do not
 * give, so both forms are written, as the admin's page of an event's people writes them.
 */
export const SPEAKER_PART_LABELS: Record<SpeakerPart, { pl: string; en: string }> = {
  moderator: { pl: 'moderator(ka)', en: 'moderator' },
  panelist: { pl: 'panelista(-ka)', en: 'panellist' },
  facilitator: { pl: 'prowadzący(-a)', en: 'facilitator' },
  speaker: { pl: 'prelegent(ka)', en: 'speaker' },
};

/**
 * The part a speaker of `itemPeople(item)` has in the item: the panel's moderator (the same entry, compared by
 * identity), a panelist, a discussion's facilitator, else a speaker.
 *
 * @example
 * speakerPart(panel, panel.moderator) // 'moderator'
 * speakerPart(panel, panel.panelists[0]) // 'panelist'
 * speakerPart(introduction, introduction.speakers[0]) // 'speaker'
 */
export function speakerPart(item: AgendaItem, speaker: Speaker): SpeakerPart {
  if (item.kind === 'panel') return item.moderator === speaker ? 'moderator' : 'panelist';
  if (item.kind === 'discussion') return 'facilitator';
  return 'speaker';
}
