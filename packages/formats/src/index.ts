/**
 * @org/formats — pure writers from Mosty domain values to the formats real clients read: iCalendar,
 * RSS/Atom/JSON Feed, schema.org JSON-LD, frab schedule XML/JSON, 360Giving, CSV/XLSX and the grant
 * report. No file, database, clock or environment access: strings, bytes and async iterables out.
 */

export * from './csv.js';
export * from './describe.js';
export * from './errors.js';
export * from './feeds.js';
export * from './frab.js';
export * from './grant-report.js';
export * from './grant-report-docx.js';
export * from './grant-report-markdown.js';
export * from './html.js';
export * from './ical.js';
export * from './item-people-on-day.js';
export * from './json-ld.js';
export * from './json-ld-pages.js';
// Not plainParagraphs or renderHtml: they are markdownToHtml's insides, exported for its tests.
export { type MarkdownHtmlOptions, markdownToHtml, markdownToText } from './markdown.js';
export * from './options.js';
export * from './registry.js';
export * from './speaker-part.js';
export * from './stable-uuid.js';
export * from './table-csv.js';
export * from './table-spec.js';
export * from './table-xlsx.js';
export * from './tables.js';
export * from './three-sixty-giving.js';
export * from './urls.js';
export * from './world-index.js';
