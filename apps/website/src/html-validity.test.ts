import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { linkContext, movedPageHtml, renderRoute, STYLESHEET } from '@org/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorldWithCancelled } from './testing/demo-world.js';
import { PAGE_TYPES } from './testing/page-types.js';
import { type SeededSite, seededSite } from './testing/start-site.js';

// The package's main module is a Node wrapper; the jar itself ships beside it.
const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

let site: SeededSite;
let dir: string;
beforeAll(async () => {
  site = await seededSite({ world: demoWorldWithCancelled(), now: '2026-11-20T12:00:00Z' });
  dir = mkdtempSync(join(tmpdir(), 'mosty-vnu-'));
});
afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Nu Html Checker', () => {
  it('finds no error on any page type, in either language', async () => {
    const files: string[] = [];
    for (const [name, path] of PAGE_TYPES) {
      const res = await site.get(encodeURI(path));
      const file = join(dir, `${name}.html`);
      writeFileSync(file, await res.text());
      files.push(file);
    }
    // The page at an old address (a redirect's body, and a static copy's page there).
    for (const locale of ['pl', 'en'] as const) {
      const file = join(dir, `moved-${locale}.html`);
      writeFileSync(file, movedPageHtml(locale, 'https://mosty.example/wydarzenia/nowy-adres?a=1&b=%3C2%3E'));
      files.push(file);
    }
    // A static copy's lists, with the search box its script shows (static-search.ts in @org/site).
    for (const locale of ['pl', 'en'] as const)
      for (const kind of ['events', 'organizations', 'authorities', 'grants'] as const) {
        const ctx = linkContext('https://mosty.example', locale, true);
        const page = await renderRoute({ store: site.store, ctx, now: Date.parse('2026-11-20T12:00:00Z') }, { kind });
        expect(String(page?.body)).toContain('data-static-search');
        const file = join(dir, `static-${kind}-${locale}.html`);
        writeFileSync(file, String(page?.body));
        files.push(file);
      }
    const errors = await vnu(files);
    expect(errors).toEqual([]);
    expect(files).toHaveLength(PAGE_TYPES.length + 2 + 8);
  });

  it('finds no error in the stylesheet (its CSS checker), print rules included', async () => {
    const file = join(dir, 'site.css');
    writeFileSync(file, STYLESHEET);
    expect(STYLESHEET).toContain('@media print');
    expect(await vnu(['--css', file])).toEqual([]);
  });
});

// One JVM for all files: its start-up costs more than the checks.
async function vnu(args: string[]): Promise<string[]> {
  const run = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...args], {
    maxBuffer: 32 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url.split('/').pop()}:${m.lastLine ?? '?'} ${m.message} [${m.extract ?? ''}]`);
}
