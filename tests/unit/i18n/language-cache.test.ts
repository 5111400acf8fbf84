import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_CACHE_KEY,
  readCachedLanguage,
  writeCachedLanguage,
  type LanguageStore,
} from '../../../src/renderer/src/i18n/language-cache';

function memoryStore(initial: Record<string, string> = {}): LanguageStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

const blocked: LanguageStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the language cached for the first paint', () => {
  it('reads back the language the settings row last had', () => {
    const store = memoryStore();
    writeCachedLanguage('nl', store);
    expect(store.values.get(LANGUAGE_CACHE_KEY)).toBe('nl');
    expect(readCachedLanguage(store)).toBe('nl');
    writeCachedLanguage('en', store);
    expect(readCachedLanguage(store)).toBe('en');
  });

  it('falls back to English for nothing cached, an unknown value, no storage or blocked storage', () => {
    expect(readCachedLanguage(memoryStore())).toBe('en');
    expect(readCachedLanguage(memoryStore({ [LANGUAGE_CACHE_KEY]: 'fr' }))).toBe('en');
    expect(readCachedLanguage(null)).toBe('en');
    expect(readCachedLanguage(blocked)).toBe('en');
    expect(() => writeCachedLanguage('nl', blocked)).not.toThrow();
  });
});
