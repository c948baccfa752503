/**
 * @org/formats/validate — checks of written output against schemas we did not write. Every validator
 * takes the schema as a parsed object (the caller reads the file), so this entry does no I/O either.
 */

export * from './frab-json.js';
export * from './issue.js';
export * from './schema-org.js';
export * from './three-sixty-giving.js';
export * from './unflatten-360giving.js';
