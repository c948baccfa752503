/**
 * The admin's own icon (the website's is the website's: apps do not share files), so browsers asking
 * for /favicon.ico on every page get an answer instead of a 404: two linked arcs, a bridge, in the
 * admin's accent colour, marked as the panel by the light square behind it.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#f3f5f8"/><path d="M3 22q6.5-12 13 0q6.5-12 13 0" fill="none" stroke="#0b4f8a" stroke-width="3" stroke-linecap="round"/><path d="M3 25h26" stroke="#0b4f8a" stroke-width="2"/></svg>`;

export const FAVICON_PATH = '/favicon.svg';
