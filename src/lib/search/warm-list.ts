/**
 * The script the header's search box loads when a reader first focuses it (src/scripts/elder-mode.js):
 * written by the build (src/build/search-preload.ts) into the Pagefind bundle folder, it prefetches the
 * files the search page preloads. Its name in that folder.
 */
export const SEARCH_WARM_FILE = 'search-warm.js';
