import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The environment tests read, validated once. `MOSTY_SHARED_DIR` points at the read-only `shared/`
 * folder (schemas, data, seed), by default `../shared` beside the repository. `PG_URL` is the
 * PostgreSQL server the store's tests use (default: this machine's, trust auth, database `test`).
 */
const EnvSchema = z.object({
  CI: z
    .string()
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  MOSTY_SHARED_DIR: z.string().default(fileURLToPath(new URL('../../../../shared', import.meta.url))),
  PG_URL: z.string().default('postgres://postgres@127.0.0.1:5432/test'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
});

export const testEnv = EnvSchema.parse(process.env);
