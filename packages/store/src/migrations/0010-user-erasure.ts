import type { Migration } from './migration.js';

// Frozen on 2026-11-28. Do not edit: add a new migration instead.
// A staff account's personal data can be erased (RODO art. 17) while its id stays, so that the audit log
// and comments still say that one and the same account acted: `erased_at` is when that was done, null
// while the account holds its real name and e-mail.
export const migration0010: Migration = {
  name: '0010-user-erasure',
  async up(db) {
    await db.schema.alterTable('users').addColumn('erased_at', 'text').execute();
  },
};
