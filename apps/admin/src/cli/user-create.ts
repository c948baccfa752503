/**
 * `pnpm --filter @org/admin user:create --email E --role R [--name N] [--lang pl|en]`: creates a staff
 * account for scripts, the password read from stdin (no echo on a terminal). Messages in English, or
 * Polish for `--lang pl` or a Polish locale (`command-line.ts`). Exit codes: 0 created, 2 bad usage or
 * input, 1 anything else.
 */
import { afterColon, PasswordSchema, UserRoleSchema, validate } from '@org/domain';
import { openStore } from '@org/store';
import { z } from 'zod';
import { parseAdminEnv } from '../env.js';
import { t } from '../i18n.js';
import { failureLine, readCommandLine, refusalLine, TEXTS } from './command-line.js';
import { readPassword } from './read-password.js';

const NAME = 'user:create';
const OPTIONS = { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } as const;

const ArgsSchema = z.object({
  email: z.email(),
  role: UserRoleSchema,
  name: z.string().trim().min(1).max(200),
  password: PasswordSchema,
});

async function main(argv: readonly string[]): Promise<number> {
  const line = readCommandLine(argv, OPTIONS, 0);
  const { locale, m } = line;
  if ('error' in line) {
    console.error(refusalLine(NAME, line.error.message, m));
    return 2;
  }
  if (line.help) {
    console.log(m.userCreateUsage);
    return 0;
  }
  const text = (key: string) => (typeof line.values[key] === 'string' ? (line.values[key] as string) : undefined);
  const password = await readPassword(m.passwordPrompt);
  const input = {
    email: text('email') ?? '',
    role: text('role') ?? '',
    name: text('name') ?? text('email') ?? '',
    password,
  };
  const result = validate(ArgsSchema, input, locale);
  if (!result.ok) {
    // The domain has no label for the password field; the admin's sentence for it is the one staff know, read on in
    // lower case after the command's name as every other line of the command is ("user:create: hasło musi mieć…").
    for (const issue of result.issues)
      console.error(
        `${NAME}: ${issue.path === 'password' ? afterColon(t(locale, 'accountPasswordInvalid')) : issue.message}`,
      );
    console.error(m.userCreateUsage.split('\n')[0]);
    return 2;
  }
  const store = await openStore(parseAdminEnv().databaseUrl, { locale });
  try {
    if (await store.users.getByEmail(result.value.email.toLowerCase())) {
      console.error(`${NAME}: ${m.userExists(result.value.email)}`);
      return 2;
    }
    // The audit note is read in the admin, whose first language is Polish; nobody signed in gives another.
    const user = await store.users.create(result.value, { userId: null, note: t('pl', 'noteUserCreate') });
    console.log(`${NAME}: ${m.userCreated(user.role, user.email, user.id)}`);
    return 0;
  } finally {
    await store.close();
  }
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(failureLine(NAME, err, TEXTS[readCommandLine(argv, OPTIONS, 0).locale]));
    process.exit(1);
  },
);
