/** True for an object that is neither `null` nor an array: what a record, a row or an agenda item is. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `v` when it is an object, else an empty one. Reads do not validate: a stored record edited around the
 * store can hold `null` or a string where a row is due, and its edit page must still open (as a blank row)
 * so an editor can fix it.
 *
 * @example
 * objectOrEmpty({ kind: 'panel' }) // { kind: 'panel' }
 * objectOrEmpty(null) // {}
 */
export const objectOrEmpty = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {});
