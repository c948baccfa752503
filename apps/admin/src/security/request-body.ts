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

/** The largest TERC file the import takes: the whole register is about 4 MB; much larger is not a TERC file. */
export const TERC_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** The import's body: its file and the multipart framing around it and the CSRF field (well under 64 KiB). */
export const TERC_UPLOAD_MAX_BYTES = TERC_FILE_MAX_BYTES + 64 * 1024;

/** A posted form, or why it was not read: over `max` (its declared size, when it declared one), not a form, or broken. */
export type FormRead =
  | { ok: true; entries: FormEntry[] }
  | { ok: false; problem: 'tooLarge'; size: number | null; max: number }
  | { ok: false; problem: 'notAForm'; type: string }
  | { ok: false; problem: 'noBoundary' | 'unreadable' };

const FORM_TYPE = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/**
 * Reads a POST's form, at most `max` bytes of it: a body that says it is larger (Content-Length) is refused
 * before a byte of it is read, and one streamed without a length (chunked) is refused as soon as it passes
 * `max` (Hono's `bodyLimit`). A POST with no body and no type is an empty form (a bare button's post).
 *
 * @example
 * await readForm(c, FORM_MAX_BYTES) // { ok: true, entries: [['_csrf', '…'], ['title', 'Panel']] }
 */
export async function readForm(c: AppContext, max: number): Promise<FormRead> {
  const type = c.req.header('content-type') ?? '';
  const declared = c.req.header('content-length');
  const form = FORM_TYPE.exec(type);
  if (!form) {
    if (type.trim() === '' && (declared === undefined || declared === '0') && !c.req.header('transfer-encoding'))
      return { ok: true, entries: [] };
    return { ok: false, problem: 'notAForm', type: type.slice(0, 100) };
  }
  if (form[1]?.toLowerCase() === 'multipart/form-data' && !/;\s*boundary=/i.test(type))
    return { ok: false, problem: 'noBoundary' };
  const size = declared !== undefined && /^\d{1,15}$/.test(declared) ? Number(declared) : null;
  let read: FormRead = { ok: false, problem: 'tooLarge', size, max };
  await bodyLimit({ maxSize: max, onError: () => new Response(null, { status: 413 }) })(c, async () => {
    try {
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
    case 'notAForm':
      return read.type.trim() === '' ? t(locale, 'notAFormNoType') : tf(locale, 'notAFormText', { type: read.type });
    case 'noBoundary':
      return t(locale, 'noBoundaryText');
    case 'unreadable':
      return t(locale, 'unreadableFormText');
  }
}
