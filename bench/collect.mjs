#!/usr/bin/env node
// Gathers the latest results of every package's benchmark into bench/RESULTS.md, so one file shows
// where Mosty stands against its baselines. Each package's bench writes its own RESULTS.md; run
// `pnpm bench` to re-measure everything, or `node bench/collect.mjs` to re-collect only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const parts = [
  [
    '@org/store — search and lists at 100k organisations / 10k events',
    'packages/store/bench/RESULTS.md',
    'pnpm --filter @org/store bench',
  ],
  [
    '@org/formats — streaming writers at 100k events',
    'packages/formats/bench/RESULTS.md',
    'pnpm --filter @org/formats bench',
  ],
  [
    '@org/website — pages beside nginx, static export beside Hugo',
    'apps/website/bench/RESULTS.md',
    'pnpm --filter @org/website bench',
  ],
];

let out = `# Benchmark results

Collected by \`node bench/collect.mjs\` from each package's own RESULTS.md. Every benchmark measures its
baseline in the same run (nginx, Hugo, JSON.stringify, a primary-key lookup) and reports ratios; the
absolute numbers drift between machines and runs. \`pnpm bench\` re-runs all of them.
`;
for (const [title, file, command] of parts) {
  out += `\n## ${title}\n\nSource: \`${file}\` — re-run with \`${command}\`.\n\n`;
  if (!existsSync(file)) {
    out += '_No results yet._\n';
    continue;
  }
  // Demote the package file's headings one level under ours.
  out += `${readFileSync(file, 'utf8')
    .replace(/^# .*\n/, '')
    .replace(/^(#+) /gm, '#$1 ')
    .trim()}\n`;
}
writeFileSync('bench/RESULTS.md', out);
console.log('bench/RESULTS.md written');
