import { createHash } from 'node:crypto';
import { type Event, formatEventTime, type Grant, type LocalAuthority, type Organization } from '@org/domain';
import { searchWords } from '@org/store';
import { type Locale, strings } from './locale.js';
import { indexPage, pastEvents, upcomingEvents } from './site-data.js';
import type { SiteStore } from './site-store.js';
import { langIfOther } from './views/bits.js';

/**
 * Search in a static copy of the site, which has no server to ask: the lists with a search box (events,
 * organisations, authorities, grants) get a box that searches a file of every record's name and words in the
 * reader's browser, with a small script. Without JavaScript the box stays hidden and the paged list is all there is,
 * as before. The words are the store's own (`searchWords`), compared as the store compares them: every word of the
 * query is the start of a word of the record, letters folded (`ł` as `l`, no accents, lower case).
 */
export type StaticSearchKind = 'events' | 'organizations' | 'authorities' | 'grants';

/**
 * Where a static copy keeps a list's search file. The events' file says each event's time in the page's language,
 * so each language has its own; the other lists' files hold names only, one for both.
 */
export const staticSearchIndexPath = (kind: StaticSearchKind, locale: Locale = 'pl') =>
  kind === 'events' && locale !== 'pl' ? `/szukaj/events-${locale}.json` : `/szukaj/${kind}.json`;

/**
 * A search file: each record of the list, in its order, as [name, slug, its words joined by spaces]. An event's
 * item has two more: what the list says under its title (the time, and "Wydarzenie odwołane" or "przełożone" before
 * it), and its title's language where that is not the page's ('' when it is).
 */
export interface StaticSearchIndex {
  version: 1;
  items: (
    | [name: string, slug: string, words: string]
    | [name: string, slug: string, words: string, detail: string, lang: string]
  )[];
}

/** What the events' file is made for: the moment that splits upcoming from past, and the pages' language. */
export interface StaticEventsIndexOptions {
  now: number;
  locale: Locale;
}

/**
 * A list's search file, from the same pages the list shows (`indexPage`; for events, `upcomingEvents` then
 * `pastEvents` as of `now`), in the same order.
 *
 * @example
 * (await staticSearchIndex(store, 'organizations')).items[0] // ['Fundacja Inicjatyw…', 'fundacja-inicjatyw-…', 'fundacja inicjatyw …']
 * (await staticSearchIndex(store, 'events', { now: Date.now(), locale: 'pl' })).items[0]
 * // ['Współpraca JST i NGO…', 'wspolpraca-jst-…', 'wspolpraca jst …', '26 listopada 2026, 10:00–14:00', '']
 */
export async function staticSearchIndex(
  store: SiteStore,
  kind: 'events',
  options: StaticEventsIndexOptions,
): Promise<StaticSearchIndex>;
export async function staticSearchIndex(
  store: SiteStore,
  kind: Exclude<StaticSearchKind, 'events'>,
): Promise<StaticSearchIndex>;
export async function staticSearchIndex(
  store: SiteStore,
  kind: StaticSearchKind,
  options?: StaticEventsIndexOptions,
): Promise<StaticSearchIndex> {
  if (kind === 'events') {
    if (!options)
      throw new TypeError('staticSearchIndex(store, "events", options): the events\' file needs { now, locale }');
    return { version: 1, items: await eventItems(store, options) };
  }
  const items: StaticSearchIndex['items'] = [];
  for (let page = 1; ; page++) {
    const result = await indexPage(store, kind, page);
    for (const record of result.items) {
      const words =
        kind === 'grants'
          ? searchWords.grant(record as Grant)
          : kind === 'authorities'
            ? searchWords.authority(record as LocalAuthority)
            : searchWords.organization(record as Organization);
      items.push(['taskTitle' in record ? record.taskTitle : record.name, record.slug, words.join(' ')]);
    }
    if (page >= result.pages) break;
  }
  return { version: 1, items };
}

// Pages of the lists read by the events' file: the store's largest, as nobody reads them page by page.
const EVENTS_PAGE = 500;

async function eventItems(store: SiteStore, { now, locale }: StaticEventsIndexOptions) {
  const t = strings(locale);
  const at = new Date(now).toISOString();
  const item = (e: Event): StaticSearchIndex['items'][number] => {
    const time = formatEventTime(e, locale);
    const status = e.status === 'cancelled' ? t.cancelled : e.status === 'postponed' ? t.postponed : '';
    return [
      e.title,
      e.slug,
      searchWords.event(e).join(' '),
      status ? `${status} · ${time}` : time,
      langIfOther(e.language, locale) ?? '',
    ];
  };
  const items: StaticSearchIndex['items'] = [];
  for (const list of [upcomingEvents, pastEvents])
    for (let page = 1; ; page++) {
      const result = await list(store, at, {}, { page, limit: EVENTS_PAGE });
      items.push(...result.items.map(item));
      if (result.items.length < EVENTS_PAGE) break;
    }
  return items;
}

