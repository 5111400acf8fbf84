import { useEffect } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/nl';
import type { Language } from '@shared/model';
import { i18next } from '../i18n';
import { writeCachedLanguage } from '../i18n/language-cache';
import { useSettings } from './useSettings';

/** Puts dayjs (date pickers) and the page's lang attribute on `language`; also before the first paint. */
export function applyPageLanguage(language: Language): void {
  dayjs.locale(language);
  document.documentElement.lang = language;
}

/**
 * Keeps i18next, dayjs and the page's lang attribute on the coach's language, and the cached copy
 * that the next start reads before its first paint.
 */
export function LanguageSync() {
  const { language } = useSettings();
  useEffect(() => {
    void i18next.changeLanguage(language);
    applyPageLanguage(language);
    writeCachedLanguage(language);
  }, [language]);
  return null;
}
