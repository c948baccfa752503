import type { Locale } from '@org/domain';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext, FormEntry } from '../app-env.js';
import { numberText, t, tf } from '../i18n.js';

/**
 * The largest form body the admin reads: 4 MiB. Measured (`request-body.test.ts` posts it): the largest event
 * staff could plausibly type, a body at its schema maximum of 200,000 characters of Polish text and a 100-item
 * agenda, each item with a 2,000-character description, ten 200-character questions and five speakers, posts
 * 1.6 MB urlencoded; a body of 200,000 Cyrillic characters alone (6 bytes each once encoded) is 1.2 MB. 4 MiB
 * leaves two and a half times the first. A body is read whole (Hono's `parseBody`) and a refused post is given
 * back on its page, so this bounds the memory and the answer of every POST, signed in or not, before anything
 * else looks at it.
 */
export const FORM_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The largest body a POST from someone not signed in is read to, and that of the sign-in and setup forms: 64 KiB.
 * Those forms are an e-mail (at most 320 characters), a password (256), a name (200), a return path and a CSRF
 * token: a few KiB even with every character a Polish or CJK one, 6 or 9 bytes percent-encoded. Any other form
 * posted signed out is one whose session ended, read only to give back what was typed (`sessionEndedPage` of
 * app.tsx): 64 KiB holds a comment at its 5,000-character maximum in Polish (at most 30 KB encoded) and the
 * ordinary edit forms; a long event's body or agenda does not fit, and is answered 413 with a page that says how to
 * get the text back. Not 4 MiB for everyone: reading and parsing bodies for whoever asks, before anything is known
 * of them, is how the admin was stalled.
 */
export const SIGNED_OUT_MAX_BYTES = 64 * 1024;

/**
 * The most fields a form may have, counted before it is parsed: 100,000. Parsing costs about a microsecond a field
 * of blocking JavaScript (Hono's `parseBody`, `Request.formData()`), so a 4 MiB body of ~2 million one-letter fields
 * held the admin for seconds. The largest form is an event's: the 100-item agenda of `request-body.test.ts` (five
 * people an item) has about 2,300 fields; the largest agenda the domain allows (200 panels, each with a moderator and
 * 50 panelists of 6 fields, 322 fields an item) about 65,000. 100,000 is half as much again as that, and 40 times the
 * first.
 */
export const FORM_MAX_FIELDS = 100_000;

/**
 * The most fields a form posted by someone not signed in may have: 5,000, as many as the session-ended page gives
 * back (`MAX_TYPED_FIELDS` of views/typed-values.tsx); the sign-in form has four. 64 KiB of a real form is fewer
 * fields than that (an agenda's field names are 20 to 40 bytes), so only a body built to be slow to parse meets it.
 */
export const SIGNED_OUT_MAX_FIELDS = 5_000;

/** The largest TERC file the import takes: the whole register is about 4 MB; much larger is not a TERC file. */
export const TERC_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** The import's body: its file and the multipart framing around it and the CSRF field (well under 64 KiB). */
export const TERC_UPLOAD_MAX_BYTES = TERC_FILE_MAX_BYTES + 64 * 1024;

/** A posted form, or why it was not read: over `max` (its declared size, when it declared one), not a form, or broken. */
export type FormRead =
  | { ok: true; entries: FormEntry[] }
  | { ok: false; problem: 'tooLarge'; size: number | null; max: number }
  | { ok: false; problem: 'tooManyFields'; max: number }
  | { ok: false; problem: 'notAForm'; type: string }
  | { ok: false; problem: 'noBoundary' | 'unreadable' };

const FORM_TYPE = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

const AMPERSAND = 0x26;

/**
 * At most how many fields a body holds, counting up to `stop + 1`: for urlencoded, one more than its `&`s (empty
 * segments count too, so this is never fewer than the parser finds); for multipart, its boundary delimiters but the
 * closing one (a delimiter not at a line start counts as well, so again never fewer).
 *
 * @example
 * countFields(new TextEncoder().encode('a=1&b=2&b=3'), null, 100) // 3
 */
export function countFields(body: Uint8Array, boundary: string | null, stop: number): number {
  if (body.length === 0) return 0;
  if (boundary === null) {
    let count = 1;
    for (let at = body.indexOf(AMPERSAND); at !== -1 && count <= stop; at = body.indexOf(AMPERSAND, at + 1)) count++;
    return count;
  }
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  let delimiters = 0;
  for (let at = bytes.indexOf(delimiter); at !== -1 && delimiters <= stop + 1; at = bytes.indexOf(delimiter, at + 1))
    delimiters++;
  return Math.max(0, delimiters - 1);
}

