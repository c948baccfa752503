/**
 * A separate process that writes organisations and prints the id of each one after its commit
 * returned: the crash and multi-process tests compare what it acknowledged with what is stored.
 * Usage: tsx writer-child.ts <database file> <name prefix> <count, or 0 for "until killed">
 */
import { openStore } from '../open-store.js';

const [file, prefix, countArg] = process.argv.slice(2);
if (!file || !prefix || countArg === undefined) throw new Error('usage: writer-child <file> <prefix> <count>');
const count = Number(countArg);
const store = await openStore(file, { migrate: false });
console.log('ready');
for (let i = 0; count === 0 || i < count; i++) {
  const org = await store.organizations.create({ name: `${prefix} ${i}`, legalForm: 'inna' });
  // Printed only after the commit returned: an acknowledged write.
  process.stdout.write(`ack ${org.id}\n`);
}
await store.close();
console.log('done');
