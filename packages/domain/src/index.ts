/**
 * @org/domain — the contract every part of Mosty shares: zod schemas (the source of truth), the types
 * inferred from them, and pure rules. No I/O, no clock, no environment: runs in Node and browsers.
 */
export * from './agenda.js';
export * from './agenda-heading.js';
export * from './agenda-rules.js';
export * from './common.js';
export * from './compliance.js';
export * from './cooperation.js';
export * from './currencies.js';
export * from './entity-schemas.js';
export * from './errors.js';
export * from './event.js';
export * from './format-time.js';
export * from './funding-statement.js';
export * from './grant.js';
export { isValidPolishIban, parsePolishIban } from './identifiers/iban.js';
export { isValidKrs, parseKrs } from './identifiers/krs.js';
export { isValidNip, parseNip } from './identifiers/nip.js';
export { isValidPostalCode, parsePostalCode } from './identifiers/postal-code.js';
export { isValidRegon, parseRegon } from './identifiers/regon.js';
export type { IdentifierFailure, IdentifierResult } from './identifiers/result.js';
export { isValidTerc, parseTerc, TERC_RODZ, type TercParts, type TercRodz, tercParts } from './identifiers/terc.js';
export * from './ids.js';
export * from './labels.js';
export * from './local-authority.js';
export * from './organization.js';
export * from './person.js';
export * from './plural.js';
export * from './post.js';
export * from './report.js';
export { secretSchema } from './secret.js';
export * from './speaker-standing.js';
export * from './text.js';
export * from './user.js';
export * from './validation.js';
export * from './venue.js';