const BOUNDARY = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i;

/**
 * Reads a POST's form, at most `max` bytes and `maxFields` fields of it: a body that says it is larger
 * (Content-Length) is refused before a byte of it is read, and one streamed without a length (chunked) is refused
 * as soon as it passes `max` (Hono's `bodyLimit`); one with more fields is refused after it is read and before it
 * is parsed, which is what costs. A POST with no body and no type is an empty form (a bare button's post).
 *
 * @example
 * await readForm(c, FORM_MAX_BYTES) // { ok: true, entries: [['_csrf', '…'], ['title', 'Panel']] }
 * await readForm(c, SIGNED_OUT_MAX_BYTES, SIGNED_OUT_MAX_FIELDS) // { ok: false, problem: 'tooManyFields', max: 5000 }
 */
export async function readForm(c: AppContext, max: number, maxFields: number = FORM_MAX_FIELDS): Promise<FormRead> {
  const type = c.req.header('content-type') ?? '';
  const declared = c.req.header('content-length');
  const form = FORM_TYPE.exec(type);
  if (!form) {
    if (type.trim() === '' && (declared === undefined || declared === '0') && !c.req.header('transfer-encoding'))
      return { ok: true, entries: [] };
    return { ok: false, problem: 'notAForm', type: type.slice(0, 100) };
  }
  const boundary = BOUNDARY.exec(type);
  const multipart = form[1]?.toLowerCase() === 'multipart/form-data';
  if (multipart && !boundary) return { ok: false, problem: 'noBoundary' };
  const size = declared !== undefined && /^\d{1,15}$/.test(declared) ? Number(declared) : null;
  let read: FormRead = { ok: false, problem: 'tooLarge', size, max };
  await bodyLimit({ maxSize: max, onError: () => new Response(null, { status: 413 }) })(c, async () => {
    try {
      // Read once: parseBody parses the bytes Hono keeps from this read.
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (countFields(bytes, multipart ? (boundary?.[1] ?? boundary?.[2] ?? '') : null, maxFields) > maxFields) {
        read = { ok: false, problem: 'tooManyFields', max: maxFields };
        return;
      }
      const body = await c.req.parseBody({ all: true });
      const entries: FormEntry[] = [];
      for (const [name, value] of Object.entries(body))
        for (const v of Array.isArray(value) ? value : [value])
          if (typeof v === 'string' || v instanceof File) entries.push([name, v]);
      read = { ok: true, entries };
    } catch {
      read = { ok: false, problem: 'unreadable' };
    }
  });
  return read;
}

/**
 * A size as staff read it, in the locale's digits: bytes, KB or MB (of 1024), at most one decimal.
 *
 * @example
 * bytesText('pl', 4 * 1024 * 1024) // '4 MB'
 * bytesText('pl', 1_650_000) // '1,6 MB'
 */
export function bytesText(locale: Locale, bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

/**
 * A size and the limit it is over, as `bytesText` writes them, or in bytes when they would read the same.
 *
 * @example
 * sizeOverLimitText('pl', 4 * 1024 * 1024 + 10, 4 * 1024 * 1024) // ['4 194 314 B', '4 194 304 B']
 */
export function sizeOverLimitText(locale: Locale, size: number, max: number): [string, string] {
  const [a, b] = [bytesText(locale, size), bytesText(locale, max)];
  return a === b ? [`${numberText(locale, size)} B`, `${numberText(locale, max)} B`] : [a, b];
}

/** Why a form was not read, as one sentence for staff: what was sent, what is taken, and that nothing was saved. */
export function formReadText(locale: Locale, read: Exclude<FormRead, { ok: true }>): string {
  switch (read.problem) {
    case 'tooLarge':
      return read.size === null
        ? tf(locale, 'formTooLargeUnknown', { max: bytesText(locale, read.max) })
        : (([size, max]) => tf(locale, 'formTooLargeText', { size, max }))(
            sizeOverLimitText(locale, read.size, read.max),
          );
    case 'tooManyFields':
      return tf(locale, 'formTooManyFieldsText', { max: numberText(locale, read.max) });
    case 'notAForm':
      return read.type.trim() === '' ? t(locale, 'notAFormNoType') : tf(locale, 'notAFormText', { type: read.type });
    case 'noBoundary':
      return t(locale, 'noBoundaryText');
    case 'unreadable':
      return t(locale, 'unreadableFormText');
  }
}
