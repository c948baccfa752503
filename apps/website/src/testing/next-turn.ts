/**
 * Resolves on a later turn of the event loop, when a write made in this one reaches the website:
 * `DataVersion` reads the store's data version once per turn. Tests only.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
