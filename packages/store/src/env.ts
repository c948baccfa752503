import { z } from 'zod';

/** The environment the store's command-line tools read, validated once. */
export const StoreEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1, 'DATABASE_URL, when set, must be a file path, a file: URL or a postgres:// URL')
    .optional(),
});
export type StoreEnv = z.infer<typeof StoreEnvSchema>;

/**
 * Reads and validates the environment (the CLIs' only access to `process.env`).
 *
 * @example
 * loadStoreEnv({ DATABASE_URL: 'postgres://db/mosty' }) // { DATABASE_URL: 'postgres://db/mosty' }
 */
export function loadStoreEnv(source: Record<string, string | undefined> = process.env): StoreEnv {
  return StoreEnvSchema.parse(source);
}
