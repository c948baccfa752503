import type { Locale } from './locale.js';

/** The search box's query parameter on the lists of organisations, authorities and grants, by language. */
export const SEARCH_PARAMS: Record<Locale, string> = { pl: 'szukaj', en: 'search' };

/** A search is cut to this many characters, as the box's `maxlength` cuts what is typed. */
export const SEARCH_MAX = 100;

/**
 * What a list's search box asks for: the first non-empty value of the page language's parameter, else of the
 * other language's (a link shared across the language switch), with runs of white space made one space and
 * cut to `SEARCH_MAX` characters; undefined when there is none.
 *
 * @example
 * readSearch(new URLSearchParams('szukaj=  otwarte   drzwi '), 'pl') // 'otwarte drzwi'
 * readSearch(new URLSearchParams('search=kto+rano'), 'pl') // 'kto rano'
 * readSearch(new URLSearchParams('szukaj='), 'pl') // undefined
 */
export function readSearch(query: URLSearchParams, locale: Locale): string | undefined {
  const other: Locale = locale === 'pl' ? 'en' : 'pl';
  for (const name of [SEARCH_PARAMS[locale], SEARCH_PARAMS[other]])
    for (const value of query.getAll(name)) {
      const text = value.replace(/\s+/g, ' ').trim();
      if (text) return [...text].slice(0, SEARCH_MAX).join('');
    }
  return undefined;
}

/** Whether a search has a word to look for: a letter or a digit (the store finds nothing by punctuation alone). */
export const hasSearchWords = (search: string): boolean => /[\p{L}\p{N}]/u.test(search);