/** How many results the box shows at most; the status says when there are more. */
export const STATIC_SEARCH_LIMIT = 50;

/**
 * The script of the static copy's search box (plain ES2017, no modules, no dependencies). It reads what it
 * needs from the `<search data-static-search>` element: the file, the address of a record with `{slug}` in it,
 * the language of the names, the list it hides while a search shows, and the messages, with `{n}` and `{q}` where
 * they say the count and the query.
 * Results are built with `textContent`, never as HTML.
 */
export const STATIC_SEARCH_SCRIPT = `(function () {
  'use strict';
  var box = document.querySelector('search[data-static-search]');
  if (!box) return;
  var d = box.dataset;
  var input = box.querySelector('input');
  var status = box.querySelector('[role="status"]');
  var results = box.querySelector('ul');
  var list = d.list ? document.getElementById(d.list) : null;
  var limit = ${STATIC_SEARCH_LIMIT};
  var index = null;
  var timer = 0;
  var FOLD = { '\\u0142': 'l', '\\u0141': 'l', '\\u0111': 'd', '\\u0110': 'd', '\\u00f8': 'o', '\\u00d8': 'o', '\\u00df': 'ss', '\\u00e6': 'ae', '\\u00c6': 'ae', '\\u0153': 'oe', '\\u0152': 'oe', '\\u00fe': 'th', '\\u00de': 'th', '\\u0131': 'i' };
  function fold(text) {
    return text.normalize('NFD').replace(/\\p{M}/gu, '').replace(/[\\u0142\\u0141\\u0111\\u0110\\u00f8\\u00d8\\u00df\\u00e6\\u00c6\\u0153\\u0152\\u00fe\\u00de\\u0131]/g, function (c) { return FOLD[c]; }).toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^\\p{L}\\p{N}]+/u).filter(Boolean).map(function (w) { return w.slice(0, 100); });
  }
  // Replaced by functions: a query with "$&" or "$'" in it is the query, not a replacement pattern.
  function say(template, n, q) {
    var count = n === undefined ? '' : n.toLocaleString(document.documentElement.lang);
    return template.replace('{n}', function () { return count; }).replace('{q}', function () { return q; });
  }
  function found(n) {
    var mod10 = n % 10, mod100 = n % 100;
    if (n === 1) return d.found1;
    return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? d.found2 : d.found5;
  }
  function load() {
    if (!index)
      index = fetch(d.index).then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      }).then(function (file) {
        return file.items.map(function (item) {
          return { name: item[0], slug: item[1], words: ' ' + item[2], detail: item[3] || '', lang: item[4] || d.nameLang || '' };
        });
      });
    index.catch(function () { index = null; });
    return index;
  }
  function show(items) {
    results.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = d.href.replace('{slug}', encodeURIComponent(item.slug));
      a.textContent = item.name;
      if (item.lang) a.lang = item.lang;
      li.appendChild(a);
      if (item.detail) {
        var meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = ' · ' + item.detail;
        li.appendChild(meta);
      }
      results.appendChild(li);
    });
    results.hidden = items.length === 0;
  }
  function run() {
    var q = input.value.trim();
    if (q === '') {
      show([]);
      status.textContent = '';
      if (list) list.hidden = false;
      return;
    }
    var asked = words(q);
    if (list) list.hidden = true;
    if (asked.length === 0) {
      show([]);
      status.textContent = say(d.noWords, undefined, q);
      return;
    }
    load().then(function (items) {
      if (input.value.trim() !== q) return;
      var hits = items.filter(function (item) {
        return asked.every(function (w) { return item.words.indexOf(' ' + w) !== -1; });
      });
      show(hits.slice(0, limit));
      status.textContent = hits.length === 0 ? say(d.none, undefined, q) : say(found(hits.length), hits.length, q) + (hits.length > limit ? ' ' + d.more : '');
    }, function () {
      show([]);
      status.textContent = d.error;
      if (list) list.hidden = false;
    });
  }
  box.hidden = false;
  box.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
  input.addEventListener('focus', function () { load(); }, { once: true });
  if (input.value) run();
})();
`;

/** Where a static copy serves the script: named by its content, so a new version is never taken from a cache. */
export const STATIC_SEARCH_SCRIPT_PATH = `/assets/szukaj-${createHash('sha256').update(STATIC_SEARCH_SCRIPT).digest('hex').slice(0, 10)}.js`;
