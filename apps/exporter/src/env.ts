import { z } from 'zod';

/** The environment the exporter reads, once, validated. Flags on the command line win over it. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  NO_COLOR: z.string().optional(),
});

export type ExporterEnv = z.infer<typeof EnvSchema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): ExporterEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`bad environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
