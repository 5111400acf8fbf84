import { LANGUAGES, type Language } from '@shared/model';

/**
 * The coach's language, kept beside the database in the page's localStorage. The settings row lives
 * in IndexedDB, which answers only after the first paint; this copy is read synchronously before it,
 * so the app opens in Dutch instead of showing English for half a second. The row stays the truth:
 * the copy follows it whenever it changes (LanguageSync).
 */
export const LANGUAGE_CACHE_KEY = 'coach-dashboard.language';

/** The part of Storage the cache needs (localStorage in the app, a stand-in in tests). */
export type LanguageStore = Pick<Storage, 'getItem' | 'setItem'>;

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** The page's localStorage, or null where it is unavailable (blocked storage, a test without DOM). */
function defaultStore(): LanguageStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The last language the settings row held; `fallback` when none is cached or the value is unknown. */
export function readCachedLanguage(
  store: LanguageStore | null = defaultStore(),
  fallback: Language = 'en',
): Language {
  try {
    const value = store?.getItem(LANGUAGE_CACHE_KEY) ?? null;
    return isLanguage(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Remembers the settings row's language for the next start; a full or blocked storage is ignored. */
export function writeCachedLanguage(language: Language, store: LanguageStore | null = defaultStore()): void {
  try {
    store?.setItem(LANGUAGE_CACHE_KEY, language);
  } catch {
    // Only the first paint of the next start is affected: it shows English until the row is read.
  }
}
