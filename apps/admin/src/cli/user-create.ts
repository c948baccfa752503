/**
 * `pnpm --filter @org/admin user:create --email E --role R [--name N]`: creates a staff account for
 * scripts, the password read from stdin (no echo on a terminal). Exit codes: 0 created, 2 bad input,
 * 1 anything else.
 */
import { parseArgs } from 'node:util';
import { PasswordSchema, UserRoleSchema, validate } from '@org/domain';
import { openStore } from '@org/store';
import { z } from 'zod';
import { parseAdminEnv } from '../env.js';
import { t } from '../i18n.js';
import { readPassword } from './read-password.js';

const ArgsSchema = z.object({
  email: z.email(),
  role: UserRoleSchema,
  name: z.string().trim().min(1).max(200),
  password: PasswordSchema,
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  const password = await readPassword('Password (min. 12 characters): ');
  const input = {
    email: values.email ?? '',
    role: values.role ?? '',
    name: values.name ?? values.email ?? '',
    password,
  };
  const result = validate(ArgsSchema, input, 'en');
  if (!result.ok) {
    for (const issue of result.issues) console.error(`user:create: ${issue.message}`);
    console.error('usage: user:create --email E --role administrator|editor|reviewer [--name N]  (password on stdin)');
    return 2;
  }
  const store = await openStore(parseAdminEnv().databaseUrl);
  try {
    if (await store.users.getByEmail(result.value.email.toLowerCase())) {
      console.error(`user:create: a user with e-mail ${result.value.email} already exists`);
      return 2;
    }
    const user = await store.users.create(result.value, { userId: null, note: t('pl', 'noteUserCreate') });
    console.log(`created ${user.role} ${user.email} (${user.id})`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('user:create failed:', err);
    process.exit(1);
  },
);
