/**
 * The driver's reason for a failure, without its final full stop: what tells a missing database from a
 * wrong password or a refused port. A refused connection to a name with two addresses is an
 * AggregateError whose own message is empty; its first error says it.
 *
 * @example
 * driverReason(new Error('database "x" does not exist')) // 'database "x" does not exist'
 */
export function driverReason(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown; errors?: unknown } | null;
  let text = typeof e?.message === 'string' ? e.message : '';
  if (!text && Array.isArray(e?.errors) && e.errors.length > 0) text = driverReason(e.errors[0]);
  if (!text && typeof e?.code === 'string') text = e.code;
  return (text || String(error)).replace(/\.+$/, '');
}
