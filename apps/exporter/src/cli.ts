import { join } from 'node:path';
import { csvDelimiter } from '@org/formats';
import { openStore, resolveDatabaseUrl, workspaceRoot } from '@org/store';
import { type ExportOptions, parseCommandLine, requestedLang } from './args.js';
import { databaseTarget, requireReadableDatabase } from './database-target.js';
import { deliver, requireOutputNotInput, requireWritableOutput } from './deliver.js';
import { type CliLocale, cliLocale, readEnv } from './env.js';
import { exitFor } from './exit-codes.js';
import { MESSAGES, type Messages } from './messages.js';
import { progress } from './progress.js';
import { type ExportOutput, runExport } from './run-export.js';
import { readExporterSite } from './site-config.js';
import { validateOutput } from './validators.js';

async function toBytes(output: ExportOutput): Promise<Uint8Array> {
  if (output.kind === 'bytes') return output.bytes;
  const parts: Buffer[] = [];
  for await (const chunk of output.chunks) parts.push(Buffer.from(chunk, 'utf8'));
  return Buffer.concat(parts);
}

const quiet = { tick() {}, done() {} };

async function main(argv: string[], locale: CliLocale, m: Messages): Promise<number> {
  const parsed = parseCommandLine(argv, m);
  if (parsed.kind === 'help') {
    process.stdout.write(`${parsed.text}\n`);
    return 0;
  }
  // A variable whose option is given is not read: the option wins, and a stale variable does not stop the export.
  const env = readEnv({ siteUrl: parsed.options.siteUrl !== undefined });
  // Read before the database is opened: a wrong file is said at once, whatever the format.
  const site =
    parsed.options.siteConfig !== undefined
      ? readExporterSite(parsed.options.siteConfig, m, '--site-config', locale)
      : readExporterSite(env.SITE_CONFIG, m, 'SITE_CONFIG', locale);
  const options: ExportOptions = { ...parsed.options, ...(site ? { site } : {}) };
  // Said before the export runs, not after it: a folder that is missing, a path that is a folder.
  if (options.out !== undefined) requireWritableOutput(options.out, m);
  const database = options.db ?? resolveDatabaseUrl(env);
  // The store creates a SQLite file that is missing; an export would then read an empty database.
  requireReadableDatabase(
    database,
    options.db !== undefined ? '--db' : env.DATABASE_URL?.trim() ? 'DATABASE_URL' : 'default',
    m,
  );
  if (options.out !== undefined) {
    const target = databaseTarget(database);
    requireOutputNotInput(
      options.out,
      { ...(target.kind === 'sqlite' ? { database: target.path } : {}), ...(site ? { siteConfig: site.path } : {}) },
      m,
    );
  }
  // The store's own messages (a refused value, a corrupt record) in the CLI's language too. An export only
  // reads: a database without Mosty's tables (a mistyped DATABASE_URL) is refused, never migrated, so a
  // read-only role is enough.
  const store = await openStore(database, {
    locale,
    migrate: 'verify',
    ...(options.db !== undefined ? { source: '--db' } : {}),
  });
  try {
    const format = { locale: options.lang, siteUrl: options.siteUrl ?? env.SITE_URL };
    const bar = progress(`mosty-export ${options.format}`, undefined, process.stderr, m.events);
    // Warnings (a period cut to the grant's, events left out or flagged) go to standard error, one line each.
    const warn = (message: string) => process.stderr.write(`mosty-export: ${message}\n`);
    const output = await runExport(store, options, format, bar, m, warn);
    if (options.validate) {
      const bytes = await toBytes(output);
      // The DOCX report must carry what the Markdown report of the same grant carries.
      const reportMarkdown =
        options.format === 'report-docx'
          ? new TextDecoder().decode(
              await toBytes(await runExport(store, { ...options, format: 'report-md' }, format, quiet, m)),
            )
          : undefined;
      await validateOutput(
        options.format,
        bytes,
        {
          schemasDir: options.schemas ?? join(workspaceRoot(), '..', 'shared', 'schemas'),
          delimiter: options.delimiter ?? csvDelimiter(options.lang),
          lang: options.lang,
          table: options.table,
          reportMarkdown,
        },
        m,
      );
      await deliver({ kind: 'bytes', bytes }, options.out, m);
    } else {
      await deliver(output, options.out, m);
    }
    return 0;
  } finally {
    await store.close();
  }
}

// The CLI's own language (help, errors, progress, the store's messages) is the output's when --lang
// names one: whoever asks for English output reads English. Without --lang, the locale's (English
// unless it is Polish), while the output stays Polish, for the Polish readers it is made for.
const argv = process.argv.slice(2);
const locale = requestedLang(argv) ?? cliLocale();
const messages = MESSAGES[locale];

main(argv, locale, messages).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { code, message } = exitFor(error, messages);
    process.stderr.write(`mosty-export: ${message}\n`);
    process.exitCode = code;
  },
);
