import { z } from 'zod';
import { AgendaItemSchema } from './agenda.js';
import {
  bodySchema,
  HashtagSchema,
  IdSchema,
  InstantSchema,
  LanguageSchema,
  SlugSchema,
  TimeZoneSchema,
  textSchema,
  WebUrlSchema,
  whenValid,
} from './common.js';

export const EVENT_STATUSES = ['draft', 'published', 'cancelled', 'postponed'] as const;
export const EventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatusSchema>;

/** An organisation or authority taking part beside the organiser, e.g. as partner or patron. */
export const EventPartnerSchema = z
  .object({
    organizationId: IdSchema.optional(),
    authorityId: IdSchema.optional(),
    role: z.enum(['partner', 'patron', 'host', 'media']).default('partner'),
  })
  .refine((p) => p.organizationId !== undefined || p.authorityId !== undefined, {
    path: ['organizationId'],
    params: { code: 'affiliationParty' },
    when: whenValid(['organizationId'], ['authorityId']),
  });
export type EventPartner = z.infer<typeof EventPartnerSchema>;

/** Attendance for reports: registered and attended people. */
export const AttendanceSchema = z
  .object({
    registered: z.number().int().min(0).max(1_000_000).optional(),
    attended: z.number().int().min(0).max(1_000_000).optional(),
  })
  .default({});
export type Attendance = z.infer<typeof AttendanceSchema>;

/**
 * An event. Times are instants with an offset; `timeZone` says how to show them (a DST change must
 * not move anything). A draft is invisible to the public; a cancelled or postponed event stays
 * visible, marked. Markdown `body`.
 */
export const EventSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    title: textSchema(300),
    summary: textSchema(1000).optional(),
    body: bodySchema(200_000).default(''),
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    timeZone: TimeZoneSchema.default('Europe/Warsaw'),
    venueId: IdSchema.optional(),
    onlineUrl: WebUrlSchema.optional(),
    organizerId: IdSchema,
    partners: z.array(EventPartnerSchema).max(100).default([]),
    status: EventStatusSchema.default('draft'),
    statusNote: textSchema(1000).optional(),
    language: LanguageSchema.default('pl'),
    hashtags: z.array(HashtagSchema).max(50).default([]),
    grantIds: z.array(IdSchema).max(20).default([]),
    attendance: AttendanceSchema,
    capacity: z.number().int().min(1).max(1_000_000).optional(),
    isFree: z.boolean().default(true),
    publishedAt: InstantSchema.optional(),
    agenda: z.array(AgendaItemSchema).max(200).default([]),
  })
  .refine((e) => Date.parse(e.endsAt) > Date.parse(e.startsAt), {
    path: ['endsAt'],
    params: { code: 'endsBeforeStart' },
    when: whenValid(['startsAt'], ['endsAt']),
  })
  .refine((e) => new Set(e.agenda.map((i) => i.id)).size === e.agenda.length, {
    path: ['agenda'],
    params: { code: 'duplicateId' },
    when: whenValid(['agenda']),
  });
export type Event = z.infer<typeof EventSchema>;
export type EventInput = z.input<typeof EventSchema>;

/**
 * Whether the public sees an event: everything but drafts (cancelled events stay, marked).
 *
 * @example
 * isPublicEvent({ status: 'cancelled' }) // true
 */
export const isPublicEvent = (event: Pick<Event, 'status'>): boolean => event.status !== 'draft';

/**
 * How people attend: at a venue, online, or both (schema.org's three attendance modes).
 *
 * @example
 * attendanceMode({ venueId: 'v1' }) // 'offline'
 */
export function attendanceMode(event: Pick<Event, 'venueId' | 'onlineUrl'>): 'offline' | 'online' | 'mixed' {
  if (event.venueId && event.onlineUrl) return 'mixed';
  return event.onlineUrl ? 'online' : 'offline';
}
